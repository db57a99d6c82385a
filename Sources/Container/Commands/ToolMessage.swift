/// Diagnostics of the file utilities, in GNU coreutils' or busybox's wording (one place).
enum ToolMessage: Equatable {
  /// Reading an input file failed (`cat`, `head`, `tail`, `wc`, `grep`).
  case cannotOpen(String, FileSystemError.Kind)
  /// `ls`/`chmod` on a missing path.
  case cannotAccess(String, FileSystemError.Kind)
  case cannotCreateDirectory(String, FileSystemError.Kind)
  case cannotRemove(String, FileSystemError.Kind)
  case cannotRemoveDirectory(String, FileSystemError.Kind)
  case cannotTouch(String, FileSystemError.Kind)
  /// `cp`/`mv` source missing.
  case cannotStat(String, FileSystemError.Kind)
  case missingOperand
  case invalidOption(String)
  /// Text printed after `tool: `.
  case custom(String)

  /// The full line(s), newline-terminated, for `tool` in `style`.
  func render(tool: String, style: ToolStyle) -> String {
    let gnu = style == .gnu
    let text: String
    switch self {
    case .cannotOpen(let path, let kind):
      if kind == .isADirectory && !gnu {
        text = "read error: Is a directory"
      } else if gnu {
        text =
          tool == "head" || tool == "tail"
          ? "cannot open '\(path)' for reading: \(kind.posixDescription)"
          : "\(path): \(kind.posixDescription)"
      } else {
        text = "can't open '\(path)': \(kind.posixDescription)"
      }
    case .cannotAccess(let path, let kind):
      text =
        gnu
        ? "cannot access '\(path)': \(kind.posixDescription)" : "\(path): \(kind.posixDescription)"
    case .cannotCreateDirectory(let path, let kind):
      text =
        (gnu ? "cannot create directory '\(path)': " : "can't create directory '\(path)': ")
        + kind.posixDescription
    case .cannotRemove(let path, let kind):
      if !gnu && kind == .isADirectory {
        text = "'\(path)' is a directory"
      } else {
        text =
          (gnu ? "cannot remove '\(path)': " : "can't remove '\(path)': ") + kind.posixDescription
      }
    case .cannotRemoveDirectory(let path, let kind):
      text =
        gnu
        ? "failed to remove '\(path)': \(kind.posixDescription)"
        : "'\(path)': \(kind.posixDescription)"
    case .cannotTouch(let path, let kind):
      text =
        gnu
        ? "cannot touch '\(path)': \(kind.posixDescription)" : "\(path): \(kind.posixDescription)"
    case .cannotStat(let path, let kind):
      text = (gnu ? "cannot stat '\(path)': " : "can't stat '\(path)': ") + kind.posixDescription
    case .missingOperand:
      return gnu
        ? "\(tool): missing operand\nTry '\(tool) --help' for more information.\n"
        : "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: \(tool) [OPTIONS] ARG...\n"
    case .invalidOption(let option):
      return gnu
        ? "\(tool): invalid option -- '\(option)'\nTry '\(tool) --help' for more information.\n"
        : "\(tool): unrecognized option '\(option)'\nBusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n"
    case .custom(let message):
      text = message
    }
    return "\(tool): \(text)\n"
  }
}

extension Machine {
  /// Prints a tool diagnostic for the invocation's program.
  mutating func report(_ inv: Invocation, _ message: ToolMessage) {
    err(inv, message.render(tool: inv.name, style: inv.style))
  }
}
