import ArgumentParser
import Shell

/// `kubetutor shell`: the interactive shell with explicit options.
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Start the interactive shell (on a non-terminal stdin: same as `kubetutor run -`)."
  )

  @Option(help: "The lesson to start (`kubetutor lessons list` lists them).")
  var lesson: String?

  @Option(help: "The step of the lesson to jump to (1-based).")
  var step: Int?

  @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: LessonSelection.Language?

  @Flag(help: "A free shell with no lesson.")
  var sandbox = false

  @Option(help: "How fast the cluster clock runs compared with the wall clock.")
  var speed: Double = 1

  @Option(
    help: ArgumentHelp(
      "Record the session as an asciicast v2 file (played by `asciinema play`).",
      valueName: "file.cast"))
  var record: String?

  func validate() throws {
    guard speed > 0, speed <= 1000 else {
      throw ValidationError("--speed must be greater than 0 and at most 1000.")
    }
    if let step, step < 1 { throw ValidationError("--step must be 1 or more.") }
  }

  func run() throws {
    let selection = LessonSelection(lessonID: lesson, step: step, language: lang, sandbox: sandbox)
    let status = ShellLauncher.interactive(lesson: selection, speed: speed, record: record)
    if status != 0 { throw ExitCode(status) }
  }
}
