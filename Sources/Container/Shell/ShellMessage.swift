/// Every diagnostic the simulated shells print, rendered per flavour in one place.
///
/// dash prefixes messages with `$0: LINE:` (`/bin/sh: 1: killall: not found`), bash with
/// `bash: ` interactively and `$0: line N: ` for `-c`/scripts, busybox ash with `$0: `.
enum ShellMessage: Equatable, Sendable {
  case notFound(String)
  case permissionDenied(String)
  case isADirectory(String)
  case noSuchFileToExecute(String)
  case cannotCreate(String, FileSystemError.Kind)
  case cannotOpen(String, FileSystemError.Kind)
  case cdFailed(String, FileSystemError.Kind)
  case syntax(ShellSyntaxError)
  case parameterNotSet(String, String?)
  case badNumber(builtin: String, String)
  case illegalOption(builtin: String, String)
  case badSignal(builtin: String, String)
  case badTrap(String)
  case noSuchProcess(builtin: String, String)
  case badSubstitution(String)
  case arithmetic(String)
  /// A background job could not start: the run reached ``ContainerLimits/backgroundJobs``.
  case cannotFork
  case custom(String)

  /// How the shell was started, which changes bash's prefix.
  enum Mode: Equatable, Sendable {
    case commandString
    case interactive
    case script(String)
  }

  /// Renders the message with its trailing newline (and bash's echo of the bad line for
  /// syntax errors when `sourceLine` is given).
  func render(flavor: ShellFlavor, arg0: String, line: Int, mode: Mode, sourceLine: String? = nil)
    -> String
  {
    let dash = "\(arg0): \(line): "
    let bash: String
    switch mode {
    case .interactive: bash = "bash: "
    case .commandString: bash = "\(arg0): line \(line): "
    case .script(let path): bash = "\(path): line \(line): "
    }
    let ash = "\(arg0): "
    func pick(_ d: String, _ b: String, _ a: String) -> String {
      switch flavor {
      case .dash: dash + d + "\n"
      case .bash: bash + b + "\n"
      case .ash: ash + a + "\n"
      }
    }
    switch self {
    case .notFound(let name):
      return pick("\(name): not found", "\(name): command not found", "\(name): not found")
    case .permissionDenied(let name):
      return pick(
        "\(name): Permission denied", "\(name): Permission denied", "\(name): Permission denied")
    case .isADirectory(let name):
      return pick(
        "\(name): Permission denied", "\(name): Is a directory", "\(name): Permission denied")
    case .noSuchFileToExecute(let name):
      return pick("\(name): not found", "\(name): No such file or directory", "\(name): not found")
    case .cannotCreate(let path, let kind):
      let dashReason =
        kind == .noSuchFile || kind == .notADirectory
        ? "Directory nonexistent" : kind.posixDescription
      let ashReason = kind == .noSuchFile ? "nonexistent directory" : kind.posixDescription
      return pick(
        "cannot create \(path): \(dashReason)", "\(path): \(kind.posixDescription)",
        "can't create \(path): \(ashReason)")
    case .cannotOpen(let path, let kind):
      let dashReason = kind == .noSuchFile ? "No such file" : kind.posixDescription
      return pick(
        "cannot open \(path): \(dashReason)", "\(path): \(kind.posixDescription)",
        "can't open '\(path)': \(kind.posixDescription)")
    case .cdFailed(let path, let kind):
      return pick(
        "cd: can't cd to \(path)", "cd: \(path): \(kind.posixDescription)",
        "cd: can't cd to \(path): \(kind.posixDescription)")
    case .parameterNotSet(let name, let message):
      let text = message ?? "parameter not set"
      return pick(
        "\(name): \(text)", "\(name): \(message ?? "parameter null or not set")", "\(name): \(text)"
      )
    case .badNumber(let builtin, let value):
      return pick(
        "\(builtin): Illegal number: \(value)", "\(builtin): \(value): numeric argument required",
        "\(builtin): Illegal number: \(value)")
    case .illegalOption(let builtin, let option):
      return pick(
        "\(builtin): Illegal option \(option)", "\(builtin): \(option): invalid option",
        "\(builtin): illegal option \(option)")
    case .badSignal(let builtin, let value):
      return pick(
        "\(builtin): invalid signal number or name: \(value)",
        "\(builtin): \(value): invalid signal specification",
        "\(builtin): bad signal name '\(value)'")
    case .badTrap(let value):
      return pick(
        "trap: \(value): bad trap", "trap: \(value): invalid signal specification",
        "trap: \(value): bad trap")
    case .noSuchProcess(let builtin, let pid):
      return pick(
        "\(builtin): No such process", "\(builtin): (\(pid)) - No such process",
        "\(builtin): can't kill pid \(pid): No such process")
    case .badSubstitution(let text):
      return pick(
        "\(text): Bad substitution", "\(text): bad substitution", "syntax error: bad substitution")
    case .arithmetic(let text):
      return pick("arithmetic expression: \(text)", "\(text)", "arithmetic syntax error")
    case .cannotFork:
      return pick(
        "Cannot fork", "fork: Resource temporarily unavailable",
        "can't fork: Resource temporarily unavailable")
    case .custom(let text):
      return pick(text, text, text)
    case .syntax(let error):
      return renderSyntax(error, flavor: flavor, arg0: arg0, mode: mode, sourceLine: sourceLine)
    }
  }

