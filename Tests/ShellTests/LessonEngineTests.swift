import Cluster
import Container
import Foundation
import Kubectl
import Lessons
import Synchronization
import TestSupport
import Testing

@testable import Shell

/// The lesson engine in a session, on the repository's own lesson 1.
@Suite struct LessonEngineTests {
  static let root: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path + "/Lessons"
  }()

  static let catalog = LessonCatalog.load(from: DiskFiles(), root: root)

  /// Remembers what was saved, in memory.
  final class MemoryHost: LessonHost, Sendable {
    let saved = Mutex<[LearnerProgress]>([])
    let stored: LearnerProgress
    init(_ stored: LearnerProgress = LearnerProgress()) { self.stored = stored }
    func loadProgress() -> (LearnerProgress, warning: String?) { (stored, nil) }
    func saveProgress(_ progress: LearnerProgress) -> String? {
      saved.withLock { $0.append(progress) }
      return nil
    }
    func workspace(for lesson: Lesson, fresh: Bool) -> (path: String, writer: any FileWriter)? {
      nil
    }
  }

  static func session(language: Language = .en, host: (any LessonHost)? = nil) -> ShellSession {
    var configuration = ShellSession.Configuration(
      files: InMemoryFiles([:]), workingDirectory: "/home/learner", language: language)
    configuration.catalog = catalog
    configuration.lessonHost = host
    return ShellSession(configuration: configuration)
  }

  static func run(_ lines: [String], in session: inout ShellSession) -> String {
    var output = TranscriptBuffer()
    for line in lines { session.run(line: line, output: &output) }
    return output.text
  }

  /// What a learner sees doing lesson 1 by its reference solution, with a hint, a check and a
  /// solution on the way, in each language.
  @Test(arguments: [Lessons.Language.en, .zh])
  func lessonOneTranscript(language: Lessons.Language) throws {
    var session = Self.session(language: language)
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    var reader = ScriptedLineReader(
      [
        "hint", "kubectl apply -f lifecycle-events.yaml", "check", "solution", "y",
        "kubectl wait --for=condition=Ready pod/lifecycle-demo", "kubectl get pod lifecycle-demo",
        "kubectl exec -it lifecycle-demo -- /bin/bash", "cat /usr/share/message", "exit",
        "kubectl delete pod lifecycle-demo", "lessons",
      ])
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    let outcome = Golden.check(output.text, named: "lesson-lifecycle-demo-\(language.rawValue).txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  @Test func theRepositoryLessonsLoad() {
    #expect(Self.catalog.errors == [])
    #expect(Self.catalog.lesson("lifecycle-demo")?.steps.count == 4)
  }

  @Test func startingShowsTheIntroAndStepOneThenADoneStepShowsTheNext() throws {
    var session = Self.session()
    var output = TranscriptBuffer()
    #expect(session.startLesson("lifecycle-demo", output: &output))
    #expect(output.text.hasPrefix("Lesson 1: The lifecycle-demo Pod\nKubernetes can run"))
    #expect(output.text.contains("\n── Step 1 of 4: Create the Pod ──\n"))
    let text = Self.run(["ls", "kubectl apply -f lifecycle-events.yaml"], in: &session)
    #expect(text.hasPrefix("lifecycle-events.yaml\npod/lifecycle-demo created\n✓ Step 1 done.\n"))
    #expect(text.contains("── Step 2 of 4: Wait until it is Running ──"))
  }

  @Test func anyCorrectWayPasses() throws {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    let text = Self.run(
      [
        "kubectl create -f https://k8s.io/examples/pods/lifecycle-events.yaml", "sleep 30",
        "kubectl exec -it lifecycle-demo -- sh", "cat < /usr/share/message", "exit",
        "kubectl delete pod/lifecycle-demo --grace-period=5",
      ], in: &session)
    #expect(text.contains("✓ Step 4 done.\n\n✓ Lesson complete: The lifecycle-demo Pod\n"))
    #expect(session.lessonIsComplete)
  }

  @Test func hintsComeOneAtATime() {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    let text = Self.run(["hint", "hint", "hint"], in: &session)
    #expect(text.hasPrefix("Hint 1 of 2:\n`kubectl apply -f FILE` creates"))
    #expect(text.contains("Hint 2 of 2:\nType exactly"))
    #expect(text.hasSuffix("That was the last hint; `solution` shows the reference solution.\n"))
  }

  @Test func theSolutionIsShownOnlyAfterAYes() {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    var text = Self.run(["solution", "n"], in: &session)
    #expect(text.hasSuffix("[y/N] Not shown.\n"))
    text = Self.run(["solution", "y"], in: &session)
    #expect(
      text.hasSuffix(
        "Reference solution of step 1 (type it yourself):\n    kubectl apply -f lifecycle-events.yaml\n"
      ))
    #expect(session.cluster.pods(in: nil).isEmpty)  // shown, not run
  }

  @Test func checkSaysWhatIsMissing() {
    var session = Self.session(language: .zh)
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", step: 2, output: &output)
    #expect(
      output.text.hasPrefix("第 1 课：lifecycle-demo Pod\n\n── 第 2 步（共 4 步）：等它进入 Running 状态 ──\n"))
    let text = Self.run(["check"], in: &session)
    #expect(text.hasPrefix("第 2 步还没有完成：\n  ✗ Pod `lifecycle-demo` 的 STATUS 是 `ContainerCreating`"))
    #expect(session.lastStatus == 1)
  }

  @Test func gotoRebuildsTheClusterAndUndoTakesACommandBack() {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    var text = Self.run(["goto 4"], in: &session)
    #expect(
      text.hasPrefix("The cluster is now as the reference solutions of steps 1 to 3 leave it.\n"))
    #expect(session.cluster.execRecords.count == 2)  // the shell's `cat` and its `exit`
    text = Self.run(["kubectl delete pod lifecycle-demo --wait=false", "undo"], in: &session)
    #expect(
      text.hasSuffix(
        "Undone: the cluster is back to where it was before `kubectl delete pod lifecycle-demo --wait=false`.\n"
      ))
    #expect(
      session.cluster.pod(named: "lifecycle-demo", in: "default")?.metadata.deletionTimestamp == nil
    )
    text = Self.run(["undo", "undo", "goto 9"], in: &session)
    #expect(text.contains("kubetutor: undo: nothing to undo\n"))
    #expect(text.hasSuffix("kubetutor: usage: goto 1…4\n"))
  }

  @Test func progressIsSavedAsStepsAreDone() throws {
    let host = MemoryHost()
    var session = Self.session(host: host)
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    _ = Self.run(["kubectl apply -f lifecycle-events.yaml"], in: &session)
    let last = try #require(host.saved.withLock { $0.last })
    #expect(last.current == "lifecycle-demo")
    #expect(last.lessons["lifecycle-demo"]?.done == ["create"])
    #expect(last.lessons["lifecycle-demo"]?.step == "running")
  }

  /// Progress carries real times in the interactive shell, though the simulated clock runs
  /// ahead (`ff`, `--speed`): an instructor's report compares them across learners.
  @Test func progressIsStampedWithTheWallClock() throws {
    let host = MemoryHost()
    let wall = ManualWallClock(Instant(seconds: 1_800_000_000))
    var configuration = ShellSession.Configuration(
      files: InMemoryFiles([:]), workingDirectory: "/home/learner",
      cluster: ClusterConfig(epoch: wall.now()), clock: .wallClock(wall, speed: 10),
      screen: .terminal)
    configuration.catalog = Self.catalog
    configuration.lessonHost = host
    var session = ShellSession(configuration: configuration)
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    wall.move(by: .seconds(90))
    _ = Self.run(["ff 10m", "kubectl apply -f lifecycle-events.yaml"], in: &session)
    let record = try #require(host.saved.withLock { $0.last?.lessons["lifecycle-demo"] })
    #expect(record.done == ["create"])
    #expect(record.started == "2027-01-15T08:00:00Z")
    #expect(record.updated == "2027-01-15T08:01:30Z")
    #expect(session.cluster.now > Instant(seconds: 1_800_000_000 + 600))
  }

  @Test func resumingRebuildsWhereTheLearnerWas() {
    var record = LessonProgress(
      step: "read-message", done: ["create", "running"], started: .init(seconds: 0))
    record.updated = record.started
    let host = MemoryHost(
      LearnerProgress(current: "lifecycle-demo", lessons: ["lifecycle-demo": record]))
    var session = Self.session(host: host)
    var output = TranscriptBuffer()
    let resumed = session.loadProgress(output: &output)
    #expect(resumed == "lifecycle-demo")
    session.startLesson("lifecycle-demo", output: &output)
    #expect(output.text.contains("── Step 3 of 4: Read the message postStart wrote ──"))
    #expect(session.cluster.pod(named: "lifecycle-demo", in: "default") != nil)
  }

  @Test func aCompletedLessonIsNotResumedAndStartsOverWhenAskedFor() {
    var record = LessonProgress(
      step: "delete", done: ["create", "running", "read-message", "delete"],
      started: .init(seconds: 0))
    record.completed = record.started
    let host = MemoryHost(
      LearnerProgress(current: "lifecycle-demo", lessons: ["lifecycle-demo": record]))
    var session = Self.session(host: host)
    var output = TranscriptBuffer()
    #expect(session.loadProgress(output: &output) == nil)
    session.startLesson("lifecycle-demo", output: &output)
    #expect(output.text.contains("── Step 1 of 4: Create the Pod ──"))
    #expect(
      host.saved.withLock { $0.last?.lessons["lifecycle-demo"]?.completed } == record.completed)
  }

  @Test func nextPrevAndResetMoveWithoutSolving() {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", step: 2, output: &output)
    var text = Self.run(["prev", "prev", "next", "next", "next", "next"], in: &session)
    #expect(text.hasPrefix("\n── Step 1 of 4: Create the Pod ──\n"))
    #expect(text.contains("kubetutor: this is the first step\n"))
    #expect(text.hasSuffix("kubetutor: this is the last step\n"))
    // The cluster still has the pod step 1's solution made; `reset` goes back to it.
    _ = Self.run(["kubectl delete pod lifecycle-demo --wait=false"], in: &session)
    text = Self.run(["reset"], in: &session)
    #expect(text.hasPrefix("Step 4 starts again, on the cluster as it was when the step began.\n"))
    #expect(
      session.cluster.pod(named: "lifecycle-demo", in: "default")?.metadata.deletionTimestamp == nil
    )
    text = Self.run(["reset lesson"], in: &session)
    #expect(text.hasPrefix("Lesson lifecycle-demo starts again from step 1, on a fresh cluster.\n"))
    #expect(session.cluster.pods(in: nil).isEmpty)
  }

  @Test func aStaleTranslationIsShownWithANote() throws {
    var lesson = try #require(Self.catalog.lesson("lifecycle-demo"))
    lesson.prose[.zh]?.steps[0].source = "0000000000000000"
    var configuration = ShellSession.Configuration(
      files: InMemoryFiles([:]), workingDirectory: "/home/learner", language: .zh)
    configuration.catalog = LessonCatalog(lessons: [lesson])
    var session = ShellSession(configuration: configuration)
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    #expect(
      output.text.contains(
        "── 第 1 步（共 4 步）：创建 Pod ──\n（说明：这一步的英文原文在翻译之后有过修改，译文可能已经过时。）\n"))
    #expect(!output.text.contains("（说明：这一步还没有中文译文"))
  }

  @Test func ctrlDAtTheSolutionQuestionIsANo() {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    _ = Self.run(["solution"], in: &session)
    output = TranscriptBuffer()
    let ends = session.endOfInput(output: &output)
    #expect(ends)  // a script ends; a terminal would go on
    #expect(output.text == "Not shown.\n")
    #expect(session.isAtCommandPrompt)
  }

  @Test func skippingNeverCompletesALessonAndTheShownStepIsSaved() throws {
    let host = MemoryHost()
    var session = Self.session(host: host)
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", output: &output)
    _ = Self.run(["goto 4"], in: &session)
    let saved = host.saved.withLock { $0.last?.lessons["lifecycle-demo"]?.step }
    #expect(saved == "delete")
    let text = Self.run(["kubectl delete pod lifecycle-demo"], in: &session)
    #expect(
      text.contains(
        "✓ Step 4 done.\nThat was the last step; skipped on the way: 1, 2, 3. Back to the first of them.\n"
      ))
    #expect(text.contains("── Step 1 of 4: Create the Pod ──"))
    #expect(!text.contains("Lesson complete"))
    #expect(!session.lessonIsComplete)
  }

  @Test func undoTakesBackChangesNotReadings() {
    var session = Self.session()
    var output = TranscriptBuffer()
    session.startLesson("lifecycle-demo", step: 4, output: &output)
    let text = Self.run(
      ["kubectl delete pod lifecycle-demo --wait=false", "kubectl get pods", "sleep 5", "undo"],
      in: &session)
    #expect(
      text.hasSuffix(
        "Undone: the cluster is back to where it was before `kubectl delete pod lifecycle-demo --wait=false`.\n"
      ))
  }

  @Test func aStepPastTheEndIsRefused() {
    var session = Self.session()
    var output = TranscriptBuffer()
    #expect(!session.startLesson("lifecycle-demo", step: 9, output: &output))
    #expect(output.text == "kubetutor: lesson lifecycle-demo has 4 steps\n")
  }

  @Test func chineseParagraphsAreJoinedForTheTerminal() {
    #expect(
      LessonText.render("第一行写到 Pod\n名为 `x`。\n\n- 列表\n  续行", bold: false, joinLines: true)
        == "第一行写到 Pod 名为 `x`。\n\n- 列表 续行")
    #expect(LessonText.render("one\ntwo", bold: false) == "one\ntwo")
  }

  @Test func lessonCommandsWithoutALessonSayHowToStartOne() {
    var session = Self.session()
    let text = Self.run(["hint", "lessons", "lesson nope"], in: &session)
    #expect(
      text.hasPrefix(
        "kubetutor: no lesson is running (`lessons` lists them)\nLessons:\n  1. lifecycle-demo"))
    #expect(text.hasSuffix("kubetutor: there is no lesson `nope` (`lessons` lists them)\n"))
  }
}

