import Container

/// One row of a report: a learner, from the one file kept for them.
public struct ReportLearner: Equatable, Sendable {
  /// Their name, or for a file without one, its file name (its path if two files share it).
  public var label: String
  /// Whether the label is a name the learner gave.
  public var named: Bool
  /// The file the row comes from.
  public var path: String
  /// When the file was exported (or, without that, last modified).
  public var asOf: Instant?
  /// One cell per column of the report.
  public var cells: [ReportCell]
  /// Set when the learner is stuck.
  public var stuck: Stuck?

  /// A learner who has made no progress for a while in a lesson they have not finished.
  public struct Stuck: Equatable, Sendable {
    /// The index of the lesson's column.
    public var column: Int
    /// The step they are on: its number, when the lesson has it, and id.
    public var number: Int?
    public var step: String?
    /// How long before ``ReportLearner/asOf`` they last made progress.
    public var idle: Duration

    public init(column: Int, number: Int?, step: String?, idle: Duration) {
      self.column = column
      self.number = number
      self.step = step
      self.idle = idle
    }
  }

  public init(
    label: String, named: Bool, path: String, asOf: Instant?, cells: [ReportCell],
    stuck: Stuck? = nil
  ) {
    self.label = label
    self.named = named
    self.path = path
    self.asOf = asOf
    self.cells = cells
    self.stuck = stuck
  }
}
