/// A parameter expansion such as `${VAR:-default}`.
public struct ParameterExpansion: Equatable, Sendable {
  /// The operator between the name and the word.
  public enum Operator: String, Equatable, Sendable {
    case none = ""
    case useDefault = ":-"
    case useDefaultIfUnset = "-"
    case assignDefault = ":="
    case assignDefaultIfUnset = "="
    case useAlternative = ":+"
    case useAlternativeIfSet = "+"
    case errorIfNull = ":?"
    case errorIfUnset = "?"
    case length = "#"
    case removeSmallestSuffix = "%"
    case removeLargestSuffix = "%%"
    case removeSmallestPrefix = "#p"
    case removeLargestPrefix = "##"
  }

  /// Variable name, digit or special (`?`, `$`, `#`, `@`, `*`, `!`, `0`).
  public var name: String
  /// The operator.
  public var op: Operator
  /// The operand word, if the operator takes one.
  public var word: Word?

  /// Creates an expansion.
  public init(name: String, op: Operator = .none, word: Word? = nil) {
    self.name = name
    self.op = op
    self.word = word
  }
}
