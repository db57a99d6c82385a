import ArgumentParser
import Shell

/// `kubetutor reset [LESSON] [--all] [--yes]`: start a lesson, or everything, afresh (between
/// workshop cohorts).
struct ResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset",
    abstract: "Start a lesson afresh, or with --all, everything kubetutor keeps for you.",
    discussion: """
      One lesson (LESSON, else the one in progress): its progress and its workspace. With \
      --all: the progress file and its backups, the shell's history and every workspace. It \
      lists what it removes and asks first; --yes does not ask. Nothing else is touched, and \
      a symbolic link is removed, never followed.
      """)

  @Argument(help: "The lesson to reset (default: the one in progress).")
  var lesson: String?

  @Flag(help: "Reset everything: progress, history and workspaces.")
  var all = false

  @Flag(help: "Do not ask (for scripts).")
  var yes = false

  @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: LessonSelection.Language?

  func run() throws {
    let status = ShellLauncher.reset(lesson: lesson, all: all, yes: yes, language: lang)
    if status != 0 { throw ExitCode(status) }
  }
}
