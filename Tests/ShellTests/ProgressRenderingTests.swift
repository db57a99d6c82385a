import Cluster
import Container
import Foundation
import Lessons
import TestSupport
import Testing

@testable import Shell

/// A workshop of five lessons (as long as the real ones' ids) and a room of learners.
enum Workshop {
  static let lessons = [
    lesson("lifecycle-demo", 1, ["create", "running", "read-message", "delete"]),
    lesson("http-handlers", 2, ["create", "who-asked", "refused", "https", "clean-up"]),
    lesson(
      "debugging-hooks", 3, ["create", "events", "back-off", "delete", "recreate", "verify"]),
    lesson(
      "prestop-grace-period", 4,
      ["create", "slow-delete", "budget", "cut-off", "sleep-action", "sleep-delete"]),
    lesson(
      "gotchas-and-alternatives", 5,
      ["run-twice", "failed-hook", "completed", "init-container", "readiness"]),
  ]

  static func lesson(_ id: String, _ order: Int, _ steps: [String]) -> Lesson {
    Lesson(
      id: id, order: order, directory: "0\(order)-\(id)",
      steps: steps.map { LessonStep(id: $0, checks: [.exec(pod: "p")], solution: ["true"]) },
      prose: [:])
  }

  /// 2025-09-15T09:00:00Z plus `minutes`.
  static func at(_ minutes: Int) -> Instant {
    Instant(seconds: 1_757_926_800 + Int64(minutes) * 60)
  }

  /// Progress: for each lesson id, the step reached (nil: finished) and the minute of the last
  /// progress; the last lesson listed is the current one.
  static func progress(_ lessons: [(String, String?, Int)]) -> LearnerProgress {
    var progress = LearnerProgress()
    for (id, step, minute) in lessons {
      let lesson = Workshop.lessons.first { $0.id == id }
      let steps = lesson?.steps.map(\.id) ?? []
      let index = step.flatMap { steps.firstIndex(of: $0) } ?? steps.count
      var record = LessonProgress(
        step: step ?? steps.last ?? "x", done: Array(steps.prefix(index)), started: at(0))
      record.updated = RFC3339.format(at(minute))
      if step == nil { record.completed = record.updated }
      progress.lessons[id] = record
      progress.current = id
    }
    return progress
  }

  static func export(_ name: String?, _ lessons: [(String, String?, Int)], at minute: Int = 40)
    -> [UInt8]
  {
    Array(
      ProgressExport(
        progress: progress(lessons), catalog: Workshop.lessons, tool: "0.1.0",
        exported: at(minute), name: name
      ).encoded().utf8)
  }

  /// The room: finished, stuck, busy, unnamed, long and wide names, a changed lesson, copies,
  /// an older export, damaged files.
  static var sources: [ProgressSource] {
    let ada = export("Ada Lovelace", [("lifecycle-demo", nil, 12), ("http-handlers", "https", 38)])
    var oldLesson = lessons[2]
    oldLesson.steps[4].id = "re-create"
    let changed = Array(
      ProgressExport(
        progress: progress([("debugging-hooks", "create", 30)]).withStep("re-create"),
        catalog: [oldLesson], tool: "0.0.9", exported: at(40), name: "Old Timer"
      ).encoded().utf8)
    return [
      ProgressSource(path: "room/ada.json", bytes: ada),
      ProgressSource(path: "room/ada-again.json", bytes: ada),
      ProgressSource(
        path: "room/bo-early.json", bytes: export("Bo", [("lifecycle-demo", "create", 1)], at: 5)),
      ProgressSource(
        path: "room/bo.json",
        bytes: export("Bo", [("lifecycle-demo", nil, 20), ("http-handlers", "refused", 22)])),
      ProgressSource(
        path: "room/li.json",
        bytes: export("李小龙", [("lifecycle-demo", nil, 10), ("http-handlers", "refused", 15)])),
      ProgressSource(
        path: "room/long.json",
        bytes: export(
          "Margaret Heafield Hamilton of the Apollo guidance software team",
          [("lifecycle-demo", "read-message", 35)])),
      ProgressSource(
        path: "room/evil.json",
        bytes: export("<script>alert(1)</script>", [("lifecycle-demo", "running", 2)])),
      ProgressSource(
        path: "room/pc07.json",
        bytes: Array(progress([("lifecycle-demo", "running", 3)]).encoded().utf8),
        modified: at(40)),
      ProgressSource(path: "room/old.json", bytes: changed),
      ProgressSource(path: "room/empty.json", bytes: []),
      ProgressSource(path: "room/notes.json", bytes: Array("remember the milk".utf8)),
      ProgressSource(path: "room/sub.json", contents: .problem(.isDirectory)),
    ]
  }

