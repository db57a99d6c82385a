import Lessons

/// One line of the outer shell (the `$ ` prompt), parsed into what it asks for.
///
/// The outer shell is deliberately small: kubectl plus the handful of commands a learner types
/// around it. Nothing here ever starts a host process.
public enum OuterCommand: Equatable, Sendable {
  /// A blank line or a comment.
  case nothing
  /// `kubectl ARGS` or its common alias `k ARGS`; holds the words after the command name.
  case kubectl([String])
  /// `sleep N`: advances the simulated clock.
  case sleep(Duration)
  /// `ff N` / `fast-forward N`: advances the simulated clock and says so.
  case fastForward(Duration)
  /// `cat FILE…`.
  case cat([String])
  /// `ls [PATH…]`.
  case ls([String])
  /// `echo [-n] WORDS…`.
  case echo([String], newline: Bool)
  /// `pwd`.
  case pwd
  /// `cd [DIR]`; `nil` goes home.
  case cd(String?)
  /// `clear`.
  case clear
  /// `help` or `help kubectl`.
  case help(HelpTopic?)
  /// `lang zh|en`: switches kubetutor's language; `lang` alone says which it is.
  case lang(Language?)
  /// `edit FILE`: the learner's editor, or kubetutor's line editor.
  case edit(String)
  /// `timeline POD`: what happened to the pod's containers, drawn on the simulated clock.
  case timeline(String)
  /// `exit [N]`.
  case exit(Int32)
  /// `sleep --help`, `ff --help`: the builtin's usage, on stdout.
  case usage(String)
  /// A lesson command: `lessons`, `lesson ID`, `step`, `hint`, `check`, `goto N`, `undo`…
  case lesson(LessonCommand)

  /// The commands that drive lessons.
  public enum LessonCommand: Equatable, Sendable {
    /// `lessons`: the list, with progress.
    case list
    /// `lesson ID`: start or resume a lesson; `lesson` alone shows the one running.
    case start(String?)
    /// `step`: show the current step again.
    case show
    /// `next`, `prev`: show the next or previous step (the cluster is left as it is).
    case next, previous
    /// `hint`: one more hint.
    case hint
    /// `solution`: the reference solution, after a confirmation.
    case solution
    /// `check`: each check of the step, and what is missing.
    case check
    /// `reset` / `reset step`: the step again; `reset lesson`: the lesson from scratch.
    case reset(lesson: Bool)
    /// `goto N`: the cluster as the reference solutions of steps 1…N-1 leave it, at step N.
    case goto(Int)
    /// `undo`: the cluster as it was before the last command.
    case undo
  }

  /// The names this shell understands, for `help` and tab completion.
  public static let names = [
    "kubectl", "k", "sleep", "ff", "fast-forward", "cat", "ls", "echo", "pwd", "cd", "clear",
    "help", "exit", "timeline", "lang", "edit", "lessons", "lesson", "step", "next", "prev",
    "hint", "solution", "check", "reset", "goto", "undo",
  ]

  /// What `help` can say more about.
  public enum HelpTopic: String, Equatable, Sendable {
    case kubectl
  }

  /// Whether the command reads its standard input when it is the terminal: `cat` without
  /// files, `kubectl … -f -`.
  public var readsStandardInput: Bool {
    switch self {
    case .cat(let paths): return paths.isEmpty
    case .kubectl(let arguments):
      for (index, word) in arguments.enumerated() {
        if word == "--" { return false }
        if word == "-f=-" || word == "--filename=-" { return true }
        if word == "-f" || word == "--filename", index + 1 < arguments.count,
          arguments[index + 1] == "-"
        {
          return true
        }
      }
      return false
    default: return false
    }
  }

  /// Parses a line.
  ///
  /// - Parameter home: what a leading `~` expands to.
  /// - Throws: a ``ShellError`` for syntax errors and commands that cannot run.
  public static func parse(_ line: String, home: String? = nil) throws(ShellError) -> OuterCommand {
    try parse(words: WordSplitter.split(line, home: home).words)
  }

