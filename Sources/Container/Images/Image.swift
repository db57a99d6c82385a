/// A container image: its resolved reference, config (ENTRYPOINT/CMD/ENV…) and root file system.
public struct Image: Equatable, Sendable {
  /// Which of the simulated images this is (decides the servers it runs).
  public enum Kind: String, Equatable, Sendable {
    case nginx
    case busybox
    case httpbin
  }

  /// The fully qualified reference, e.g. `docker.io/library/nginx:latest`.
  public var reference: String
  /// The repository part, e.g. `docker.io/library/nginx`.
  public var repository: String
  /// The tag, e.g. `latest`.
  public var tag: String
  /// The manifest digest, `sha256:` + 64 hex digits.
  public var digest: String
  /// Compressed size in bytes (what the kubelet reports after a pull).
  public var sizeBytes: Int64
  /// Which simulated image this is.
  public var kind: Kind
  /// `ENTRYPOINT` (empty when the image has none).
  public var entrypoint: [String]
  /// `CMD`.
  public var cmd: [String]
  /// `ENV`, in image order.
  public var env: [EnvVar]
  /// `WORKDIR` (`/` when unset).
  public var workingDir: String
  /// `STOPSIGNAL` (SIGTERM when unset).
  public var stopSignal: Signal
  /// `EXPOSE`d TCP ports.
  public var exposedPorts: [Int]
  /// The shell behind `/bin/sh`.
  public var shellFlavor: ShellFlavor
  /// Versions of the notable programs (`nginx`, `busybox`, `curl`, `gunicorn`).
  public var programVersions: [String: String]
  /// The image's root file system.
  public var filesystem: FileSystem

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
