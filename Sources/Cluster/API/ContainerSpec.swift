import Container

/// One container of a pod (`core/v1.Container`). Security context and the other fields the
/// simulator does not act on are kept as opaque JSON so that they round-trip.
public struct ContainerSpec: Codable, Hashable, Sendable {
  public var name: String
  public var image: String?
  public var command: [String]?
  public var args: [String]?
  public var workingDir: String?
  public var ports: [ContainerPort]?
  public var envFrom: JSONValue?
  public var env: [EnvVar]?
  public var resources: JSONValue?
  public var resizePolicy: JSONValue?
  public var restartPolicy: String?
  public var restartPolicyRules: JSONValue?
  public var volumeMounts: [VolumeMount]?
  public var volumeDevices: JSONValue?
  public var livenessProbe: Probe? {
    get { livenessProbeBox?.value }
    set { livenessProbeBox = newValue.map(CopyOnWriteBox.init) }
  }
  public var readinessProbe: Probe? {
    get { readinessProbeBox?.value }
    set { readinessProbeBox = newValue.map(CopyOnWriteBox.init) }
  }
  public var startupProbe: Probe? {
    get { startupProbeBox?.value }
    set { startupProbeBox = newValue.map(CopyOnWriteBox.init) }
  }
  public var lifecycle: Lifecycle? {
    get { lifecycleBox?.value }
    set { lifecycleBox = newValue.map(CopyOnWriteBox.init) }
  }
  public var terminationMessagePath: String?
  public var terminationMessagePolicy: String?
  public var imagePullPolicy: String?
  public var securityContext: JSONValue?
  public var stdin: Bool?
  public var stdinOnce: Bool?
  public var tty: Bool?

  // The probes and hooks, large and mostly absent, are boxed: a container spec is kept by its
  // pod and by the kubelet for every container, and a nil box takes one word.
  private var livenessProbeBox: CopyOnWriteBox<Probe>?
  private var readinessProbeBox: CopyOnWriteBox<Probe>?
  private var startupProbeBox: CopyOnWriteBox<Probe>?
  private var lifecycleBox: CopyOnWriteBox<Lifecycle>?

  public init(name: String, image: String? = nil) {
    self.name = name
    self.image = image
  }

  private enum CodingKeys: String, CodingKey {
    case name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy
    case restartPolicy, restartPolicyRules, volumeMounts, volumeDevices, livenessProbe
    case readinessProbe, startupProbe, lifecycle, terminationMessagePath
    case terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty
  }

  // `name` is required by validation, not by decoding (see PodSpec).
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
    image = try c.decodeIfPresent(String.self, forKey: .image)
    command = try c.decodeIfPresent([String].self, forKey: .command)
    args = try c.decodeIfPresent([String].self, forKey: .args)
    workingDir = try c.decodeIfPresent(String.self, forKey: .workingDir)
    ports = try c.decodeIfPresent([ContainerPort].self, forKey: .ports)
    envFrom = try c.decodeIfPresent(JSONValue.self, forKey: .envFrom)
    env = try c.decodeIfPresent([EnvVar].self, forKey: .env)
    resources = try c.decodeIfPresent(JSONValue.self, forKey: .resources)
    resizePolicy = try c.decodeIfPresent(JSONValue.self, forKey: .resizePolicy)
    restartPolicy = try c.decodeIfPresent(String.self, forKey: .restartPolicy)
    restartPolicyRules = try c.decodeIfPresent(JSONValue.self, forKey: .restartPolicyRules)
    volumeMounts = try c.decodeIfPresent([VolumeMount].self, forKey: .volumeMounts)
    volumeDevices = try c.decodeIfPresent(JSONValue.self, forKey: .volumeDevices)
    livenessProbe = try c.decodeIfPresent(Probe.self, forKey: .livenessProbe)
    readinessProbe = try c.decodeIfPresent(Probe.self, forKey: .readinessProbe)
    startupProbe = try c.decodeIfPresent(Probe.self, forKey: .startupProbe)
    lifecycle = try c.decodeIfPresent(Lifecycle.self, forKey: .lifecycle)
    terminationMessagePath = try c.decodeIfPresent(String.self, forKey: .terminationMessagePath)
    terminationMessagePolicy = try c.decodeIfPresent(String.self, forKey: .terminationMessagePolicy)
    imagePullPolicy = try c.decodeIfPresent(String.self, forKey: .imagePullPolicy)
    securityContext = try c.decodeIfPresent(JSONValue.self, forKey: .securityContext)
    stdin = try c.decodeIfPresent(Bool.self, forKey: .stdin)
    stdinOnce = try c.decodeIfPresent(Bool.self, forKey: .stdinOnce)
    tty = try c.decodeIfPresent(Bool.self, forKey: .tty)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(image, forKey: .image)
    try c.encodeIfPresent(command, forKey: .command)
    try c.encodeIfPresent(args, forKey: .args)
    try c.encodeIfPresent(workingDir, forKey: .workingDir)
    try c.encodeIfPresent(ports, forKey: .ports)
    try c.encodeIfPresent(envFrom, forKey: .envFrom)
    try c.encodeIfPresent(env, forKey: .env)
    try c.encodeIfPresent(resources, forKey: .resources)
    try c.encodeIfPresent(resizePolicy, forKey: .resizePolicy)
    try c.encodeIfPresent(restartPolicy, forKey: .restartPolicy)
    try c.encodeIfPresent(restartPolicyRules, forKey: .restartPolicyRules)
    try c.encodeIfPresent(volumeMounts, forKey: .volumeMounts)
    try c.encodeIfPresent(volumeDevices, forKey: .volumeDevices)
    try c.encodeIfPresent(livenessProbe, forKey: .livenessProbe)
    try c.encodeIfPresent(readinessProbe, forKey: .readinessProbe)
    try c.encodeIfPresent(startupProbe, forKey: .startupProbe)
    try c.encodeIfPresent(lifecycle, forKey: .lifecycle)
    try c.encodeIfPresent(terminationMessagePath, forKey: .terminationMessagePath)
    try c.encodeIfPresent(terminationMessagePolicy, forKey: .terminationMessagePolicy)
    try c.encodeIfPresent(imagePullPolicy, forKey: .imagePullPolicy)
    try c.encodeIfPresent(securityContext, forKey: .securityContext)
    try c.encodeIfPresent(stdin, forKey: .stdin)
    try c.encodeIfPresent(stdinOnce, forKey: .stdinOnce)
    try c.encodeIfPresent(tty, forKey: .tty)
  }

  /// Whether this is a restartable init container (a sidecar).
  public var isSidecar: Bool { restartPolicy == "Always" }
}

