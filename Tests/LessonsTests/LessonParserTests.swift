import Testing

@testable import Lessons

@Suite struct LessonParserTests {
  static let good = """
    id: demo
    order: 2
    files: [pod.yaml]
    setup: {apply: [pod.yaml], wait: 1m30s}
    steps:
      - id: make
        checks:
          - {pod: web, status: Running}
          - {any: [{event: BackOff, pod: web}, {not: {pod: web, ready: true}}]}
          - {hook: preStop, pod: web, outcome: cut}
          - {deleted: web, grace: 3}
          - {field: '.spec.containers[0].image', pod: web, equals: nginx}
          - {read: /usr/share/message, pod: web}
          - {exec: web}
          - {pod: web, restarts: 2}
          - {pod: web, exists: false}
        solution:
          - kubectl apply -f pod.yaml
    """

  @Test func readsEveryKindOfCheck() throws {
    let data = try LessonParser(path: "02-demo/lesson.yaml").parse(Self.good)
    #expect(data.id == "demo")
    #expect(data.order == 2)
    #expect(data.setup == LessonSetup(apply: ["pod.yaml"], wait: .seconds(90)))
    #expect(data.steps.count == 1)
    #expect(data.steps[0].line == 6)
    #expect(
      data.steps[0].checks == [
        .pod("web", .status("Running")),
        .any([.event(reason: "BackOff", pod: "web"), .not(.pod("web", .ready(true)))]),
        .hook(.preStop, pod: "web", outcome: .cut),
        .deleted(pod: "web", grace: 3),
        .field(pod: "web", path: ".spec.containers[0].image", equals: "nginx"),
        .read(path: "/usr/share/message", pod: "web"),
        .exec(pod: "web"),
        .pod("web", .restarts(atLeast: 2)),
        .pod("web", .absent),
      ])
  }

  /// A lesson author's mistakes, each with the line and what is wrong.
  @Test(arguments: [
    ("", "02-demo/lesson.yaml: the file is empty"),
    (
      "id: demo\norder: 1\nsteps: [\n",
      "02-demo/lesson.yaml:4: YAML: did not find expected node content"
    ),
    (
      "id: Demo\norder: 1\nsteps: []",
      "02-demo/lesson.yaml:1: `id` must be lowercase letters, digits and dashes"
    ),
    ("id: demo\nsteps: []", "02-demo/lesson.yaml:1: `order` is missing"),
    (
      "id: demo\norder: 0\nsteps: []",
      "02-demo/lesson.yaml:2: `order` must be a whole number from 1"
    ),
    ("id: demo\norder: 1\nsteps: []", "02-demo/lesson.yaml:3: a lesson needs at least one step"),
    (
      "id: demo\norder: 1\ntitle: x\nsteps: []",
      "02-demo/lesson.yaml:3: unknown key `title` in the lesson (known: id, order, files, setup, steps)"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{pod: web, stauts: Running}]\n    solution: [x]",
      "02-demo/lesson.yaml:5: unknown key `stauts` in a pod check (known: pod, status, ready, exists, restarts)"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{hook: preStart, pod: web}]\n    solution: [x]",
      "02-demo/lesson.yaml:5: `hook` is postStart or preStop"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{event: X, read: /y}]\n    solution: [x]",
      "02-demo/lesson.yaml:5: a check has one kind; this one has event, read"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: []\n    solution: [x]",
      "02-demo/lesson.yaml:5: step `a` has no checks"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{exec: web}]\n    solution: []",
      "02-demo/lesson.yaml:6: step `a` has no solution lines"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{exec: w}]\n    solution: [x]\n  - id: a\n    checks: [{exec: w}]\n    solution: [x]",
      "02-demo/lesson.yaml:7: the step id `a` is used twice"
    ),
    (
      "id: demo\norder: 1\nsetup: {apply: [other.yaml]}\nsteps: []",
      "02-demo/lesson.yaml:3: `other.yaml` is not one of the lesson's `files`"
    ),
    (
      "id: demo\norder: 1\nsetup: {wait: soon}\nsteps: []",
      "02-demo/lesson.yaml:3: `wait` is a duration such as `30s` or `2m`"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{field: spec.x, pod: w}]\n    solution: [x]",
      "02-demo/lesson.yaml:5: `field` is a path such as `.spec.containers[0].image`"
    ),
    (
      "id: demo\norder: 1\nsteps:\n  - id: a\n    checks: [{exek: web}]\n    solution: [x]",
      "02-demo/lesson.yaml:5: a check starts with its kind (pod, event, read, exec, hook, deleted, field, all, any, not); this one has `exek`"
    ),
    (
      "id: demo\norder: 1\nfiles: [../secret]\nsteps: []",
      "02-demo/lesson.yaml:3: a file name has no directories and does not start with `.`"
    ),
  ])
  func malformedLessonsSayWhereAndWhat(text: String, message: String) {
    #expect(throws: LessonError.self) { try LessonParser(path: "02-demo/lesson.yaml").parse(text) }
    do {
      _ = try LessonParser(path: "02-demo/lesson.yaml").parse(text)
    } catch {
      #expect(error.description == message)
    }
  }

  /// Aliases that expand a small file into a huge tree are refused before anything walks it.
  @Test func aliasBombsAreRefused() {
    var lines = ["id: bomb", "order: 1", "x0: &a0 [{exec: w}]"]
    for level in 1..<10 {
      lines.append(
        "x\(level): &a\(level) ["
          + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
    }
    lines += ["steps: [{id: s, checks: *a9, solution: [x]}]"]
    do {
      _ = try LessonParser(path: "lesson.yaml").parse(lines.joined(separator: "\n"))
      Issue.record("parsed")
    } catch {
      #expect(error.problem == "the file expands to more than 20000 values (too many aliases?)")
    }
  }

  @Test func solutionLinesMeantToFailAreMarked() throws {
    let step = LessonStep(
      id: "a", checks: [.exec(pod: "w")], solution: ["! kubectl apply -f x.yaml", "ls"])
    #expect(step.commands.map(\.text) == ["kubectl apply -f x.yaml", "ls"])
    #expect(step.commands.map(\.fails) == [true, false])
  }

  @Test(arguments: [("30s", 30), ("2m", 120), ("1m30s", 90), ("90", 90), ("1h", 3600)])
  func durations(text: String, seconds: Int64) {
    #expect(LessonParser.duration(text) == .seconds(seconds))
  }

  @Test(arguments: ["", "s", "5x", "-3", "1m30"])
  func badDurations(text: String) {
    #expect(LessonParser.duration(text) == nil)
  }
}
