import ArgumentParser

/// `kubetutor site [--out DIR]`: not in this version yet.
struct SiteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "site", abstract: "Build the static site (arrives in a later version).")

  @Option(help: "The output directory.")
  var out: String = "Site/public"

  func run() throws { try NotYet.fail("kubetutor site") }
}
