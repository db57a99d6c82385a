import ArgumentParser
import Shell

/// `kubetutor`: learn Kubernetes lifecycle hooks on a simulated cluster (DESIGN.md, command-line contract).
///
/// Without a subcommand: the interactive shell on a terminal, `kubetutor run -` otherwise.
@main
struct Kubetutor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kubetutor",
    abstract: "Learn Kubernetes container lifecycle hooks on a simulated cluster.",
    version: KubetutorInfo.version,
    subcommands: [RunCommand.self, ShellCommand.self, LessonsCommand.self, SiteCommand.self]
  )

  func run() throws {
    let status =
      ShellLauncher.isInteractiveTerminal
      ? ShellLauncher.interactive()
      : ShellLauncher.runScript(.standardInput)
    if status != 0 { throw ExitCode(status) }
  }
}

extension LessonSelection.Language: ExpressibleByArgument {}
