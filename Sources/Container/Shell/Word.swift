/// A shell word before expansion: a sequence of literal, quoted and expansion parts.
public struct Word: Equatable, Sendable {
  /// One piece of a word.
  public indirect enum Part: Equatable, Sendable {
    /// Text outside quotes (subject to field splitting of expansions and globbing).
    case literal(String)
    /// Text inside single quotes or after a backslash: taken as is.
    case quoted(String)
    /// The contents of a double-quoted string.
    case doubleQuoted([Part])
    /// `$name`, `${name}`, `${name:-word}` and friends.
    case parameter(ParameterExpansion)
    /// `$(script)` or backticks.
    case commandSubstitution(Script)
    /// `$((expression))`, kept as raw text and evaluated at expansion time.
    case arithmetic(String)
  }

  /// The parts in order.
  public var parts: [Part]
  /// The source text, for error messages and the AST dump.
  public var source: String

  /// Creates a word.
  public init(parts: [Part], source: String) {
    self.parts = parts
    self.source = source
  }

  /// The word's text when it contains no expansions or quotes (reserved-word checks).
  public var plainLiteral: String? {
    guard parts.count == 1, case .literal(let text) = parts[0] else {
      return parts.isEmpty ? "" : nil
    }
    return text
  }
}
