import ArgumentParser
import Foundation
import Shell
import Site

/// `kubetutor site [--out DIR]`: the lessons as a static site, every output from the simulator.
struct SiteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "site",
    abstract: "Build the static docs site: every lesson in English and Chinese.",
    discussion: """
      Every command the lessons show is run through the simulator, and its output goes on \
      the page. The build fails, writing nothing, if a command fails where the lesson does \
      not say it should, if a step's checks do not hold after its commands, or if a link is \
      broken. It writes only into a new or empty directory, or one it wrote before.
      """)

  @Option(help: "The output directory.")
  var out: String = "Site/public"

  @Option(
    help: "The theme directory (templates, strings.yaml, assets); default: Site beside Lessons.")
  var theme: String?

  @Option(
    name: .customLong("base-url"),
    help: "The address the site is published at, for sitemap.xml and the 404 page.")
  var baseURL: String?

  @Flag(help: "Print how long each step of the build took.")
  var timings = false

  func run() throws {
    var output = FileDescriptorSink()
    let started = DispatchTime.now().uptimeNanoseconds
    guard let root = ShellLauncher.lessonsRoot() else {
      // Says where the lessons should be.
      _ = ShellLauncher.loadCatalog(output: &output, reportErrors: false)
      output.flush()
      throw ExitCode.failure
    }
    let themeDirectory = theme ?? ((root as NSString).deletingLastPathComponent + "/Site")
    // The theme is read on another thread while the lessons load: neither needs the other.
    let themeRead = DispatchGroup()
    nonisolated(unsafe) var themeResult: Result<SiteTheme, SiteFailure>?
    DispatchQueue.global().async(group: themeRead) {
      themeResult = Result { () throws(SiteFailure) in try SiteTheme.load(themeDirectory) }
    }
    let catalog = ShellLauncher.loadCatalog(output: &output, reportErrors: false)
    themeRead.wait()
    do throws(SiteFailure) {
      // Set before the group is done, so never nil here.
      guard let themeResult else { fatalError("the theme was not read") }
      let loaded = try themeResult.get()
      var last = DispatchTime.now().uptimeNanoseconds
      var steps: [(String, Double)] = [("load", Double(last - started) / 1_000_000)]
      let build = try SitePipeline.build(
        SiteBuild.Input(catalog: catalog, theme: loaded, baseURL: baseURL)
      ) { step in
        let now = DispatchTime.now().uptimeNanoseconds
        steps.append((step, Double(now - last) / 1_000_000))
        last = now
      }
      let summary = try SiteWriter.write(build.files, to: out)
      steps.append(("write", Double(DispatchTime.now().uptimeNanoseconds - last) / 1_000_000))
      if timings {
        for (step, milliseconds) in steps {
          output.write(
            "  " + step.padding(toLength: 12, withPad: " ", startingAt: 0)
              + String(format: "%7.1f ms\n", milliseconds), to: .stdout)
        }
      }
      let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
      for note in build.notes { output.write("site: note: \(note)\n", to: .stderr) }
      output.write(
        "site: \(build.files.count) files in \(out) (\(summary.written) written, \(summary.unchanged) unchanged, \(summary.removed) removed); \(build.lessons.count) lessons in en and zh; \(build.externalLinks.count) external links listed in external-links.txt; \(String(format: "%.0f", milliseconds)) ms\n",
        to: .stdout)
      output.flush()
    } catch {
      output.write("site: the \(error.step) step failed:\n", to: .stderr)
      for problem in error.problems { output.write("  \(problem)\n", to: .stderr) }
      output.flush()
      throw ExitCode.failure
    }
  }
}
