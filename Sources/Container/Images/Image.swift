/// A container image: its resolved reference, config (ENTRYPOINT/CMD/ENV…) and root file system.
public struct Image: Equatable, Sendable {
  /// Which of the simulated images this is (decides the servers it runs).
  public enum Kind: String, Equatable, Sendable {
    case nginx
    case busybox
    case httpbin
  }

  /// The fields, behind one reference: a pod's container holds its image three times (in its
  /// runtime, its configuration and its kernel), in every snapshot of the cluster, and a copy
  /// then costs a word instead of the whole image.
  private var fields: CopyOnWriteBox<Fields>

  private struct Fields: Equatable, Sendable {
    var reference: String
    var repository: String
    var tag: String
    var digest: String
    var sizeBytes: Int64
    var kind: Kind
    var entrypoint: [String]
    var cmd: [String]
    var env: [EnvVar]
    var workingDir: String
    var stopSignal: Signal
    var exposedPorts: [Int]
    var shellFlavor: ShellFlavor
    var programVersions: [String: String]
    var filesystem: FileSystem
  }

  /// The fully qualified reference, e.g. `docker.io/library/nginx:latest`.
  public var reference: String {
    get { fields.value.reference }
    _modify { yield &fields.value.reference }
  }
  /// The repository part, e.g. `docker.io/library/nginx`.
  public var repository: String {
    get { fields.value.repository }
    _modify { yield &fields.value.repository }
  }
  /// The tag, e.g. `latest`.
  public var tag: String {
    get { fields.value.tag }
    _modify { yield &fields.value.tag }
  }
  /// The manifest digest, `sha256:` + 64 hex digits.
  public var digest: String {
    get { fields.value.digest }
    _modify { yield &fields.value.digest }
  }
  /// Compressed size in bytes (what the kubelet reports after a pull).
  public var sizeBytes: Int64 {
    get { fields.value.sizeBytes }
    _modify { yield &fields.value.sizeBytes }
  }
  /// Which simulated image this is.
  public var kind: Kind {
    get { fields.value.kind }
    _modify { yield &fields.value.kind }
  }
  /// `ENTRYPOINT` (empty when the image has none).
  public var entrypoint: [String] {
    get { fields.value.entrypoint }
    _modify { yield &fields.value.entrypoint }
  }
  /// `CMD`.
  public var cmd: [String] {
    get { fields.value.cmd }
    _modify { yield &fields.value.cmd }
  }
  /// `ENV`, in image order.
  public var env: [EnvVar] {
    get { fields.value.env }
    _modify { yield &fields.value.env }
  }
  /// `WORKDIR` (`/` when unset).
  public var workingDir: String {
    get { fields.value.workingDir }
    _modify { yield &fields.value.workingDir }
  }
  /// `STOPSIGNAL` (SIGTERM when unset).
  public var stopSignal: Signal {
    get { fields.value.stopSignal }
    _modify { yield &fields.value.stopSignal }
  }
  /// `EXPOSE`d TCP ports.
  public var exposedPorts: [Int] {
    get { fields.value.exposedPorts }
    _modify { yield &fields.value.exposedPorts }
  }
  /// The shell behind `/bin/sh`.
  public var shellFlavor: ShellFlavor {
    get { fields.value.shellFlavor }
    _modify { yield &fields.value.shellFlavor }
  }
  /// Versions of the notable programs (`nginx`, `busybox`, `curl`, `gunicorn`).
  public var programVersions: [String: String] {
    get { fields.value.programVersions }
    _modify { yield &fields.value.programVersions }
  }
  /// The image's root file system.
  public var filesystem: FileSystem {
    get { fields.value.filesystem }
    _modify { yield &fields.value.filesystem }
  }

  /// Creates an image from its reference, config and root file system.
  public init(
    reference: String, repository: String, tag: String, digest: String, sizeBytes: Int64,
    kind: Kind, entrypoint: [String], cmd: [String], env: [EnvVar], workingDir: String,
    stopSignal: Signal, exposedPorts: [Int], shellFlavor: ShellFlavor,
    programVersions: [String: String], filesystem: FileSystem
  ) {
    fields = CopyOnWriteBox(
      Fields(
        reference: reference, repository: repository, tag: tag, digest: digest,
        sizeBytes: sizeBytes, kind: kind, entrypoint: entrypoint, cmd: cmd, env: env,
        workingDir: workingDir, stopSignal: stopSignal, exposedPorts: exposedPorts,
        shellFlavor: shellFlavor, programVersions: programVersions, filesystem: filesystem))
  }

  /// The kernel release every simulated node runs (`uname -r`, nginx's `OS:` notice).
  public static let kernelRelease = "6.8.0-51-generic"

  /// Whether `/bin/bash` exists in the image.
  public var hasBash: Bool { filesystem.exists("/bin/bash") }
}

extension Image {
  /// The same image under another tag of its repository (`nginx:1.27` and `nginx:latest`).
  func retagged(_ tag: String) -> Image {
    var image = self
    image.tag = tag
    image.reference = repository + ":" + tag
    return image
  }
}
