import Cluster
import Container
import Testing

@testable import Lessons

/// Two small lessons, and exports and progress files made against them.
enum ProgressFixtures {
  static let demo = lesson("demo", order: 1, steps: ["create", "verify", "read", "delete"])
  static let http = lesson("http", order: 2, steps: ["apply", "fix", "clean"])
  static let lessons = [demo, http]

  static func lesson(_ id: String, order: Int, steps: [String]) -> Lesson {
    Lesson(
      id: id, order: order, directory: "0\(order)-\(id)",
      steps: steps.map { LessonStep(id: $0, checks: [.exec(pod: "p")], solution: ["echo \($0)"]) },
      prose: [:])
  }

  /// 2025-09-15T09:00:00Z plus `minutes`.
  static func at(_ minutes: Int) -> Instant {
    Instant(seconds: 1_757_926_800 + Int64(minutes) * 60)
  }

  /// A learner on `step` of `lessonID` since `updated` (minutes), with the steps before it done.
  static func progress(
    _ lessonID: String = "demo", step: String, updated: Int, completed: Bool = false
  ) -> LearnerProgress {
    let lesson = lessons.first { $0.id == lessonID }
    let index = lesson?.step(id: step)?.index ?? 0
    var record = LessonProgress(
      step: step, done: lesson.map { Array($0.steps.prefix(index).map(\.id)) } ?? [],
      started: at(0))
    record.updated = RFC3339.format(at(updated))
    if completed {
      record.done = lesson?.steps.map(\.id) ?? []
      record.completed = record.updated
    }
    return LearnerProgress(current: lessonID, lessons: [lessonID: record])
  }

  /// An export of `progress` made at `exported` (minutes).
  static func export(_ progress: LearnerProgress, name: String?, exported: Int) -> [UInt8] {
    Array(
      ProgressExport(
        progress: progress, catalog: lessons, tool: "0.1.0", exported: at(exported), name: name
      ).encoded().utf8)
  }

  static func report(_ sources: [ProgressSource], stuckAfter: Int = 10) -> ProgressReport {
    ProgressReport(sources: sources, lessons: lessons, stuckAfter: .seconds(stuckAfter * 60))
  }
}

@Suite("Progress export")
struct ProgressExportTests {
  @Test func anExportIsSmallSortedAndReadable() {
    var progress = ProgressFixtures.progress(step: "read", updated: 12)
    progress.lessons["gone"] = LessonProgress(step: "old-step", started: ProgressFixtures.at(1))
    let text = String(
      decoding: ProgressFixtures.export(progress, name: "  Ada \t Lovelace\n", exported: 30),
      as: UTF8.self)
    #expect(
      text == """
        {
          "current": "demo",
          "exported": "2025-09-15T09:30:00Z",
          "format": "kubetutor-progress",
          "kubetutor": "0.1.0",
          "lessons": [
            {
              "done": [
                "create",
                "verify"
              ],
              "hash": "\(ProgressFixtures.demo.fingerprint)",
              "id": "demo",
              "started": "2025-09-15T09:00:00Z",
              "step": "read",
              "stepNumber": 3,
              "steps": [
                "create",
                "verify",
                "read",
                "delete"
              ],
              "total": 4,
              "updated": "2025-09-15T09:12:00Z"
            },
            {
              "done": [],
              "id": "gone",
              "started": "2025-09-15T09:01:00Z",
              "step": "old-step",
              "updated": "2025-09-15T09:01:00Z"
            }
          ],
          "name": "Ada Lovelace",
          "version": 1
        }

        """)
  }

  @Test func noLessonsIsStillAnExport() throws {
    let bytes = ProgressFixtures.export(LearnerProgress(), name: nil, exported: 0)
    let file = try ProgressFile.decode(bytes)
    #expect(file.kind == .export(version: 1))
    #expect(file.lessons.isEmpty && file.name == nil && file.notes.isEmpty)
    #expect(file.exported == ProgressFixtures.at(0))
  }

  @Test(
    arguments: [
      ("Ada", "Ada"),
      ("  李 小龙  ", "李 小龙"),
      ("\u{1B}[31mRed\u{7}", "[31mRed"),
      ("evil\u{202E}txt.exe", "eviltxt.exe"),
      ("   \n\t ", nil),
      (String(repeating: "x", count: 200), String(repeating: "x", count: 64)),
      (String(repeating: "字", count: 70), String(repeating: "字", count: 64)),
    ] as [(String, String?)])
  func namesAreTrimmedCleanedAndCapped(raw: String, kept: String?) {
    #expect(ProgressExport.cleanName(raw) == kept)
  }

  @Test func theFingerprintFollowsWhatTheLessonAsks() {
    let demo = ProgressFixtures.demo
    #expect(demo.fingerprint.count == 12)
    var reworded = demo
    reworded.prose = [:]
    reworded.directory = "09-elsewhere"
    #expect(reworded.fingerprint == demo.fingerprint)
    var changed = demo
    changed.steps[1].checks = [.pod("p", .status("Running"))]
    #expect(changed.fingerprint != demo.fingerprint)
    var renamed = demo
    renamed.steps[1].id = "check"
    #expect(renamed.fingerprint != demo.fingerprint)
  }
}

