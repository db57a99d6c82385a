/// An I/O redirection such as `2>&1` or `>> file`.
public struct Redirection: Equatable, Sendable {
  /// The redirection operator.
  public enum Operator: String, Equatable, Sendable {
    case input = "<"
    case output = ">"
    case append = ">>"
    case clobber = ">|"
    case duplicateOutput = ">&"
    case duplicateInput = "<&"
    case readWrite = "<>"
    case hereDocument = "<<"
    case hereString = "<<<"
  }

  /// The file descriptor redirected (defaults: 0 for input, 1 for output).
  public var fd: Int
  /// The operator.
  public var op: Operator
  /// The file name, descriptor number, or here-document body.
  public var target: Word
}
