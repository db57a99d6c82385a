/// Pipelines joined by `&&` and `||`.
public struct AndOrList: Equatable, Sendable {
  /// The connector before a pipeline.
  public enum Connector: String, Equatable, Sendable {
    case and = "&&"
    case or = "||"
  }

  /// The first pipeline.
  public var first: Pipeline
  /// The following pipelines with their connectors.
  public var rest: [(Connector, Pipeline)]

  public static func == (lhs: AndOrList, rhs: AndOrList) -> Bool {
    lhs.first == rhs.first && lhs.rest.count == rhs.rest.count
      && zip(lhs.rest, rhs.rest).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
  }
}