  static var report: ProgressReport {
    ProgressReport(sources: sources, lessons: lessons, stuckAfter: .seconds(600))
  }
}

extension LearnerProgress {
  /// The same progress with every lesson on step `id`.
  fileprivate func withStep(_ id: String) -> LearnerProgress {
    var copy = self
    for key in copy.lessons.keys { copy.lessons[key]?.step = id }
    return copy
  }
}

@Suite("Progress report rendering")
struct ProgressRenderingTests {
  @Test(arguments: [Language.en, .zh])
  func theTerminalReport(language: Lessons.Language) {
    let text = ProgressTable(Workshop.report, strings: UIStrings(language)).render()
    let outcome = Golden.check(text, named: "progress-report-\(language.rawValue).txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  /// With five lessons and names of any width, no line is wider than 100 columns.
  @Test(arguments: [Language.en, .zh])
  func fitsOneHundredColumns(language: Lessons.Language) {
    let text = ProgressTable(Workshop.report, strings: UIStrings(language)).render()
    for line in text.split(separator: "\n") {
      #expect(ColumnLayout.displayWidth(String(line)) <= 100, "\(line)|")
    }
    #expect(text.contains("Margaret Heafield Hamilton…"))
  }

  /// Names are cut by terminal columns: a wide character counts two, and `…` one.
  @Test(arguments: [
    ("Ada", 10, "Ada"),
    ("Margaret Hamilton", 10, "Margaret…"),
    ("欧阳娜娜欧阳娜娜", 10, "欧阳娜娜…"),
    ("欧阳 娜娜欧阳", 8, "欧阳 娜…"),
  ])
  func namesAreCutToTheirColumns(name: String, width: Int, shown: String) {
    let cut = ProgressTable.truncate(name, to: width)
    #expect(cut == shown)
    #expect(ColumnLayout.displayWidth(cut) <= width)
  }

  @Test func theHTMLPage() {
    let html = ProgressPage(Workshop.report, strings: UIStrings(.en)).render()
    let outcome = Golden.check(html, named: "progress-report-en.html")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  /// Self-contained and safe: no script, nothing fetched, every learner string escaped.
  @Test(arguments: [Language.en, .zh])
  func theHTMLPageIsSelfContained(language: Lessons.Language) {
    let html = ProgressPage(Workshop.report, strings: UIStrings(language)).render()
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    for external in ["http:", "https:", "src=", "<link", "url(", "@import"] {
      #expect(!html.contains(external), "\(external)")
    }
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">"))
  }

  @Test func diagnosticsNameEachFileOnOneLine() {
    let text = ProgressWording(UIStrings(.en)).diagnostics(Workshop.report)
    #expect(
      text == """
        kubetutor: progress report: room/empty.json: empty
        kubetutor: progress report: room/notes.json: not JSON: invalid character 'r' looking for beginning of value
        kubetutor: progress report: room/sub.json: is a directory
        kubetutor: progress report: room/ada-again.json: note: the same bytes as room/ada.json: counted once
        kubetutor: progress report: room/bo-early.json: note: an older export of the same learner than room/bo.json: left out
        kubetutor: progress report: room/pc07.json: note: a progress.json, not an export: named after the file, its modification time taken as the export time
        kubetutor: progress report: room/old.json: note: exported against another version of lesson debugging-hooks: its steps may differ
        kubetutor: progress report: room/old.json: note: lesson debugging-hooks has no step re-create now

        """)
  }

  /// A note about many files is one line; paths are made printable.
  @Test func manyFilesWithTheSameNoteAreOneLine() {
    let raw = Array(Workshop.progress([("lifecycle-demo", "running", 3)]).encoded().utf8)
    let sources =
      (0..<40).map { index in
        ProgressSource(
          path: "pcs/pc\(index).json",
          bytes: raw + Array(" ".utf8) + Array(repeating: 0x20, count: index))
      } + [ProgressSource(path: "bad\u{1B}[2J.json", contents: .problem(.missing))]
    let report = ProgressReport(
      sources: sources, lessons: Workshop.lessons, stuckAfter: .seconds(600))
    #expect(
      ProgressWording(UIStrings(.en)).diagnostics(report) == """
        kubetutor: progress report: bad?[2J.json: no such file or directory
        kubetutor: progress report: pcs/pc0.json and 39 other files: note: a progress.json, not an export: named after the file, its modification time taken as the export time

        """)
  }

  @Test(
    arguments: [
      ("y", true), ("YES", true), (" y ", true), ("是", true), ("n", false), ("", false),
      ("yess", false),
    ] as [(String, Bool)])
  func onlyYesResets(answer: String, reset: Bool) {
    #expect(ShellLauncher.isYes(answer) == reset)
  }
}
