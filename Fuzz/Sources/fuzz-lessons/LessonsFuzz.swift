import FuzzSupport
import Kubectl
import Lessons
import Shell

/// A lesson directory as an author (or a stranger) writes it: `lesson.yaml` (steps, checks,
/// solutions), the prose in `en.md` and `zh.md`, and the manifests it hands out.
///
/// The input holds the directory's files, each after a line `==> NAME <==`; text before the
/// first header is `lesson.yaml`. Each file also goes through its parser alone. A lesson that
/// loads is then checked as `kubetutor lessons check` checks it (its solutions replayed on a
/// fresh cluster) and opened in the shell.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLessons(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  let files = FuzzInput.files(text, defaultName: "lesson.yaml")
  let directory = "01-fuzz"
  var disk: [String: String] = [:]
  for file in files {
    disk["/lessons/\(directory)/\(file.name)"] = file.text
    if file.name.hasSuffix(".yaml") {
      _ = try? LessonParser(path: file.name).parse(file.text)
    }
    if file.name.hasSuffix(".md") {
      for language in Language.allCases {
        _ = try? ProseParser.parse(file.text, path: file.name, language: language)
      }
    }
  }
  let catalog = LessonCatalog.load(from: InMemoryFiles(disk), root: "/lessons")
  _ = catalog.errors.map(\.description)
  guard let lesson = catalog.lessons.first else { return 0 }
  for language in Language.allCases {
    _ = TranslationStatus(of: lesson, in: language).messages(path: directory)
  }
  _ = LessonVerifier.verify(lesson)
  var configuration = ShellSession.Configuration(files: InMemoryFiles())
  configuration.catalog = catalog
  var session = ShellSession(configuration: configuration)
  var output = TranscriptBuffer()
  for line in ["lessons", "lesson \(lesson.id)", "hint", "hint", "step", "next", "prev", "check"] {
    session.run(line: line, output: &output)
  }
  return 0
}

/// The executable's entry point (see Package.swift): libFuzzer's driver.
@_cdecl("fuzz_lessons_main")
public func fuzzLessonsMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  FuzzDriver.run(argc, argv, fuzzLessons)
}
