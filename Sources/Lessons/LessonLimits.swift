/// Every bound of lesson files and progress files, in one place (README.md, "Limits"). A file
/// past one is refused with a message naming the file and the bound, never read further.
public enum LessonLimits {
  /// One file of a lesson (`lesson.yaml`, `en.md`, a manifest): a larger one leaves the lesson
  /// out, `larger than 1 MB: not a lesson file`.
  public static let lessonFileBytes = 1 << 20
  /// Values `lesson.yaml` may stand for, aliases expanded: `the file expands to more than 20000
  /// values (too many aliases?)`.
  public static let lessonValues = 20_000
  /// Nesting of `lesson.yaml`: `nested more than 64 levels deep`.
  public static let lessonDepth = 64
  /// A `progress.json`, or a file `progress report` reads: a larger one is damaged (set aside)
  /// or left out of the report.
  public static let progressBytes = 1 << 20
  /// Lessons a report keeps from one file (a hostile file cannot make a thousand columns).
  public static let reportLessons = 100
  /// Characters of a learner's name kept in an export.
  public static let exportNameCharacters = 64
}
