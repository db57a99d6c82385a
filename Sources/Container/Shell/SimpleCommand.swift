/// A simple command: assignments, words and redirections, with the line it starts on.
public struct SimpleCommand: Equatable, Sendable {
  /// Leading `NAME=value` words.
  public var assignments: [Assignment]
  /// The command name and arguments, unexpanded.
  public var words: [Word]
  /// Redirections in source order.
  public var redirections: [Redirection]
  /// 1-based source line (dash prints it in error messages).
  public var line: Int
}
