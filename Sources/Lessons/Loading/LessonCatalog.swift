import Kubectl

/// Every lesson under a root directory (`Lessons/`), read through a ``FileSource``.
///
/// Lessons live in directories named `NN-slug`. A lesson with a problem is left out and its
/// problem reported, so one broken lesson does not take the others with it.
public struct LessonCatalog: Sendable {
  /// The lessons that loaded, by `order`.
  public var lessons: [Lesson]
  /// What kept lessons from loading, for the author.
  public var errors: [LessonError]

  public init(lessons: [Lesson], errors: [LessonError] = []) {
    self.lessons = lessons.sorted { $0.order < $1.order }
    self.errors = errors
  }

  /// The lesson with `id`.
  public func lesson(_ id: String) -> Lesson? {
    lessons.first { $0.id == id }
  }

  /// Reads every lesson directory under `root` (an absolute path).
  public static func load(from files: any FileSource, root: String) -> LessonCatalog {
    guard case .directory(let entries) = files.read(root) else {
      return LessonCatalog(
        lessons: [], errors: [LessonError(path: root, "no lessons directory here")])
    }
    var lessons: [Lesson] = []
    var errors: [LessonError] = []
    for entry in entries.sorted() where isLessonDirectory(entry) {
      do {
        let lesson = try load(entry, from: files, root: root)
        if let other = lessons.first(where: { $0.id == lesson.id }) {
          errors.append(
            LessonError(
              path: entry + "/lesson.yaml",
              "the id `\(lesson.id)` is already used by \(other.directory)"))
        } else if let other = lessons.first(where: { $0.order == lesson.order }) {
          errors.append(
            LessonError(
              path: entry + "/lesson.yaml",
              "`order: \(lesson.order)` is already used by \(other.directory)"))
        } else {
          lessons.append(lesson)
        }
      } catch {
        errors.append(error)
      }
    }
    return LessonCatalog(lessons: lessons, errors: errors)
  }

  /// The largest file a lesson may have.
  static let maxFileSize = LessonLimits.lessonFileBytes

  /// `01-lifecycle-demo`: two digits or more, a dash, a name.
  static func isLessonDirectory(_ name: String) -> Bool {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    return !digits.isEmpty && name.dropFirst(digits.count).first == "-"
      && name.count > digits.count + 1
  }

  /// Reads one lesson directory.
  public static func load(_ directory: String, from files: any FileSource, root: String)
    throws(LessonError) -> Lesson
  {
    func read(_ name: String) throws(LessonError) -> String? {
      guard case .file(let text) = files.read(root + "/" + directory + "/" + name) else {
        return nil
      }
      guard text.utf8.count <= maxFileSize else {
        throw LessonError(path: directory + "/" + name, "larger than 1 MB: not a lesson file")
      }
      return text
    }
    let dataPath = directory + "/lesson.yaml"
    guard let text = try read("lesson.yaml") else {
      throw LessonError(path: dataPath, "missing: every lesson directory has a `lesson.yaml`")
    }
    let data = try LessonParser(path: dataPath).parse(text)
    var lessonFiles: [LessonFile] = []
    for name in data.files {
      guard let contents = try read(name) else {
        throw LessonError(path: dataPath, "`files` names `\(name)`, which is not in \(directory)")
      }
      lessonFiles.append(LessonFile(name: name, contents: contents))
    }
    var prose: [Language: LessonProse] = [:]
    var style: [LessonError] = []
    for language in Language.allCases {
      let path = directory + "/" + language.rawValue + ".md"
      guard let text = try read(language.rawValue + ".md") else {
        if language == .en {
          throw LessonError(path: path, "missing: the English text is required")
        }
        continue
      }
      do {
        prose[language] = try ProseParser.parse(text, path: path, language: language)
      } catch  where language != .en {
        // A broken translation must not take the lesson from everyone: it is shown in
        // English, and `lessons check` reports the problem.
        style.append(error)
        continue
      }
      style += ProseStyle.problems(in: text, path: path, language: language)
    }
    var lesson = Lesson(
      id: data.id, order: data.order, directory: directory, files: lessonFiles,
      setup: data.setup, steps: data.steps, prose: prose)
    lesson.styleProblems = style
    if let english = prose[.en] { try checkStructure(english, of: lesson) }
    return lesson
  }

  /// The English text must have one section per step, in order, each with a hint, and a finish.
  static func checkStructure(_ prose: LessonProse, of lesson: Lesson) throws(LessonError) {
    let ids = prose.steps.map(\.id)
    for (index, step) in lesson.steps.enumerated() {
      guard index < ids.count, ids[index] == step.id else {
        let found = index < prose.steps.count ? prose.steps[index] : nil
        throw LessonError(
          path: prose.path, line: found?.line,
          "expected the section of step `\(step.id)` (`## … {#\(step.id)}`) here, as in lesson.yaml"
            + (found.map { "; found `\($0.id)`" } ?? ""))
      }
      if prose.steps[index].hints.isEmpty {
        throw LessonError(
          path: prose.path, line: prose.steps[index].line,
          "step `\(step.id)` has no hint (`### … {.hint}`)")
      }
    }
    if ids.count > lesson.steps.count {
      let extra = prose.steps[lesson.steps.count]
      throw LessonError(
        path: prose.path, line: extra.line, "`\(extra.id)` is not a step of lesson.yaml")
    }
    if prose.finish == nil {
      throw LessonError(path: prose.path, "the text ends with a `## … {#finish}` section")
    }
  }
}
