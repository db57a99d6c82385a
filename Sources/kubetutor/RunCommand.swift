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

  @Option(help: "The lesson to run the lines in: its files, its steps' checks and messages.")
  var lesson: String?

  @Option(help: "With --lesson: start at this step (1-based), the earlier ones solved.")
  var step: Int?

  @Flag(help: "With --lesson: exit with status 3 unless the lines complete the lesson.")
  var expectComplete = false

  @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: LessonSelection.Language?

  @Option(
    help: ArgumentHelp(
      "Record the transcript as an asciicast v2 file (played by `asciinema play`), on the simulated clock.",
      valueName: "file.cast"))
  var record: String?

  func validate() throws {
    if step != nil || expectComplete, lesson == nil {
      throw ValidationError("--step and --expect-complete need --lesson.")
    }
    if let step, step < 1 { throw ValidationError("--step must be 1 or more.") }
  }

  func run() throws {
    let status = ShellLauncher.runScript(
      ShellLauncher.ScriptSource(argument: file),
      lesson: LessonSelection(lessonID: lesson, step: step, language: lang),
      expectComplete: expectComplete, record: record)
    if status != 0 { throw ExitCode(status) }
  }
}
