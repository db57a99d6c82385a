/// Why a file given to `kubetutor progress report` was not read: never fatal, each reported
/// with its path in one line.
public enum ProgressFileProblem: Error, Equatable, Sendable {
  /// Nothing at that path.
  case missing
  /// It could not be opened or read: the system's reason (`Permission denied`).
  case unreadable(String)
  /// A directory where a file was expected (given as a file, or a `*.json` in a directory).
  case isDirectory
  /// A directory given without any `*.json` file in it.
  case noJSONFiles
  /// A device, socket or pipe.
  case notRegularFile
  /// Larger than ``ProgressFile/maximumSize``: the size in bytes.
  case tooLarge(Int)
  /// Empty, or only spaces.
  case empty
  /// Not text: NUL bytes or invalid UTF-8.
  case binary
  /// Text, but not JSON: the parser's message.
  case notJSON(String)
  /// JSON, but not a progress export or a `progress.json`.
  case wrongShape(Shape)

  /// What was wrong with the JSON's shape.
  public enum Shape: Equatable, Sendable {
    /// The top level is not an object (an array, a string…).
    case notAnObject
    /// `format` names something else.
    case otherFormat(String)
    /// No `lessons` of the right kind.
    case noLessons
  }
}
