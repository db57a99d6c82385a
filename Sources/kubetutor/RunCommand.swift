import ArgumentParser
import Shell

/// `kubetutor run [FILE|-]`: runs shell lines on a fresh simulated cluster and prints the transcript.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract:
      "Run shell lines from FILE (or stdin) on a fresh simulated cluster and print the transcript.",
    discussion:
      "Deterministic: fixed epoch and seed, each line advances the clock by 1 s, `sleep N` by N s."
  )

  @Argument(help: "The script to run; `-` or nothing reads stdin.")
  var file: String?

  @Option(help: "The lesson to run the lines in (lessons arrive in a later version).")
  var lesson: String?

  @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: LessonSelection.Language?

  func run() throws {
    let status = ShellLauncher.runScript(
      ShellLauncher.ScriptSource(argument: file),
      lesson: LessonSelection(lessonID: lesson, language: lang))
    if status != 0 { throw ExitCode(status) }
  }
}
