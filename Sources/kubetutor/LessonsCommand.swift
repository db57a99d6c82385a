import ArgumentParser

/// `kubetutor lessons list|check`: not in this version yet.
struct LessonsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons",
    abstract: "List lessons or check that every lesson is solvable (arrives in a later version).",
    subcommands: [List.self, Check.self]
  )

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the lessons (arrives in a later version).")
    func run() throws { try NotYet.fail("kubetutor lessons list") }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Prove every lesson solvable in both languages (arrives in a later version).")
    func run() throws { try NotYet.fail("kubetutor lessons check") }
  }
}
