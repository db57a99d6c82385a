/// Commands joined by `|`, optionally negated with `!`.
public struct Pipeline: Equatable, Sendable {
  /// Whether it starts with `!`.
  public var negated: Bool
  /// The commands, left to right.
  public var commands: [ShellCommand]
}