@Suite struct DiskLessonHostTests {
  static func directory() -> String {
    let path = "/tmp/kubetutor-host-\(UInt32.random(in: 0...UInt32.max))"
    StateDirectory.create(path)
    return path
  }

  @Test func aDamagedProgressFileIsSetAsideWithAWarning() throws {
    let directory = Self.directory()
    defer { _ = try? FileManager.default.removeItem(atPath: directory) }
    let host = DiskLessonHost(directory: directory)
    #expect(DiskLessonHost.writeAtomically("{ not json", to: directory + "/progress.json") == nil)
    let (progress, warning) = host.loadProgress()
    #expect(progress == LearnerProgress())
    #expect(
      warning?.hasPrefix("kubetutor: warning: \(directory)/progress.json could not be read (")
        == true)
    #expect(
      warning?.hasSuffix("moved to \(directory)/progress.json.damaged, progress starts afresh\n")
        == true)
    guard case .file("{ not json") = DiskFiles().read(directory + "/progress.json.damaged") else {
      Issue.record("the damaged file was not kept")
      return
    }
    // Saved progress reads back, and nothing is left beside it.
    let saved = LearnerProgress(current: "x")
    #expect(host.saveProgress(saved) == nil)
    #expect(host.loadProgress().0 == saved)
    guard case .directory(let names) = DiskFiles().read(directory) else { return }
    #expect(names.sorted() == ["progress.json", "progress.json.damaged"])
  }
}