  private func renderSyntax(
    _ error: ShellSyntaxError, flavor: ShellFlavor, arg0: String, mode: Mode, sourceLine: String?
  ) -> String {
    switch flavor {
    case .dash:
      let text: String
      switch error.kind {
      case .unexpectedEnd(let expecting):
        text = "end of file unexpected" + (expecting.map { " (expecting \"\($0)\")" } ?? "")
      case .unexpectedToken(let token, let expecting):
        let shown = token == "newline" || token == "end of file" ? token : "\"\(token)\""
        text = "\(shown) unexpected" + (expecting.map { " (expecting \"\($0)\")" } ?? "")
      case .unterminatedQuote: text = "Unterminated quoted string"
      case .badSubstitution: text = "Bad substitution"
      case .tooDeep: text = "nesting too deep"
      }
      return "\(arg0): \(error.line): Syntax error: \(text)\n"
    case .bash:
      let prefix: String
      switch mode {
      case .interactive: prefix = "bash: "
      case .commandString: prefix = "\(arg0): -c: line \(error.line): "
      case .script(let path): prefix = "\(path): line \(error.line): "
      }
      var text: String
      switch error.kind {
      case .unexpectedEnd, .unterminatedQuote: text = "syntax error: unexpected end of file"
      case .unexpectedToken(let token, _):
        text =
          token == "end of file"
          ? "syntax error: unexpected end of file"
          : "syntax error near unexpected token `\(token == "newline" ? "newline" : token)'"
      case .badSubstitution: text = "bad substitution"
      case .tooDeep: text = "expression nesting level exceeded"
      }
      text = prefix + text + "\n"
      if case .unexpectedToken = error.kind, let sourceLine, mode != .interactive {
        text += prefix + "`\(sourceLine)'\n"
      }
      return text
    case .ash:
      let text: String
      switch error.kind {
      case .unexpectedEnd(let expecting):
        text = "unexpected end of file" + (expecting.map { " (expecting \"\($0)\")" } ?? "")
      case .unexpectedToken(let token, let expecting):
        let shown = token == "newline" || token == "end of file" ? token : "\"\(token)\""
        text = "unexpected \(shown)" + (expecting.map { " (expecting \"\($0)\")" } ?? "")
      case .unterminatedQuote: text = "unterminated quoted string"
      case .badSubstitution: text = "bad substitution"
      case .tooDeep: text = "nesting too deep"
      }
      return "\(arg0): line \(error.line): syntax error: \(text)\n"
    }
  }
}
