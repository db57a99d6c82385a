import ArgumentParser
import Shell

/// `kubetutor`: learn Kubernetes lifecycle hooks on a simulated cluster (DESIGN.md, command-line contract).
///
/// Without a subcommand: `kubetutor shell` (the interactive shell on a terminal, `kubetutor run -`
/// otherwise).
@main
struct Kubetutor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kubetutor",
    abstract: "Learn Kubernetes container lifecycle hooks on a simulated cluster.",
    version: KubetutorInfo.version,
    subcommands: [
      RunCommand.self, ShellCommand.self, LessonsCommand.self, SiteCommand.self,
      PresentCommand.self,
    ],
    // Bare `kubetutor [--lang zh] [--speed 2]` is the shell, with the shell's options.
    defaultSubcommand: ShellCommand.self
  )
}

extension LessonSelection.Language: ExpressibleByArgument {}
