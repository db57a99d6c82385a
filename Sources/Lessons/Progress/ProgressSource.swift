import Container

/// One path given to a report, as the Shell layer read it from disk: its bytes, or why there
/// were none.
public struct ProgressSource: Sendable {
  /// The path as given (or as found in a directory given).
  public var path: String
  public var contents: Contents

  /// What reading the path gave.
  public enum Contents: Sendable {
    /// The file's bytes, and its modification time (standing in for the export time of a file
    /// that has none, such as a raw `progress.json`).
    case bytes([UInt8], modified: Instant?)
    /// It could not be read.
    case problem(ProgressFileProblem)
  }

  public init(path: String, contents: Contents) {
    self.path = path
    self.contents = contents
  }

  /// A file's bytes.
  public init(path: String, bytes: [UInt8], modified: Instant? = nil) {
    self.init(path: path, contents: .bytes(bytes, modified: modified))
  }

  /// The file name: what an unnamed learner is called.
  public var fileName: String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
