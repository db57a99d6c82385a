/// A lesson as a report's column: the lessons of this kubetutor in their order, then any
/// other lesson the files name.
public struct ReportColumn: Equatable, Sendable {
  /// The number shown as the column's heading: the lesson's `order`, then counting on.
  public var number: Int
  public var id: String
  /// The step ids: this kubetutor's, or for a lesson it does not have, the newest export's
  /// (empty when no file says).
  public var steps: [String]
  /// The number of steps, when known.
  public var total: Int?
  /// Whether this kubetutor has the lesson.
  public var known: Bool
  /// ``Lesson/fingerprint`` of this kubetutor's lesson.
  public var fingerprint: String?

  public init(
    number: Int, id: String, steps: [String], total: Int?, known: Bool, fingerprint: String? = nil
  ) {
    self.number = number
    self.id = id
    self.steps = steps
    self.total = total
    self.known = known
    self.fingerprint = fingerprint
  }

  /// The 1-based number of the step `id`, if the column knows it.
  public func number(of step: String?) -> Int? {
    guard let step, let index = steps.firstIndex(of: step) else { return nil }
    return index + 1
  }
}