@Suite("Progress files, read tolerantly")
struct ProgressFileTests {
  @Test func aRawProgressFileIsALearnerWithoutAName() throws {
    let text = ProgressFixtures.progress(step: "verify", updated: 5).encoded()
    let file = try ProgressFile.decode(Array(text.utf8))
    #expect(file.kind == .progress)
    #expect(file.name == nil && file.exported == nil)
    #expect(file.current == "demo")
    #expect(file.lessons["demo"]?.step == "verify")
    #expect(file.lessons["demo"]?.done == ["create"])
    #expect(file.lessons["demo"]?.updated == ProgressFixtures.at(5))
    #expect(file.notes == [.rawProgressFile])
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var text: String
    var check: @Sendable (ProgressFile) -> Bool
  }

  @Test(arguments: [
    Case(
      testDescription: "missing optional fields",
      text: #"{"format": "kubetutor-progress", "lessons": [{"id": "demo"}]}"#,
      check: { $0.lessons["demo"] == ProgressFile.Entry(id: "demo") && $0.notes.isEmpty }),
    Case(
      testDescription: "unknown fields ignored",
      text:
        #"{"format": "kubetutor-progress", "colour": "red", "lessons": [{"id": "demo", "x": [1]}]}"#,
      check: { $0.lessons.count == 1 && $0.notes.isEmpty }),
    Case(
      testDescription: "a newer version read best-effort",
      text:
        #"{"format": "kubetutor-progress", "version": 3, "name": "Bo", "lessons": [{"id": "demo", "step": "read"}]}"#,
      check: {
        $0.kind == .export(version: 3) && $0.notes == [.newerFormat(3)] && $0.name == "Bo"
          && $0.lessons["demo"]?.step == "read"
      }),
    Case(
      testDescription: "fields of the wrong kind",
      text:
        #"{"format": "kubetutor-progress", "name": 7, "exported": "yesterday", "lessons": [{"id": "demo", "done": ["a", 2], "updated": 5}]}"#,
      check: {
        $0.name == nil && $0.exported == nil && $0.lessons["demo"]?.done == ["a"]
          && $0.notes == [
            .ignoredField("name"), .ignoredField("exported"), .ignoredField("lessons.demo.done"),
            .ignoredField("lessons.demo.updated"),
          ]
      }),
    Case(
      testDescription: "entries without a usable id",
      text:
        #"{"format": "kubetutor-progress", "lessons": [{"id": "../etc"}, 5, {"id": "ok"}, {"id": "ok"}]}"#,
      check: { Array($0.lessons.keys) == ["ok"] && $0.notes == [.ignoredLesson] }),
    Case(
      testDescription: "tabs and CRLF",
      text: "{\r\n\t\"format\":\t\"kubetutor-progress\",\r\n\t\"lessons\": []\r\n}\r\n",
      check: { $0.lessons.isEmpty && $0.notes.isEmpty }),
  ])
  func tolerated(_ test: Case) throws {
    let file = try ProgressFile.decode(Array(test.text.utf8))
    #expect(test.check(file), "\(file)")
  }

