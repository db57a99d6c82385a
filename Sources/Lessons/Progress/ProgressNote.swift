/// Something a report noticed about a file it did read: worth the instructor's attention, not
/// a reason to leave the file out.
public enum ProgressNote: Equatable, Sendable {
  /// Written in a newer format than this kubetutor knows: read as far as it is understood.
  case newerFormat(Int)
  /// A learner's `progress.json`, not an export: no name (labelled by the file) and no export
  /// time (the file's modification time stands in for it).
  case rawProgressFile
  /// A field (`name`, `lessons.demo.updated`) had a value of the wrong kind and was ignored.
  case ignoredField(String)
  /// A lesson entry without a usable id was ignored.
  case ignoredLesson
  /// More lessons than a report keeps from one file: `kept` of `count`.
  case tooManyLessons(kept: Int, count: Int)
  /// Exported against another version of the lesson (its fingerprint differs).
  case lessonChanged(lesson: String)
  /// Step ids the current version of the lesson no longer has.
  case unknownSteps(lesson: String, steps: [String])
  /// A lesson this kubetutor does not have: shown with what the file says of it.
  case unknownLesson(String)
  /// Byte for byte the same as the file at this path: counted once.
  case duplicate(of: String)
  /// The same learner's export, older than the one at this path: left out.
  case superseded(by: String)
}