  /// Parses the words of a line (already split).
  public static func parse(words: [String]) throws(ShellError) -> OuterCommand {
    guard let name = words.first else { return .nothing }
    let arguments = Array(words.dropFirst())
    switch name {
    case "kubectl", "k":
      return .kubectl(arguments)
    case "sleep", "ff", "fast-forward":
      if arguments == ["--help"] { return .usage(name == "sleep" ? "sleep" : "ff") }
      let duration = try SleepInterval.parse(arguments, command: name)
      return name == "sleep" ? .sleep(duration) : .fastForward(duration)
    case "cat":
      if let option = arguments.first(where: isOption) {
        throw .unsupportedOption(command: "cat", option: option)
      }
      return .cat(arguments)
    case "ls":
      if let option = arguments.first(where: isOption) {
        throw .unsupportedOption(command: "ls", option: option)
      }
      return .ls(arguments)
    case "echo":
      if arguments.first == "-n" {
        return .echo(Array(arguments.dropFirst()), newline: false)
      }
      return .echo(arguments, newline: true)
    case "pwd":
      return .pwd
    case "cd":
      guard arguments.count <= 1 else { throw .tooManyArguments(command: "cd") }
      return .cd(arguments.first)
    case "clear":
      return .clear
    case "help":
      guard let topic = arguments.first else { return .help(nil) }
      guard arguments.count == 1, let known = HelpTopic(rawValue: topic) else {
        throw .noHelpTopic(arguments.joined(separator: " "))
      }
      return .help(known)
    case "lang":
      guard let argument = arguments.first else { return .lang(nil) }
      guard arguments.count == 1, let language = Language(rawValue: argument) else {
        throw .usage(command: "lang", synopsis: "zh|en")
      }
      return .lang(language)
    case "edit":
      guard arguments.count == 1, let path = arguments.first, !isOption(path) else {
        throw .usage(command: "edit", synopsis: "FILE")
      }
      return .edit(path)
    case "timeline":
      if let option = arguments.first(where: isOption) {
        throw .unsupportedOption(command: "timeline", option: option)
      }
      guard arguments.count == 1, let pod = arguments.first else {
        throw .usage(command: "timeline", synopsis: "POD")
      }
      return .timeline(pod)
    case "exit":
      guard let argument = arguments.first else { return .exit(0) }
      guard arguments.count == 1 else { throw .tooManyArguments(command: "exit") }
      guard let status = Int64(argument) else {
        throw .numericArgumentRequired(command: "exit", argument: argument)
      }
      // bash keeps the low 8 bits: `exit 256` is 0, `exit -1` is 255.
      return .exit(Int32(truncatingIfNeeded: UInt8(truncatingIfNeeded: status)))
    case "lessons", "step", "next", "prev", "hint", "solution", "check", "undo":
      guard arguments.isEmpty else { throw .usage(command: name, synopsis: "") }
      let commands: [String: LessonCommand] = [
        "lessons": .list, "step": .show, "next": .next, "prev": .previous, "hint": .hint,
        "solution": .solution, "check": .check, "undo": .undo,
      ]
      return .lesson(commands[name] ?? .show)
    case "lesson":
      guard arguments.count <= 1 else { throw .usage(command: "lesson", synopsis: "[ID]") }
      return .lesson(.start(arguments.first))
    case "reset":
      switch arguments {
      case [], ["step"]: return .lesson(.reset(lesson: false))
      case ["lesson"]: return .lesson(.reset(lesson: true))
      default: throw .usage(command: "reset", synopsis: "[step|lesson]")
      }
    case "goto":
      guard arguments.count == 1, let step = Int(arguments[0]), step >= 1 else {
        throw .usage(command: "goto", synopsis: "STEP")
      }
      return .lesson(.goto(step))
    default:
      throw .commandNotFound(name)
    }
  }

  private static func isOption(_ word: String) -> Bool {
    word.count > 1 && word.hasPrefix("-")
  }
}
