/// One lesson at a glance, for the instructor: who finished, who is where, where they stick.
public struct LessonSummary: Equatable, Sendable {
  /// The index of the lesson's column.
  public var column: Int
  /// Learners who opened it, and who finished it.
  public var started: Int
  public var finished: Int
  /// Learners not finished, by step: `onStep[0]` are on step 1.
  public var onStep: [Int]
  /// Learners on a step this version of the lesson does not have.
  public var onUnknownStep: Int
  /// Learners stuck in this lesson.
  public var stuck: Int
  /// The step most stuck learners are stuck on (ties: the earliest).
  public var mostStuck: StepCount?

  /// A step and how many learners it concerns.
  public struct StepCount: Equatable, Sendable {
    public var number: Int?
    public var step: String?
    public var count: Int

    public init(number: Int?, step: String?, count: Int) {
      self.number = number
      self.step = step
      self.count = count
    }
  }

  public init(column: Int) {
    self.column = column
    started = 0
    finished = 0
    onStep = []
    onUnknownStep = 0
    stuck = 0
  }
}