/// A port a container exposes (`core/v1.ContainerPort`).
public struct ContainerPort: Codable, Hashable, Sendable {
  public var name: String?
  public var hostPort: Int32?
  public var containerPort: Int32?
  public var `protocol`: String?
  public var hostIP: String?
}

/// An environment variable (`core/v1.EnvVar`); `valueFrom` is kept but not resolved.
public struct EnvVar: Codable, Hashable, Sendable {
  public var name: String
  public var value: String?
  public var valueFrom: JSONValue?

  public init(name: String, value: String?) {
    self.name = name
    self.value = value
  }

  private enum CodingKeys: String, CodingKey { case name, value, valueFrom }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
    value = try c.decodeIfPresent(String.self, forKey: .value)
    valueFrom = try c.decodeIfPresent(JSONValue.self, forKey: .valueFrom)
  }
}

/// A mount of a pod volume into a container (`core/v1.VolumeMount`).
public struct VolumeMount: Codable, Hashable, Sendable {
  public var name: String
  public var readOnly: Bool?
  public var recursiveReadOnly: String?
  public var mountPath: String
  public var subPath: String?
  public var mountPropagation: String?
  public var subPathExpr: String?

  public init(name: String, mountPath: String, readOnly: Bool? = nil) {
    self.name = name
    self.mountPath = mountPath
    self.readOnly = readOnly
  }

  private enum CodingKeys: String, CodingKey {
    case name, readOnly, recursiveReadOnly, mountPath, subPath, mountPropagation, subPathExpr
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
    readOnly = try c.decodeIfPresent(Bool.self, forKey: .readOnly)
    recursiveReadOnly = try c.decodeIfPresent(String.self, forKey: .recursiveReadOnly)
    mountPath = try c.decodeIfPresent(String.self, forKey: .mountPath) ?? ""
    subPath = try c.decodeIfPresent(String.self, forKey: .subPath)
    mountPropagation = try c.decodeIfPresent(String.self, forKey: .mountPropagation)
    subPathExpr = try c.decodeIfPresent(String.self, forKey: .subPathExpr)
  }
}

/// A toleration of node taints (`core/v1.Toleration`).
public struct Toleration: Codable, Hashable, Sendable {
  public var key: String?
  public var `operator`: String?
  public var value: String?
  public var effect: String?
  public var tolerationSeconds: Int64?

  public init(
    key: String?, operator: String?, value: String? = nil, effect: String?,
    tolerationSeconds: Int64?
  ) {
    self.key = key
    self.operator = `operator`
    self.value = value
    self.effect = effect
    self.tolerationSeconds = tolerationSeconds
  }
}
