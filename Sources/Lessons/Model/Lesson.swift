/// One lesson: the language-neutral data from `lesson.yaml` and the prose of each language.
public struct Lesson: Equatable, Sendable {
  /// The id learners type (`lesson lifecycle-demo`), unique across lessons.
  public var id: String
  /// Where it comes in the list (1, 2, …).
  public var order: Int
  /// The directory it was read from, relative to the lessons root (`01-lifecycle-demo`).
  public var directory: String
  /// The files handed to the learner, copied into the workspace: name → contents.
  public var files: [LessonFile]
  /// The state the cluster is brought to before step 1.
  public var setup: LessonSetup
  /// The steps, in order (at least one).
  public var steps: [LessonStep]
  /// The prose per language; English is always there.
  public var prose: [Language: LessonProse]
  /// Style problems in the prose (``ProseStyle``): not fatal, reported by `lessons check`.
  public var styleProblems: [LessonError] = []

  public init(
    id: String, order: Int, directory: String, files: [LessonFile] = [],
    setup: LessonSetup = LessonSetup(), steps: [LessonStep], prose: [Language: LessonProse]
  ) {
    self.id = id
    self.order = order
    self.directory = directory
    self.files = files
    self.setup = setup
    self.steps = steps
    self.prose = prose
  }

  /// The prose to show in `language`: its translation when there is one, else the English.
  public func text(in language: Language) -> LessonProse? {
    prose[language] ?? prose[.en]
  }

  /// The step with `id`, and its index.
  public func step(id: String) -> (index: Int, step: LessonStep)? {
    guard let index = steps.firstIndex(where: { $0.id == id }) else { return nil }
    return (index, steps[index])
  }
}

/// A file a lesson hands to the learner (a manifest, usually).
public struct LessonFile: Equatable, Sendable {
  /// Its name in the workspace (no directories).
  public var name: String
  public var contents: String

  public init(name: String, contents: String) {
    self.name = name
    self.contents = contents
  }
}
