/// How a lesson's translation stands against the English, section by section.
public struct TranslationStatus: Equatable, Sendable {
  /// A section of the translation that needs work.
  public enum Problem: Equatable, Sendable {
    /// The whole file is missing.
    case missingFile
    /// No section for this id (the English is shown instead).
    case missing(section: String)
    /// Fewer hints than the English has.
    case missingHints(section: String, english: Int, translated: Int)
    /// No `<!-- source: … -->` line: nobody can tell which English it was translated from.
    case noSource(section: String, line: Int, english: String)
    /// Translated from an older English text.
    case stale(section: String, line: Int, source: String, english: String)
    /// A section the English does not have.
    case extra(section: String, line: Int)
  }

  public var language: Language
  public var problems: [Problem]

  /// Compares the `language` text of `lesson` with its English.
  public init(of lesson: Lesson, in language: Language) {
    self.language = language
    problems = []
    guard let english = lesson.prose[.en] else { return }
    guard let translation = lesson.prose[language] else {
      problems = [.missingFile]
      return
    }
    let englishSections = [english.intro] + english.steps + (english.finish.map { [$0] } ?? [])
    let translated =
      [translation.intro] + translation.steps + (translation.finish.map { [$0] } ?? [])
    for section in englishSections {
      guard let match = translated.first(where: { $0.id == section.id }) else {
        problems.append(.missing(section: section.id))
        continue
      }
      if match.hints.count < section.hints.count {
        problems.append(
          .missingHints(
            section: section.id, english: section.hints.count, translated: match.hints.count))
      }
      switch match.source {
      case nil:
        problems.append(.noSource(section: section.id, line: match.line, english: section.hash))
      case let source? where source != section.hash:
        problems.append(
          .stale(section: section.id, line: match.line, source: source, english: section.hash))
      default:
        break
      }
    }
    for section in translated where !englishSections.contains(where: { $0.id == section.id }) {
      problems.append(.extra(section: section.id, line: section.line))
    }
  }

  /// Whether the section with `id` is shown from an older English (or not translated at all):
  /// the shell and the site show a badge then.
  public func isStale(_ id: String) -> Bool {
    problems.contains {
      switch $0 {
      case .missingFile: true
      case .missing(let section), .stale(let section, _, _, _), .noSource(let section, _, _),
        .missingHints(let section, _, _):
        section == id
      case .extra: false
      }
    }
  }

  /// The problems as an author reads them, one line each, naming `path`.
  public func messages(path: String) -> [String] {
    problems.map { problem in
      switch problem {
      case .missingFile:
        "\(path): missing: the lesson has no \(language.rawValue) text"
      case .missing(let section):
        "\(path): section `\(section)` is not translated"
      case .missingHints(let section, let english, let translated):
        "\(path): section `\(section)` has \(translated) of the English's \(english) hints"
      case .noSource(let section, let line, let english):
        "\(path):\(line): section `\(section)` does not say which English it was translated from; after checking it against the English, add `<!-- source: \(english) -->`"
      case .stale(let section, let line, let source, let english):
        "\(path):\(line): section `\(section)` was translated from an older English text (source \(source), the English is now \(english)); update it and its source line"
      case .extra(let section, let line):
        "\(path):\(line): section `\(section)` is not in the English"
      }
    }
  }
}
