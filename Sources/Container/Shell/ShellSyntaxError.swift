/// A parse failure: what the parser found where, and what it expected.
public struct ShellSyntaxError: Error, Equatable, Sendable {
  /// The kind of failure.
  public enum Kind: Equatable, Sendable {
    /// Input ended inside a construct; `expecting` is the missing keyword or bracket.
    case unexpectedEnd(expecting: String?)
    /// A token appeared where it is not allowed (`"done" unexpected`).
    case unexpectedToken(String, expecting: String?)
    /// A `'` or `"` was never closed.
    case unterminatedQuote
    /// A `${` was never closed or is malformed.
    case badSubstitution
    /// Nesting deeper than the parser allows (guards against stack exhaustion).
    case tooDeep
  }

  /// The failure.
  public var kind: Kind
  /// 1-based line where it was detected.
  public var line: Int

  /// Creates an error.
  public init(_ kind: Kind, line: Int) {
    self.kind = kind
    self.line = line
  }

  /// Whether more input could complete the script (an interactive shell then shows PS2).
  public var needsMoreInput: Bool {
    switch kind {
    case .unexpectedEnd, .unterminatedQuote: true
    default: false
    }
  }
}
