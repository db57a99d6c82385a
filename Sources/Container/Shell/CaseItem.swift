/// One `pattern | pattern) body ;;` arm of a `case`.
public struct CaseItem: Equatable, Sendable {
  /// The patterns, unexpanded.
  public var patterns: [Word]
  /// The commands run on a match.
  public var body: Script
}
