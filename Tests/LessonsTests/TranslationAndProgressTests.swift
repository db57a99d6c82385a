import Container
import Testing

@testable import Lessons

@Suite struct TranslationStatusTests {
  static func prose(_ text: String, _ language: Language) throws -> LessonProse {
    try ProseParser.parse(text, path: "\(language.rawValue).md", language: language)
  }

  static let english = """
    ---
    title: T
    summary: S
    ---
    Intro.

    ## One {#one}

    Do it.

    ### Hint {.hint}

    Like this.

    ## End {#finish}

    Done.
    """

  static func lesson(zh: String?) throws -> Lesson {
    let en = try prose(english, .en)
    var texts: [Language: LessonProse] = [.en: en]
    if let zh { texts[.zh] = try prose(zh, .zh) }
    return Lesson(
      id: "t", order: 1, directory: "01-t",
      steps: [LessonStep(id: "one", checks: [.exec(pod: "x")], solution: ["x"])], prose: texts)
  }

  static func translation(intro: String, one: String, hints: Int = 1, finish: Bool = true) -> String
  {
    """
    ---
    title: 标题
    summary: 摘要
    ---
    <!-- source: \(intro) -->
    引言。

    ## 第一步 {#one}
    <!-- source: \(one) -->

    照做。
    \(String(repeating: "\n### 提示 {.hint}\n\n这样做。\n", count: hints))
    \(finish ? "## 结束 {#finish}\n<!-- source: \(try! prose(english, .en).finish!.hash) -->\n\n完成。" : "")
    """
  }

  @Test func aCurrentTranslationHasNoProblems() throws {
    let en = try Self.prose(Self.english, .en)
    let lesson = try Self.lesson(
      zh: Self.translation(intro: en.intro.hash, one: en.steps[0].hash))
    #expect(TranslationStatus(of: lesson, in: .zh).problems == [])
  }

  @Test func staleMissingAndShortSectionsAreNamed() throws {
    let en = try Self.prose(Self.english, .en)
    let lesson = try Self.lesson(
      zh: Self.translation(
        intro: "0000000000000000", one: en.steps[0].hash, hints: 0, finish: false))
    let status = TranslationStatus(of: lesson, in: .zh)
    #expect(
      status.problems == [
        .stale(section: "intro", line: 1, source: "0000000000000000", english: en.intro.hash),
        .missingHints(section: "one", english: 1, translated: 0),
        .missing(section: "finish"),
      ])
    #expect(status.isStale("intro"))
    #expect(status.isStale("finish"))
    #expect(
      status.messages(path: "01-t/zh.md")[0]
        == "01-t/zh.md:1: section `intro` was translated from an older English text (source 0000000000000000, the English is now \(en.intro.hash)); update it and its source line"
    )
    #expect(TranslationStatus(of: try Self.lesson(zh: nil), in: .zh).problems == [.missingFile])
  }
}

@Suite struct LearnerProgressTests {
  @Test func roundTrips() throws {
    var record = LessonProgress(
      step: "two", done: ["one"], started: Instant(seconds: 1_757_926_800))
    record.markDone("two", at: Instant(seconds: 1_757_926_860))
    let progress = LearnerProgress(current: "demo", lessons: ["demo": record])
    let text = progress.encoded()
    #expect(text.contains("\"updated\": \"2025-09-15T09:01:00Z\""))
    #expect(try LearnerProgress.decode(text) == progress)
  }

  @Test(arguments: [
    ("", ProgressError.damaged("the file is empty")),
    ("{\"version\": 9, \"lessons\": {}}", .newer(9)),
  ])
  func damagedOrNewerFilesAreRefused(text: String, error: ProgressError) {
    #expect(throws: error) { try LearnerProgress.decode(text) }
  }

  @Test(arguments: [
    "{", "[1, 2]", "{\"lessons\": 3}", "\u{0}\u{1}garbage: [",
    "{\"lessons\": {\"x\": {\"done\": \"no\"}}}",
  ])
  func garbageIsDamaged(text: String) {
    #expect(throws: ProgressError.self) { try LearnerProgress.decode(text) }
  }

  /// Ids name workspace directories, so a path in their place is dropped, never trusted.
  @Test func progressDropsIdsThatAreNotLessonIDs() throws {
    let text = """
      {"version": 1, "current": "../..", "lessons": {
        "../x": {"step": "a", "done": [], "started": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"},
        "lifecycle-demo": {"step": "a", "done": [], "started": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}}}
      """
    let progress = try LearnerProgress.decode(text)
    #expect(progress.current == nil)
    #expect(Array(progress.lessons.keys) == ["lifecycle-demo"])
  }
}
