import ArgumentParser
import Lessons
import Shell
import Site

/// `kubetutor lessons list|check`.
struct LessonsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons",
    abstract: "List the lessons, or prove every lesson solvable in both languages.",
    subcommands: [List.self, Check.self]
  )

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the lessons.")

    @Option(help: "The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: LessonSelection.Language?

    func run() throws {
      var output = FileDescriptorSink()
      let catalog = ShellLauncher.loadCatalog(output: &output)
      let language = lang ?? ShellLauncher.preferredLanguage
      let width = catalog.lessons.map(\.id.count).max() ?? 0
      for lesson in catalog.lessons {
        let prose = lesson.text(in: language)
        let id = lesson.id + String(repeating: " ", count: width - lesson.id.count)
        output.write(
          "\(lesson.order). \(id)  \(prose?.title ?? "")  (\(lesson.steps.count))\n", to: .stdout)
        if let summary = prose?.summary {
          output.write("   " + String(repeating: " ", count: width) + "  \(summary)\n", to: .stdout)
        }
      }
      output.flush()
      if !catalog.errors.isEmpty || catalog.lessons.isEmpty { throw ExitCode.failure }
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Prove every lesson solvable and its translations in step with the English.",
      discussion: """
        For each lesson: its manifests apply; from a fresh cluster, each step's checks fail \
        before and pass after its reference solution; every language has every section and \
        hint, translated from the current English; every command in the text is one the \
        simulator accepts; run in order, as the site runs them, the text's commands succeed \
        and leave each step done. Exit status 1 when anything is wrong.
        """)

    func run() throws {
      var output = FileDescriptorSink()
      let catalog = ShellLauncher.loadCatalog(output: &output, reportErrors: false)
      var failed = catalog.lessons.isEmpty && catalog.errors.isEmpty
      for var report in LessonVerifier.verify(catalog) {
        // The site runs the commands the text shows; they must tell a true story too (once
        // the lesson is otherwise sound: a command kubectl rejects is reported once, above).
        if report.problems.isEmpty, let lesson = catalog.lesson(report.lesson),
          case .failure(let failure) = TranscriptRunner.run(lesson)
        {
          report.problems += failure.problems.map(\.description)
        }
        if report.problems.isEmpty {
          output.write("ok    \(report.lesson) (\(report.stepsProven) steps)\n", to: .stdout)
        } else {
          failed = true
          output.write("FAIL  \(report.lesson)\n", to: .stdout)
          for problem in report.problems { output.write("  \(problem)\n", to: .stdout) }
        }
      }
      output.flush()
      if failed { throw ExitCode.failure }
    }
  }
}
