/// One environment variable, as an ordered name/value pair.
public struct EnvVar: Equatable, Hashable, Sendable {
  /// The variable name.
  public var name: String
  /// Its value.
  public var value: String

  /// Creates a variable.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
