import ArgumentParser
import Shell

/// `kubetutor lessons list|check`: not in this version yet.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List lessons or check that every lesson is solvable (arrives in a later version).",
        subcommands: [List.self, Check.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the lessons (arrives in a later version).")
        func run() throws { try NotYet.fail("kubetutor lessons list") }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove every lesson solvable in both languages (arrives in a later version).")
        func run() throws { try NotYet.fail("kubetutor lessons check") }
    }
}

/// `kubetutor site [--out DIR]`: not in this version yet.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site", abstract: "Build the static site (arrives in a later version).")

    @Option(help: "The output directory.")
    var out: String = "Site/public"

    func run() throws { try NotYet.fail("kubetutor site") }
}

/// Commands that exist in the contract but not yet in this version: one clear line, exit 1.
enum NotYet {
    static func fail(_ command: String) throws -> Never {
        var errors = FileDescriptorSink(stdout: 2, stderr: 2)
        errors.write("\(command): not available yet; it arrives in a later version of kubetutor.\n", to: .stderr)
        errors.flush()
        throw ExitCode.failure
    }
}
