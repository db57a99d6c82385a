/// A lesson's text in one language (`en.md`, `zh.md`): intro, one section per step, finish.
public struct LessonProse: Equatable, Sendable {
  /// The file it was read from (`01-lifecycle-demo/zh.md`), for messages.
  public var path: String
  public var language: Language
  /// The lesson's title and one-line summary (front matter).
  public var title: String
  public var summary: String
  /// What comes before the first step.
  public var intro: ProseSection
  /// The steps' sections, in file order.
  public var steps: [ProseSection]
  /// What the learner sees when the last step is done.
  public var finish: ProseSection?

  public init(
    path: String, language: Language, title: String, summary: String, intro: ProseSection,
    steps: [ProseSection], finish: ProseSection?
  ) {
    self.path = path
    self.language = language
    self.title = title
    self.summary = summary
    self.intro = intro
    self.steps = steps
    self.finish = finish
  }

  /// The section of step `id`.
  public func step(_ id: String) -> ProseSection? {
    steps.first { $0.id == id }
  }
}

/// One section of a prose file: the intro, a step, or the finish.
public struct ProseSection: Equatable, Sendable {
  /// The step id (`{#create}`), `intro` or `finish`.
  public var id: String
  /// The heading's text without its `{#id}` (the lesson title for the intro).
  public var title: String
  /// Markdown before the first hint or notes heading.
  public var body: String
  /// Each `### … {.hint}` section's Markdown, in order.
  public var hints: [String]
  /// Each hint's heading, without its `{.hint}`.
  public var hintTitles: [String] = []
  /// The `### … {.notes}` section: speaker notes, for the instructor only.
  public var notes: String?
  /// In a translation: the hash of the English text it was translated from
  /// (`<!-- source: … -->`).
  public var source: String?
  /// The line its heading is on (1-based; 1 for the intro).
  public var line: Int
  /// The hash of the section's text, for translations to record (``TextHash``).
  public var hash: String

  public init(
    id: String, title: String, body: String, hints: [String] = [], notes: String? = nil,
    source: String? = nil, line: Int = 1, hash: String = ""
  ) {
    self.id = id
    self.title = title
    self.body = body
    self.hints = hints
    self.notes = notes
    self.source = source
    self.line = line
    self.hash = hash
  }

  /// The commands the text shows the learner: the lines of its ```` ```shell ```` blocks
  /// (typed at `$`) and ```` ```container ```` blocks (typed in a container's shell), hints
  /// and notes included.
  public var commands: [ProseCommand] = []
  /// The ```` ```shell ```` and ```` ```container ```` blocks of the body (not of hints or
  /// notes), in order: what the site runs to show each command's output.
  public var blocks: [ProseBlock] = []
}

/// A ```` ```shell ```` or ```` ```container ```` block in a section's body.
public struct ProseBlock: Equatable, Sendable {
  /// The line of its opening fence.
  public var line: Int
  /// Typed in a container's shell (```` ```container ````), not at `$`.
  public var inContainer: Bool
  /// Its commands: lines that are neither blank nor `#` comments.
  public var commands: [ProseCommand] = []

  public init(line: Int, inContainer: Bool, commands: [ProseCommand] = []) {
    self.line = line
    self.inContainer = inContainer
    self.commands = commands
  }
}

/// A command shown in a lesson's text, and the line of the prose file it is on.
public struct ProseCommand: Equatable, Sendable {
  public var line: Int
  public var text: String
  /// Typed in a container's shell (a ```` ```container ```` block), not at `$`.
  public var inContainer: Bool

  public init(line: Int, text: String, inContainer: Bool = false) {
    self.line = line
    self.text = text
    self.inContainer = inContainer
  }
}