  @Test(
    arguments: [
      ([], ProgressFileProblem.empty),
      (Array(" \n\t\r\n".utf8), .empty),
      ([0x7B, 0x00, 0x7D], .binary),
      ([0x7B, 0xFF, 0xFE, 0x7D], .binary),
      (
        Array("{\"lessons\": [1,}".utf8),
        .notJSON("json: offset 16: invalid character '}' looking for beginning of value")
      ),
      (Array("[1, 2]".utf8), .wrongShape(.notAnObject)),
      (
        Array("just some words".utf8),
        .notJSON("invalid character 'j' looking for beginning of value")
      ),
      (
        Array("name: Ada\nlessons: {}".utf8),
        .notJSON("invalid character 'n' looking for beginning of value")
      ),
      (Array("{\"kind\": \"Pod\"}".utf8), .wrongShape(.noLessons)),
      (Array("{\"format\": \"other\", \"lessons\": []}".utf8), .wrongShape(.otherFormat("other"))),
    ] as [([UInt8], ProgressFileProblem)])
  func refused(bytes: [UInt8], problem: ProgressFileProblem) {
    #expect(throws: problem) { try ProgressFile.decode(bytes) }
  }

  @Test func overOneMegabyteIsRefusedUnread() {
    let bytes = [UInt8](repeating: 0x20, count: (1 << 20) + 1)
    #expect(throws: ProgressFileProblem.tooLarge((1 << 20) + 1)) { try ProgressFile.decode(bytes) }
  }

  @Test func tooManyLessonsAreCut() throws {
    let entries = (0..<150).map { #"{"id": "l\#($0)"}"# }.joined(separator: ",")
    let file = try ProgressFile.decode(
      Array(#"{"format": "kubetutor-progress", "lessons": [\#(entries)]}"#.utf8))
    #expect(file.lessons.count == 100)
    #expect(file.notes == [.tooManyLessons(kept: 100, count: 150)])
  }
}

@Suite("Progress report")
struct ProgressReportTests {
  typealias F = ProgressFixtures

  @Test func cellsShowTheStepReached() {
    var both = F.progress(step: "verify", updated: 3, completed: true)
    both.lessons["http"] = F.progress("http", step: "fix", updated: 8).lessons["http"]
    both.current = "http"
    let report = F.report([
      ProgressSource(path: "in/ada.json", bytes: F.export(both, name: "Ada", exported: 10)),
      ProgressSource(
        path: "in/bo.json",
        bytes: F.export(F.progress(step: "read", updated: 9), name: "Bo", exported: 10)),
      ProgressSource(
        path: "in/new.json", bytes: F.export(LearnerProgress(), name: "Cy", exported: 10)),
    ])
    #expect(report.columns.map(\.id) == ["demo", "http"])
    #expect(report.learners.map(\.label) == ["Ada", "Bo", "Cy"])
    #expect(
      report.learners.map(\.cells) == [
        [.complete, .onStep(number: 2, total: 3, step: "fix")],
        [.onStep(number: 3, total: 4, step: "read"), .notStarted],
        [.notStarted, .notStarted],
      ])
    #expect(report.learners.allSatisfy { $0.stuck == nil })
    #expect(report.problems.isEmpty && report.notes.isEmpty)
    #expect(report.filesRead == 3)
  }

  /// Stuck: the lesson last worked in is not finished and nothing happened for longer than the
  /// threshold before the export.
  @Test(arguments: [
    (10, 20, false, false),  // exactly 10 minutes: not yet
    (10, 21, false, true),
    (9, 30, true, false),  // finished: never stuck
    (0, 200, false, true),
  ])
  func stuckMeansNoProgressForLongerThanTheThreshold(
    updated: Int, exported: Int, completed: Bool, stuck: Bool
  ) {
    let progress = F.progress(step: "verify", updated: updated, completed: completed)
    let report = F.report([
      ProgressSource(path: "a.json", bytes: F.export(progress, name: "A", exported: exported))
    ])
    #expect((report.learners[0].stuck != nil) == stuck)
    if stuck {
      #expect(
        report.learners[0].stuck
          == ReportLearner.Stuck(
            column: 0, number: 2, step: "verify", idle: .seconds((exported - updated) * 60)))
    }
  }

  @Test func theThresholdIsAnOption() {
    let bytes = F.export(F.progress(step: "verify", updated: 0), name: "A", exported: 5)
    #expect(F.report([ProgressSource(path: "a", bytes: bytes)], stuckAfter: 10).stuckLearners == 0)
    #expect(F.report([ProgressSource(path: "a", bytes: bytes)], stuckAfter: 4).stuckLearners == 1)
  }

  /// A learner who left lesson 1 half done and is busy in lesson 2 is not stuck in lesson 1.
  @Test func onlyTheLessonLastWorkedInCounts() {
    var progress = F.progress(step: "verify", updated: 1)
    progress.lessons["http"] = F.progress("http", step: "fix", updated: 29).lessons["http"]
    progress.current = "http"
    let busy = F.report([
      ProgressSource(path: "a", bytes: F.export(progress, name: "A", exported: 30))
    ])
    #expect(busy.stuckLearners == 0)
    progress.current = nil
    let stillBusy = F.report([
      ProgressSource(path: "a", bytes: F.export(progress, name: "A", exported: 30))
    ])
    #expect(stillBusy.stuckLearners == 0)
    let idle = F.report([
      ProgressSource(path: "a", bytes: F.export(progress, name: "A", exported: 60))
    ])
    #expect(idle.learners[0].stuck?.column == 1)
    #expect(idle.learners[0].stuck?.step == "fix")
  }

  @Test func summariesCountFinishersStepsAndWhereLearnersStick() {
    let sources = [
      ("a", F.progress(step: "verify", updated: 0, completed: true)),
      ("b", F.progress(step: "verify", updated: 0)),
      ("c", F.progress(step: "verify", updated: 1)),
      ("d", F.progress(step: "read", updated: 2)),
      ("e", F.progress(step: "read", updated: 29)),
      ("f", F.progress("http", step: "apply", updated: 0)),
    ].map { name, progress in
      ProgressSource(path: name + ".json", bytes: F.export(progress, name: name, exported: 30))
    }
    let report = F.report(sources)
    #expect(report.summaries[0].started == 5)
    #expect(report.summaries[0].finished == 1)
    #expect(report.summaries[0].onStep == [0, 2, 2, 0])
    #expect(report.summaries[0].stuck == 3)
    #expect(
      report.summaries[0].mostStuck == LessonSummary.StepCount(number: 2, step: "verify", count: 2))
    #expect(report.summaries[1].started == 1)
    #expect(report.summaries[1].onStep == [1, 0, 0])
    #expect(report.summaries[1].mostStuck?.number == 1)
  }

