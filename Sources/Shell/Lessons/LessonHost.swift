import Lessons

/// Where a session keeps what outlives it for lessons: the learner's progress and the lesson
/// workspaces. On a terminal it is the state directory on disk (``DiskLessonHost``); a script
/// or a test has none, and progress lives only as long as the session.
public protocol LessonHost: Sendable {
  /// The learner's progress, and a warning when the stored file was damaged and set aside.
  func loadProgress() -> (LearnerProgress, warning: String?)
  /// Saves the progress; a message when it could not be saved.
  func saveProgress(_ progress: LearnerProgress) -> String?
  /// The lesson's workspace on disk, with the lesson's files copied in where missing (the
  /// learner's edits are kept), and the writer for it; nil to keep the files in memory.
  func workspace(for lesson: Lesson, fresh: Bool) -> (path: String, writer: any FileWriter)?
}
