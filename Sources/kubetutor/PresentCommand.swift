import ArgumentParser
import Shell

/// `kubetutor present LESSON`: the instructor's view of a lesson (issue 7).
struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Present a lesson: its steps on screen, its solution typed and run on key presses.",
    discussion: """
      Each key press types the next command of the lesson's reference solution at a human \
      pace and runs it on a simulated cluster that `kubetutor lessons check` has verified, so \
      the demo cannot fail. Space or Page Down goes on, Page Up or b goes back, a digit jumps \
      to a step, t shows the speaker notes, ? lists every key, q quits.
      """
  )

  @Argument(help: "The lesson to present (`kubetutor lessons list` lists them).")
  var lesson: String

  @Option(help: "The step to start at (1-based; default: the lesson's introduction).")
  var step: Int?

  @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: LessonSelection.Language?

  @Option(
    help: ArgumentHelp(
      "Record the presentation as an asciicast v2 file, with a marker at each step.",
      valueName: "file.cast"))
  var record: String?

  @Option(help: "Milliseconds between two typed characters, on average (0 types at once).")
  var pace: Int = 50

  func validate() throws {
    if let step, step < 1 { throw ValidationError("--step must be 1 or more.") }
    guard (0...2000).contains(pace) else {
      throw ValidationError("--pace must be between 0 and 2000 milliseconds.")
    }
  }

  func run() throws {
    let status = ShellLauncher.present(
      lesson: lesson, language: lang, step: step, record: record, pace: .milliseconds(pace))
    if status != 0 { throw ExitCode(status) }
  }
}
