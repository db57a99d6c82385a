/// One step: what must be true of the cluster for it to be done, and how an author does it.
public struct LessonStep: Equatable, Sendable {
  /// Stable id, shared by the prose files and progress (`create`, `read-message`).
  public var id: String
  /// All must pass for the step to be done.
  public var checks: [Check]
  /// The reference solution: shell lines, as the author would type them.
  public var solution: [String]
  /// The solution's lines as typed, each with whether it is meant to fail (written `! line`
  /// in `lesson.yaml`: a command that shows an error on purpose).
  public var commands: [(text: String, fails: Bool)] {
    solution.map { $0.hasPrefix("! ") ? (String($0.dropFirst(2)), true) : ($0, false) }
  }

  /// The line of `lesson.yaml` the step starts on (for error messages).
  public var line: Int

  public init(id: String, checks: [Check], solution: [String], line: Int = 0) {
    self.id = id
    self.checks = checks
    self.solution = solution
    self.line = line
  }
}