  @Test func byteIdenticalFilesCountOnce() {
    let bytes = F.export(F.progress(step: "verify", updated: 3), name: "Ada", exported: 5)
    let report = F.report([
      ProgressSource(path: "a/ada.json", bytes: bytes),
      ProgressSource(path: "b/ada-copy.json", bytes: bytes),
    ])
    #expect(report.learners.count == 1)
    #expect(report.filesRead == 1)
    #expect(report.notes == [.init(path: "b/ada-copy.json", note: .duplicate(of: "a/ada.json"))])
    #expect(report.duplicates == 1)
  }

  @Test func theNewestExportOfANameWins() {
    let old = F.export(F.progress(step: "read", updated: 3), name: "Ada", exported: 5)
    let new = F.export(F.progress(step: "verify", updated: 3), name: "Ada", exported: 40)
    let report = F.report([
      ProgressSource(path: "ada-late.json", bytes: new),
      ProgressSource(path: "ada-early.json", bytes: old),
      ProgressSource(
        path: "other.json", bytes: F.export(LearnerProgress(), name: "ada", exported: 1)),
    ])
    #expect(report.learners.map(\.path) == ["ada-late.json", "other.json"])
    #expect(report.learners[0].cells[0] == .onStep(number: 2, total: 4, step: "verify"))
    #expect(report.notes == [.init(path: "ada-early.json", note: .superseded(by: "ada-late.json"))])
    #expect(report.superseded == 1)
  }

