/// A condition and the body it guards (`if`/`elif`).
public struct ConditionalBranch: Equatable, Sendable {
  /// The condition list.
  public var condition: Script
  /// The list run when the condition succeeds.
  public var body: Script
}
