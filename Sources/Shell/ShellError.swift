import Lessons

/// Everything the outer shell itself can report: parse errors and failed builtins.
///
/// Each case carries the data the message needs; ``message`` is the one place that renders it,
/// in the words bash and GNU coreutils use so a learner sees what a real terminal would show.
public enum ShellError: Error, Equatable, Sendable {
  /// A quote was opened and never closed (`echo "abc`); the character is `"` or `'`.
  case unterminatedQuote(Character)
  /// Pipes, lists and subshells: this shell runs one simple command per line.
  case unsupportedOperator(String)
  /// A redirection with no file after it (`cat >`, `cat > >x`): the token found instead.
  case missingRedirectionTarget(String)
  /// A file the shell would write lies outside its workspace.
  case outsideWorkspace(path: String, workspace: String)
  /// The first word names no builtin (`bash: foo: command not found`).
  case commandNotFound(String)
  /// `sleep` (or `ff`) without an interval.
  case missingOperand(command: String)
  /// `sleep abc`: GNU sleep's wording.
  case invalidInterval(command: String, argument: String)
  /// An interval longer than the simulator lets one command skip.
  case intervalTooLong(command: String, argument: String)
  /// `cat`/`ls` of a path that does not exist.
  case noSuchFile(command: String, path: String)
  /// `cat DIR`.
  case isADirectory(command: String, path: String)
  /// `cd FILE`.
  case notADirectory(command: String, path: String)
  /// `cd a b`.
  case tooManyArguments(command: String)
  /// `exit abc`.
  case numericArgumentRequired(command: String, argument: String)
  /// An option of a builtin the simulator does not implement (`ls -l`).
  case unsupportedOption(command: String, option: String)
  /// A kubetutor builtin called with the wrong number of arguments.
  case usage(command: String, synopsis: String)
  /// `timeline NAME` for a pod never created in this session.
  case noSuchPod(String)
  /// `help TOPIC` for a topic there is no help on.
  case noHelpTopic(String)
  /// A file the shell had to write could not be written.
  case cannotWrite(path: String, reason: String)

  /// The text printed to stderr in the learner's language: bash's and coreutils' words stay
  /// English, as those tools print them; kubetutor's own notes are translated.
  public func message(_ strings: UIStrings) -> String {
    switch self {
    case .unsupportedOperator(let op):
      strings.text(.shellUnsupportedOperator, ["operator": op])
    case .outsideWorkspace(let path, let workspace):
      strings.text(.shellOutsideWorkspace, ["path": path, "workspace": workspace])
    case .intervalTooLong(let command, let argument):
      strings.text(
        .shellIntervalTooLong,
        ["command": command, "argument": argument, "maximum": SleepInterval.maximumText])
    case .unsupportedOption(let command, let option):
      strings.text(.shellUnsupportedOption, ["command": command, "option": option])
    case .noSuchPod(let name):
      strings.text(.shellNoSuchPod, ["pod": name])
    case .usage(let command, let synopsis):
      strings.text(.usage, ["command": command, "synopsis": synopsis])
    // `ff` is kubetutor's own: its errors speak the learner's language (sleep's stay GNU's).
    case .invalidInterval(let command, let argument) where command != "sleep":
      strings.text(.ffInvalid, ["command": command, "argument": argument])
    case .missingOperand(let command) where command != "sleep":
      strings.text(.ffMissing, ["command": command])
    // The words of bash and coreutils stay theirs.
    case .unterminatedQuote(let quote):
      "bash: unexpected EOF while looking for matching `\(quote)'\n"
    case .missingRedirectionTarget(let token):
      "bash: syntax error near unexpected token `\(token)'\n"
    case .commandNotFound(let name):
      "bash: \(name): command not found\n"
    case .missingOperand(let command):
      "\(command): missing operand\nTry '\(command) --help' for more information.\n"
    case .invalidInterval(let command, let argument):
      "\(command): invalid time interval ‘\(argument)’\nTry '\(command) --help' for more information.\n"
    case .noSuchFile(let command, let path):
      switch command {
      case "ls": "ls: cannot access '\(path)': No such file or directory\n"
      case "cd": "bash: cd: \(path): No such file or directory\n"
      default: "\(command): \(path): No such file or directory\n"
      }
    case .isADirectory(let command, let path):
      "\(command): \(path): Is a directory\n"
    case .notADirectory(let command, let path):
      "bash: \(command): \(path): Not a directory\n"
    case .tooManyArguments(let command):
      "bash: \(command): too many arguments\n"
    case .numericArgumentRequired(let command, let argument):
      "bash: \(command): \(argument): numeric argument required\n"
    case .cannotWrite(let path, let reason):
      "kubetutor: \(path): \(reason)\n"
    case .noHelpTopic(let topic):
      "bash: help: no help topics match `\(topic)'.  Try `help' or `help kubectl'.\n"
    }
  }

  /// The text printed to stderr, ending in a newline, in English.
  public var message: String { message(UIStrings(.en)) }

  /// The exit status bash or coreutils would give.
  public var exitStatus: Int32 {
    switch self {
    case .unterminatedQuote, .unsupportedOperator, .numericArgumentRequired,
      .missingRedirectionTarget:
      return 2
    case .outsideWorkspace: return 1
    case .commandNotFound: return 127
    case .noSuchFile(let command, _): return command == "ls" ? 2 : 1
    case .unsupportedOption(let command, _): return command == "ls" ? 2 : 1
    case .missingOperand, .noSuchPod, .usage, .noHelpTopic, .cannotWrite, .invalidInterval,
      .intervalTooLong,
      .isADirectory,
      .notADirectory,
      .tooManyArguments:
      return 1
    }
  }
}
