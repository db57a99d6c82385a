import Foundation
import Kubectl
import Lessons
import Shell

@testable import Site

/// The repository's own lessons and theme, and small lessons written for a test.
enum SiteFixtures {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static let catalog = LessonCatalog.load(from: DiskFiles(), root: repository + "/Lessons")

  static func theme() throws(SiteFailure) -> SiteTheme {
    try SiteTheme.load(repository + "/Site")
  }

  /// The whole site of the repository's lessons, built in memory.
  static func build(_ catalog: LessonCatalog = catalog) throws -> SiteBuild {
    try SitePipeline.build(SiteBuild.Input(catalog: catalog, theme: theme()))
  }

  /// A one-lesson catalog from `yaml` and prose files, with the lifecycle-demo manifest.
  static func lesson(yaml: String, en: String, zh: String? = nil) throws -> Lesson {
    var files = [
      "/l/01-test/lesson.yaml": yaml, "/l/01-test/en.md": en,
      "/l/01-test/pod.yaml": try String(
        contentsOfFile: repository + "/Lessons/01-lifecycle-demo/lifecycle-events.yaml",
        encoding: .utf8),
    ]
    if let zh { files["/l/01-test/zh.md"] = zh }
    let catalog = LessonCatalog.load(from: InMemoryFiles(files), root: "/l")
    guard let lesson = catalog.lessons.first else {
      throw FixtureError(description: catalog.errors.map(\.description).joined(separator: "\n"))
    }
    return lesson
  }

  struct FixtureError: Error, CustomStringConvertible { var description: String }
}
