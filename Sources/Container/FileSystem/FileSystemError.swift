/// A failed file-system operation: what went wrong (with its POSIX meaning) and on which path.
public struct FileSystemError: Error, Equatable, Sendable {
  /// The POSIX condition behind the failure.
  public enum Kind: Equatable, Sendable {
    case noSuchFile
    case isADirectory
    case notADirectory
    case permissionDenied
    case fileExists
    case directoryNotEmpty
    case tooManySymlinks
    case invalidArgument
    /// The file system is full (``ContainerLimits/diskBytes``).
    case noSpace

    /// The C library's `strerror` text for the condition, as GNU coreutils and busybox print it.
    public var posixDescription: String {
      switch self {
      case .noSuchFile: "No such file or directory"
      case .isADirectory: "Is a directory"
      case .notADirectory: "Not a directory"
      case .permissionDenied: "Permission denied"
      case .fileExists: "File exists"
      case .directoryNotEmpty: "Directory not empty"
      case .tooManySymlinks: "Too many levels of symbolic links"
      case .invalidArgument: "Invalid argument"
      case .noSpace: "No space left on device"
      }
    }
  }

  /// The condition.
  public var kind: Kind
  /// The path as the user wrote it (commands print it back unchanged).
  public var path: String

  /// Creates an error for `path`.
  public init(_ kind: Kind, _ path: String) {
    self.kind = kind
    self.path = path
  }
}
