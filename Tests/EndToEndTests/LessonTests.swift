import Foundation
import Testing

/// The lessons through the built binary: `lessons check` and `lessons list`, and scripts that
/// must (`complete-*.txt`) or must not (`incomplete-*.txt`) complete their lesson under
/// `kubetutor run --lesson ID --expect-complete`.
@Suite struct LessonTests {
  static let scripts: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("LessonScripts")
    let lessons = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return lessons.sorted().flatMap { lesson in
      let names =
        (try? FileManager.default.contentsOfDirectory(
          atPath: root.appendingPathComponent(lesson).path)) ?? []
      return names.filter { $0.hasSuffix(".txt") }.sorted().map { root.path + "/\(lesson)/\($0)" }
    }
  }()

  @Test func everyLessonHasScripts() {
    #expect(Self.scripts.count >= 5)
  }

  @Test(arguments: scripts)
  func scriptCompletesItsLessonOrNot(path: String) throws {
    let parts = path.split(separator: "/")
    let lesson = String(parts[parts.count - 2])
    let complete = parts[parts.count - 1].hasPrefix("complete-")
    let script = try String(contentsOfFile: path, encoding: .utf8)
    let result = try Binary.run(["run", "--lesson", lesson, "--expect-complete"], stdin: script)
    #expect(result.status == (complete ? 0 : 3), "\(path)\n\(result.stdout.suffix(800))")
    #expect(result.stderr == "")
    #expect(result.stdout.contains("✓ Lesson complete:") == complete)
  }

  /// `--step N` starts where the reference solutions of steps 1…N-1 leave the cluster.
  @Test func runFromAStep() throws {
    let result = try Binary.run(
      ["run", "--lesson", "lifecycle-demo", "--step", "4", "--expect-complete"],
      stdin: "kubectl delete pod lifecycle-demo\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Lesson 1: The lifecycle-demo Pod\n\n── Step 4 of 4:"))
    let wrong = try Binary.run(["run", "--step", "2"], stdin: "")
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("--step and --expect-complete need --lesson."))
  }

  @Test func lessonsCheckProvesEveryLesson() throws {
    let result = try Binary.run(["lessons", "check"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.hasPrefix("ok    lifecycle-demo (4 steps)\n"))
  }

  @Test func lessonsCheckNamesWhatIsWrong() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-lessons-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let lesson = root.appendingPathComponent("01-broken")
    try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
    try """
    id: broken
    order: 1
    steps:
      - id: one
        checks: [{pod: web}]
        solution: [kubectl get pods]
    """.write(to: lesson.appendingPathComponent("lesson.yaml"), atomically: true, encoding: .utf8)
    try """
    ---
    title: Broken
    summary: A lesson whose solution does not solve it.
    ---
    ## One {#one}

    ```shell
    kubectl gte pods
    ```

    ### Hint {.hint}

    None.

    ## End {#finish}
    """.write(to: lesson.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
    let result = try Binary.run(
      ["lessons", "check"], environment: ["KUBETUTOR_LESSONS": root.path])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        FAIL  broken
          01-broken/lesson.yaml:4: step 1 `one`: its checks fail after its solution: There is no pod `web` yet.
          01-broken/zh.md: missing: the lesson has no zh text
          01-broken/en.md:8: `kubectl gte pods`: error: unknown command "gte" for "kubectl" Did you mean this? get

        """)
  }

  @Test(arguments: [["lessons", "list"], ["lessons", "list", "--lang", "zh"]])
  func lessonsListShowsTitlesAndSummaries(arguments: [String]) throws {
    let result = try Binary.run(arguments)
    #expect(result.status == 0)
    let chinese = arguments.contains("zh")
    let first = result.stdout.split(separator: "\n").first ?? ""
    #expect(first.hasPrefix("1. lifecycle-demo "))
    #expect(
      first.hasSuffix(chinese ? "  lifecycle-demo Pod  (4)" : "  The lifecycle-demo Pod  (4)"))
    #expect(result.stdout.contains(chinese ? "  动手完成官方练习" : "  Run the official exercise"))
  }
}
