/// The lesson options of `kubetutor shell` / `run`: accepted and kept until lessons exist.
public struct LessonSelection: Equatable, Sendable {
  /// The UI and lesson language.
  public enum Language: String, CaseIterable, Sendable {
    case en, zh
  }

  /// `--lesson ID`.
  public var lessonID: String?
  /// `--step N` (1-based).
  public var step: Int?
  /// `--lang en|zh`.
  public var language: Language
  /// `--sandbox`: a free shell with no lesson.
  public var sandbox: Bool

  public init(
    lessonID: String? = nil, step: Int? = nil, language: Language = .en, sandbox: Bool = false
  ) {
    self.lessonID = lessonID
    self.step = step
    self.language = language
    self.sandbox = sandbox
  }

  /// The one line shown when lesson options are given: lessons are not in this version yet.
  public var notice: String? {
    guard let lessonID else { return nil }
    return
      "kubetutor: lessons arrive in a later version; starting a sandbox shell instead of lesson \"\(lessonID)\".\n"
  }
}
