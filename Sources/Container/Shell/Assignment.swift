/// `NAME=word`.
public struct Assignment: Equatable, Sendable {
  /// The variable name.
  public var name: String
  /// The value, unexpanded.
  public var value: Word
}
