/// What the kubelet passes to start a container: image, command overrides, env, files.
public struct ContainerConfig: Sendable {
  /// The image to run.
  public var image: Image
  /// Kubernetes `command`: replaces the image's ENTRYPOINT (and drops its CMD unless `args`).
  public var command: [String]?
  /// Kubernetes `args`: replaces the image's CMD.
  public var args: [String]?
  /// Ordered variables; the image's ENV comes first, these win on equal names.
  public var env: [EnvVar]
  /// Overrides the image's WORKDIR.
  public var workingDir: String?
  /// The container's hostname (the pod name).
  public var hostname: String
  /// Files to place in the container, by absolute path (`/etc/hosts`, service-account token…).
  public var extraFiles: [String: String]
  /// The pod IP.
  public var ipAddress: String
  /// Directories volumes are mounted at (empty when the container starts).
  public var mountPoints: [String] = []
  /// The memory budget of one run in this container (see `Machine.memoryLimit`); tests lower it.
  public var memoryLimit = ContainerLimits.memoryBytes
  /// What the node's disk has left for this container's writes when it starts (the cluster's
  /// share of ``ContainerLimits/diskBytes`` under its node-wide bound).
  public var nodeDiskFree = Int.max

  /// Creates a config.
  public init(
    image: Image, command: [String]? = nil, args: [String]? = nil, env: [EnvVar] = [],
    workingDir: String? = nil,
    hostname: String, extraFiles: [String: String] = [:], ipAddress: String
  ) {
    self.image = image
    self.command = command
    self.args = args
    self.env = env
    self.workingDir = workingDir
    self.hostname = hostname
    self.extraFiles = extraFiles
    self.ipAddress = ipAddress
  }

  /// PID 1's argv under Kubernetes' rules for command/args versus ENTRYPOINT/CMD.
  public var processArguments: [String] {
    if let command { return command + (args ?? []) }
    return image.entrypoint + (args ?? image.cmd)
  }

  /// The environment in the order containerd builds it: `PATH`, `HOSTNAME`, the rest of the
  /// image ENV, then the pod's variables (a later definition replaces an earlier one in
  /// place), and `HOME` when nothing set it.
  public var environment: [EnvVar] {
    var result: [EnvVar] = []
    func set(_ variable: EnvVar) {
      if let index = result.firstIndex(where: { $0.name == variable.name }) {
        result[index].value = variable.value
      } else {
        result.append(variable)
      }
    }
    image.env.filter { $0.name == "PATH" }.forEach(set)
    set(EnvVar(name: "HOSTNAME", value: hostname))
    image.env.filter { $0.name != "PATH" }.forEach(set)
    env.forEach(set)
    if !result.contains(where: { $0.name == "HOME" }) {
      result.append(EnvVar(name: "HOME", value: "/root"))
    }
    return result
  }
}
