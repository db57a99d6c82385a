import Lessons

/// The lesson options of `kubetutor shell` / `run`.
public struct LessonSelection: Equatable, Sendable {
  /// The UI and lesson language.
  public typealias Language = Shell.Language

  /// `--lesson ID`.
  public var lessonID: String?
  /// `--step N` (1-based).
  public var step: Int?
  /// `--lang en|zh`; nil: from the environment (``Language/preferred(environment:)``).
  public var language: Language?
  /// `--sandbox`: a free shell with no lesson.
  public var sandbox: Bool

  public init(
    lessonID: String? = nil, step: Int? = nil, language: Language? = nil, sandbox: Bool = false
  ) {
    self.lessonID = lessonID
    self.step = step
    self.language = language
    self.sandbox = sandbox
  }
}
