import Cluster
import Lessons

/// Present mode's state: which screen of a lesson is shown and the cluster behind it.
///
/// The screens are the lesson's intro, one per step and the finish. Each step's reference
/// solution is run one command at a time on the same deterministic cluster that `lessons check`
/// proves, so the demo on the projector shows what was verified. Going back or jumping
/// rebuilds the cluster by replaying the solutions before the step (``LessonReplay``).
public struct Presentation: Sendable {
  /// A screen of the lesson.
  public enum Screen: Equatable, Sendable {
    case intro
    /// Step `index` (0-based).
    case step(Int)
    case finish
  }

  /// What running a command showed.
  public struct Ran: Sendable {
    /// The command's output, both streams as the screen shows them.
    public var output: String
    /// After the step's last command: whether its checks pass (nil before the last one).
    public var stepDone: Bool?
  }

  public let lesson: Lesson
  public let language: Language
  public private(set) var screen: Screen = .intro
  /// The next solution command of the step shown (0-based).
  public private(set) var commandIndex = 0
  /// The session the commands run in.
  public private(set) var session: ShellSession
  private let config: ClusterConfig

  /// Starts on the intro, or on step `step` (0-based) with the steps before it solved.
  public init(
    lesson: Lesson, language: Language, step: Int? = nil, config: ClusterConfig = ClusterConfig()
  ) {
    self.lesson = lesson
    self.language = language
    self.config = config
    session = LessonReplay.run(lesson, steps: 0, config: config).session
    if let step { go(to: .step(step)) }
  }

  /// The prose of the screen shown: the translation, else the English.
  public var section: ProseSection? {
    let prose = lesson.text(in: language)
    switch screen {
    case .intro: return prose?.intro ?? lesson.prose[.en]?.intro
    case .step(let index):
      let id = lesson.steps[index].id
      return prose?.step(id) ?? lesson.prose[.en]?.step(id)
    case .finish: return prose?.finish ?? lesson.prose[.en]?.finish
    }
  }

  /// The step shown (nil on the intro and the finish).
  public var step: LessonStep? {
    if case .step(let index) = screen { return lesson.steps[index] }
    return nil
  }

  /// The next command to type, nil when the screen has none left.
  public var nextCommand: String? {
    guard let step, commandIndex < step.commands.count else { return nil }
    return step.commands[commandIndex].text
  }

  /// The prompt the next command is typed at.
  public var prompt: String { session.prompt }

  /// The screen after this one (nil on the finish).
  public var following: Screen? {
    switch screen {
    case .intro: return .step(0)
    case .step(let index): return index + 1 < lesson.steps.count ? .step(index + 1) : .finish
    case .finish: return nil
    }
  }

  /// The screen before this one (nil on the intro).
  public var preceding: Screen? {
    switch screen {
    case .intro: return nil
    case .step(let index): return index == 0 ? .intro : .step(index - 1)
    case .finish: return .step(lesson.steps.count - 1)
    }
  }

  /// Runs the next command of the step.
  public mutating func runNext() -> Ran? {
    guard let step, let command = nextCommand else { return nil }
    var output = TranscriptBuffer()
    session.run(line: command, output: &output)
    commandIndex += 1
    var done: Bool?
    if commandIndex == step.commands.count {
      done = step.checks.allSatisfy { $0.finding(in: session.cluster) == nil }
    }
    return Ran(output: output.text, stepDone: done)
  }

  /// Moves on to the next screen; the step's commands not shown yet run unseen first, so the
  /// cluster is as the next step expects.
  public mutating func advance() {
    guard let following else { return }
    while nextCommand != nil { _ = runNext() }
    screen = following
    commandIndex = 0
  }

  /// Shows `target` on the cluster as the solutions before it leave it (a fresh replay).
  public mutating func go(to target: Screen) {
    let solved: Int
    switch target {
    case .intro, .step(0): solved = 0
    case .step(let index): solved = min(max(index, 0), lesson.steps.count)
    case .finish: solved = lesson.steps.count
    }
    session = LessonReplay.run(lesson, steps: solved, config: config).session
    if case .step(let index) = target {
      screen = .step(min(max(index, 0), lesson.steps.count - 1))
    } else {
      screen = target
    }
    commandIndex = 0
  }

  /// Runs a command the presenter typed, on the same cluster (a question from the room).
  public mutating func runOwn(_ line: String) -> String {
    var output = TranscriptBuffer()
    session.run(line: line, output: &output)
    return output.text
  }
}
