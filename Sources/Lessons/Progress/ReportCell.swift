/// Where one learner is in one lesson.
public enum ReportCell: Equatable, Sendable {
  /// Never opened.
  case notStarted
  /// On a step: its number (nil when the lesson no longer has that step) of `total` (nil when
  /// unknown), and its id.
  case onStep(number: Int?, total: Int?, step: String?)
  /// Every step done.
  case complete
}
