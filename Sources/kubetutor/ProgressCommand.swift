import ArgumentParser
import Shell

/// `kubetutor progress export|report`: a learner's progress for an instructor, and an
/// instructor's view of a whole room.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Export your progress, or report on the exports of a workshop.",
    subcommands: [Export.self, Report.self]
  )

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write your progress as a small JSON file to hand to an instructor.",
      discussion: """
        The export holds the name you give (nothing else personal), the time, and for each \
        lesson you started: the step you are on, the steps done, and when.
        """)

    @Option(
      help: ArgumentHelp("The name the instructor sees (at most 64 characters).", valueName: "name")
    )
    var name: String?

    @Option(help: ArgumentHelp("Write the export to FILE instead of stdout.", valueName: "file"))
    var out: String?

    @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: LessonSelection.Language?

    func run() throws {
      let status = ShellLauncher.exportProgress(name: name, out: out, language: lang)
      if status != 0 { throw ExitCode(status) }
    }
  }

  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge progress exports into one table: who is where, and who is stuck.",
      discussion: """
        Reads export files, and the *.json files of directories (not recursively). A raw \
        progress.json is read too. Copies are counted once, and of several exports with the \
        same name only the newest. Files that cannot be read are named on stderr, and the \
        report goes on. Exit status: 0 when at least one file was read, 1 when none was, 2 \
        for a usage error.
        """)

    @Argument(help: ArgumentHelp("Export files, or directories of them.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Write one self-contained HTML page instead of the terminal table.")
    var html = false

    @Option(help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "file"))
    var out: String?

    @Option(
      name: .customLong("stuck-after"),
      help: ArgumentHelp(
        "A learner is stuck after this many minutes without progress before their export.",
        valueName: "minutes"))
    var stuckAfter: Int = 10

    @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: LessonSelection.Language?

    func run() throws {
      let status = ShellLauncher.reportProgress(
        paths: paths, html: html, out: out, stuckAfter: stuckAfter, language: lang)
      if status != 0 { throw ExitCode(status) }
    }
  }
}