  @Test func unnamedLearnersAreLabelledByTheirFile() {
    let raw = Array(F.progress(step: "read", updated: 3).encoded().utf8)
    var other = F.progress(step: "create", updated: 3)
    other.current = "demo"
    let report = F.report([
      ProgressSource(path: "room1/pc07.json", bytes: raw, modified: F.at(4)),
      ProgressSource(path: "room1/progress.json", bytes: Array(other.encoded().utf8)),
      ProgressSource(path: "room2/progress.json", bytes: F.export(other, name: nil, exported: 9)),
    ])
    #expect(
      report.learners.map(\.label) == ["pc07.json", "room1/progress.json", "room2/progress.json"])
    #expect(report.learners.allSatisfy { !$0.named })
    #expect(report.learners[0].asOf == F.at(4))
  }

  @Test func aRawProgressFileIsStuckByItsModificationTime() {
    let raw = Array(F.progress(step: "read", updated: 3).encoded().utf8)
    let report = F.report([ProgressSource(path: "pc.json", bytes: raw, modified: F.at(30))])
    #expect(report.learners[0].stuck?.idle == .seconds(27 * 60))
    #expect(report.notes == [.init(path: "pc.json", note: .rawProgressFile)])
    let unknown = F.report([ProgressSource(path: "pc.json", bytes: raw)])
    #expect(unknown.learners[0].stuck == nil)
  }

  @Test func aChangedLessonIsANoteNotAFailure() {
    var oldDemo = F.demo
    oldDemo.steps[2].id = "read-message"
    let record = LessonProgress(step: "read-message", done: ["create", "verify"], started: F.at(1))
    let old = LearnerProgress(current: "demo", lessons: ["demo": record])
    let bytes = Array(
      ProgressExport(
        progress: old, catalog: [oldDemo], tool: "0.0.9", exported: F.at(5), name: "Old"
      ).encoded().utf8)
    let report = F.report([ProgressSource(path: "old.json", bytes: bytes)])
    #expect(report.learners[0].cells[0] == .onStep(number: nil, total: 4, step: "read-message"))
    #expect(
      report.notes.map(\.note) == [
        .lessonChanged(lesson: "demo"), .unknownSteps(lesson: "demo", steps: ["read-message"]),
      ])
    #expect(report.summaries[0].onUnknownStep == 1)
  }

  @Test func aLessonThisKubetutorLacksIsStillAColumn() {
    let gone = ProgressFixtures.lesson("gone", order: 7, steps: ["a", "b"])
    let progress = LearnerProgress(
      current: "gone", lessons: ["gone": LessonProgress(step: "b", done: ["a"], started: F.at(0))])
    let bytes = Array(
      ProgressExport(
        progress: progress, catalog: [gone], tool: "0.2.0", exported: F.at(5), name: "Z"
      ).encoded().utf8)
    let raw = Array(progress.encoded().utf8)
    let report = F.report([
      ProgressSource(path: "z.json", bytes: bytes),
      ProgressSource(path: "raw.json", bytes: raw),
    ])
    #expect(report.columns.map(\.number) == [1, 2, 3])
    #expect(
      report.columns[2]
        == ReportColumn(number: 3, id: "gone", steps: ["a", "b"], total: 2, known: false))
    #expect(
      report.learners.map { $0.cells[2] } == [
        .onStep(number: 2, total: 2, step: "b"), .onStep(number: 2, total: 2, step: "b"),
      ])
    #expect(report.notes.filter { $0.note == .unknownLesson("gone") }.count == 2)
  }

  @Test func damagedFilesAreReportedAndTheRestRead() {
    let report = F.report([
      ProgressSource(path: "gone.json", contents: .problem(.missing)),
      ProgressSource(path: "dir.json", contents: .problem(.isDirectory)),
      ProgressSource(path: "bad.json", bytes: Array("{oops".utf8)),
      ProgressSource(path: "empty.json", bytes: []),
      ProgressSource(path: "ok.json", bytes: F.export(LearnerProgress(), name: "Ok", exported: 0)),
    ])
    #expect(report.problems.map(\.path) == ["gone.json", "dir.json", "bad.json", "empty.json"])
    #expect(report.problems[3].problem == .empty)
    #expect(report.filesRead == 1 && report.filesGiven == 5)
    #expect(report.learners.map(\.label) == ["Ok"])
  }

  /// Hundreds of files, a third of them copies or older exports of the same learners.
  @Test func hundredsOfFilesMergeQuickly() {
    var sources: [ProgressSource] = []
    for index in 0..<360 {
      let learner = index % 240
      let steps = F.demo.steps.map(\.id)
      let progress = F.progress(step: steps[learner % 4], updated: learner % 20)
      let exported = index < 240 ? 30 : (index % 2 == 0 ? 10 : 30)
      sources.append(
        ProgressSource(
          path: "exports/\(index).json",
          bytes: F.export(progress, name: "learner \(learner)", exported: exported)))
    }
    let clock = ContinuousClock()
    let start = clock.now
    let report = F.report(sources)
    let elapsed = clock.now - start
    #expect(report.learners.count == 240)
    #expect(report.duplicates == 60)
    #expect(report.superseded == 60)
    #expect(report.summaries[0].started == 240)
    #expect(elapsed < .seconds(5), "\(elapsed)")
  }
}
