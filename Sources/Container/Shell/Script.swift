/// A parsed shell program: a list of and-or lists, each optionally run in the background.
public struct Script: Equatable, Sendable {
  /// One `and-or` list terminated by `;`, `&` or a newline.
  public struct Item: Equatable, Sendable {
    /// The list.
    public var andOr: AndOrList
    /// Whether it ended with `&`.
    public var background: Bool
  }

  /// The items in order.
  public var items: [Item]

  /// Creates a script.
  public init(items: [Item]) {
    self.items = items
  }
}
