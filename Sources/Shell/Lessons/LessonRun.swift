import Container
import Lessons

/// The lesson a session is running: which step is shown and what is done.
struct LessonRun: Sendable {
  var lesson: Lesson
  /// The step shown (an index into `lesson.steps`); `lesson.steps.count` once all are done.
  var index: Int
  /// The ids of the steps done.
  var done: [String]
  /// Hints shown for the current step.
  var hintsShown = 0
  /// The directory the lesson's files are in.
  var workspace: String

  /// The step shown, while there is one.
  var step: LessonStep? { index < lesson.steps.count ? lesson.steps[index] : nil }

  /// Whether every step is done.
  var isComplete: Bool { lesson.steps.allSatisfy { done.contains($0.id) } }
}
