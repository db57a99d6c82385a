/// One HTTP header.
public struct HTTPHeader: Equatable, Hashable, Sendable {
  /// Header name as sent.
  public var name: String
  /// Header value.
  public var value: String

  /// Creates a header.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
