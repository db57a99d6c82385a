import Foundation
import Testing

/// `kubetutor progress export|report` and `kubetutor reset`, run as an instructor and learners
/// would: each learner's state in its own `XDG_STATE_HOME`.
@Suite("Workshops: progress and reset")
struct ProgressEndToEndTests {
  /// A scratch directory, removed by the caller.
  static func scratch(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// A learner's progress.json: on `read-message` (step 3 of 4) of lifecycle-demo since
  /// `updated`.
  static func progress(updated: String = "2025-09-15T09:12:00Z") -> String {
    """
    {
      "current": "lifecycle-demo",
      "lessons": {
        "lifecycle-demo": {
          "done": ["create", "running"],
          "started": "2025-09-15T09:00:00Z",
          "step": "read-message",
          "updated": "\(updated)"
        }
      },
      "version": 1
    }

    """
  }

  /// Every path under `root`, with each file's contents: what "nothing else touched" compares.
  static func snapshot(_ root: URL) -> [String: String] {
    var result: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let path = enumerator?.nextObject() as? String {
      let full = root.appendingPathComponent(path).path
      let type =
        (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
      switch type {
      case .typeSymbolicLink?:
        result[path] =
          "-> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")
      case .typeDirectory?: result[path] = "/"
      default: result[path] = (try? String(contentsOfFile: full, encoding: .utf8)) ?? "?"
      }
    }
    return result
  }

  // MARK: - export → report

  @Test func exportThenReportRoundTrip() throws {
    let root = try Self.scratch("progress")
    defer { try? FileManager.default.removeItem(at: root) }
    let ada = root.appendingPathComponent("ada")
    try Self.write(Self.progress(), to: ada.appendingPathComponent("kubetutor/progress.json"))
    let environment = ["XDG_STATE_HOME": ada.path]

    let printed = try Binary.run(
      ["progress", "export", "--name", "  Ada Lovelace  "], environment: environment)
    #expect(printed.status == 0, "\(printed.stderr)")
    #expect(printed.stderr == "")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
    #expect(json["format"] as? String == "kubetutor-progress")
    #expect(json["version"] as? Int == 1)
    #expect(json["name"] as? String == "Ada Lovelace")
    #expect(json["kubetutor"] as? String != nil)
    let exported = try #require(json["exported"] as? String)
    #expect(exported.hasSuffix("Z") && exported.count == 20)
    let lessons = try #require(json["lessons"] as? [[String: Any]])
    #expect(lessons.count == 1)
    #expect(lessons[0]["id"] as? String == "lifecycle-demo")
    #expect(lessons[0]["stepNumber"] as? Int == 3)
    #expect(lessons[0]["total"] as? Int == 4)
    #expect(
      lessons[0]["steps"] as? [String] == ["create", "running", "read-message", "delete"])
    #expect((lessons[0]["hash"] as? String)?.count == 12)
    #expect(printed.stdout.contains("\n  \"lessons\": [\n"))

    let inbox = root.appendingPathComponent("inbox")
    try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    let file = inbox.appendingPathComponent("ada.json").path
    let saved = try Binary.run(
      ["progress", "export", "--name", "Ada Lovelace", "--out", file], environment: environment)
    #expect(saved.status == 0)
    #expect(saved.stdout == "Progress written to \(file) (lessons: 1).\n")
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o644)
    #expect(try FileManager.default.contentsOfDirectory(atPath: inbox.path) == ["ada.json"])

    // A learner who has not started anything still exports, and the raw file is read too.
    let empty = try Binary.run(
      [
        "progress", "export", "--name", "Bo", "--out", inbox.appendingPathComponent("bo.json").path,
      ],
      environment: ["XDG_STATE_HOME": root.appendingPathComponent("bo").path])
    #expect(empty.status == 0)
    try FileManager.default.copyItem(
      atPath: ada.appendingPathComponent("kubetutor/progress.json").path,
      toPath: inbox.appendingPathComponent("pc07.json").path)

    let report = try Binary.run(["progress", "report", inbox.path, "--stuck-after", "5"])
    #expect(report.status == 0)
    let lines = report.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("Learners: 3 (from 3 files) · stuck: 2 (no progress for over 5 min"))
    #expect(lines.contains { $0.hasPrefix("Ada Lovelace  ") && $0.contains("3/4!") })
    #expect(lines.contains { $0.hasPrefix("Bo  ") && !$0.contains("/") })
    #expect(
      lines.contains { $0.hasPrefix("pc07.json  ") && $0.contains("lesson 1, step 3 read-message") }
    )
    #expect(
      report.stdout.contains(
        "1 lifecycle-demo: 0 of 3 finished · 2 on the way · 1 not started\n    on step 1 create: 0 · 2 running: 0 · 3 read-message: 2 · 4 delete: 0\n    stuck: 2, most on step 3 read-message (2)\n"
      ))
    #expect(
      report.stderr
        == "kubetutor: progress report: \(inbox.path)/pc07.json: note: a progress.json, not an export: named after the file, its modification time taken as the export time\n"
    )
    for line in lines { #expect(line.count <= 100) }
  }

  @Test func aDamagedProgressFileIsNotExportedNorMoved() throws {
    let root = try Self.scratch("damaged")
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("kubetutor/progress.json")
    try Self.write("{\"lessons\": [", to: file)
    let result = try Binary.run(["progress", "export"], environment: ["XDG_STATE_HOME": root.path])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("kubetutor: progress export: \(file.path) could not be read ("))
    #expect(FileManager.default.fileExists(atPath: file.path))
  }

  // MARK: - many and bad files

  /// 300 learners, 30 byte-identical copies and 30 older exports of the same names.
  @Test func hundredsOfFiles() throws {
    let root = try Self.scratch("room")
    defer { try? FileManager.default.removeItem(at: root) }
    let steps = ["create", "running", "read-message", "delete"]
    func export(_ learner: Int, minute: String) -> String {
      let step = learner % 4
      return """
        {"format": "kubetutor-progress", "version": 1, "name": "learner \(learner)",
         "exported": "2025-09-15T09:\(minute)Z", "current": "lifecycle-demo",
         "lessons": [{"id": "lifecycle-demo", "step": "\(steps[step])", "stepNumber": \(step + 1),
           "done": [\(steps.prefix(step).map { "\"\($0)\"" }.joined(separator: ", "))],
           "started": "2025-09-15T09:00:00Z",
           "updated": "2025-09-15T09:\(10 + learner % 30):00Z"}]}
        """
    }
    for learner in 0..<300 {
      try Self.write(
        export(learner, minute: "45:00"),
        to: root.appendingPathComponent("room/l\(learner).json"))
    }
    for learner in 0..<30 {
      try Self.write(
        export(learner, minute: "45:00"),
        to: root.appendingPathComponent("room/copy\(learner).json"))
      try Self.write(
        export(learner, minute: "20:00"), to: root.appendingPathComponent("room/old\(learner).json")
      )
    }
    let start = Date()
    let result = try Binary.run(["progress", "report", root.appendingPathComponent("room").path])
    let seconds = Date().timeIntervalSince(start)
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "Learners: 300 (from 330 files) · stuck: 250 (no progress for over 10 min before their export)\nLeft out (each file named on stderr): unreadable: 0 · copies: 30 · older exports: 30\n"
      ))
    #expect(result.stderr.split(separator: "\n").count == 60)
    #expect(
      result.stdout.contains("1 lifecycle-demo: 0 of 300 finished · 300 on the way · 0 not started")
    )
    #expect(seconds < 10, "a report over 360 files took \(seconds) s")
  }

  /// Every kind of bad file: one line each on stderr, never fatal.
  @Test func badFilesAreNamedAndSkipped() throws {
    let root = try Self.scratch("bad")
    defer { try? FileManager.default.removeItem(at: root) }
    let room = root.appendingPathComponent("room")
    try Self.write("this is not JSON", to: room.appendingPathComponent("words.json"))
    try Self.write("[1, 2, 3]", to: room.appendingPathComponent("array.json"))
    try Self.write(
      "{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}", to: room.appendingPathComponent("pod.json"))
    try Self.write("", to: room.appendingPathComponent("empty.json"))
    try Data([0x7B, 0x00, 0xFF, 0x01, 0x7D]).write(to: room.appendingPathComponent("binary.json"))
    try Self.write(
      "{\"lessons\": {}, \"pad\": \"" + String(repeating: "x", count: 1 << 20) + "\"}",
      to: room.appendingPathComponent("huge.json"))
    try FileManager.default.createDirectory(
      at: room.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
    // Unreadable even for root: reading /proc/self/mem from its start fails with EIO.
    try FileManager.default.createSymbolicLink(
      atPath: room.appendingPathComponent("unreadable.json").path,
      withDestinationPath: "/proc/self/mem")
    try Self.write(
      "{\"format\": \"kubetutor-progress\", \"lessons\": [",
      to: room.appendingPathComponent("cut.json"))

    let none = try Binary.run(["progress", "report", room.path])
    #expect(none.status == 1)
    #expect(none.stdout == "")
    let p = room.path
    #expect(
      none.stderr == """
        kubetutor: progress report: \(p)/array.json: JSON, but not an object: not a progress export
        kubetutor: progress report: \(p)/binary.json: binary data, not JSON text
        kubetutor: progress report: \(p)/cut.json: not JSON: unexpected EOF
        kubetutor: progress report: \(p)/empty.json: empty
        kubetutor: progress report: \(p)/folder.json: is a directory
        kubetutor: progress report: \(p)/huge.json: larger than 1 MB: not a progress file
        kubetutor: progress report: \(p)/pod.json: no `lessons`: neither a kubetutor progress export nor a progress.json
        kubetutor: progress report: \(p)/unreadable.json: cannot be read: Input/output error
        kubetutor: progress report: \(p)/words.json: not JSON: invalid character 't' looking for beginning of value
        kubetutor: progress report: no progress file could be read

        """)

    try Self.write(Self.progress(), to: room.appendingPathComponent("good.json"))
    try Self.write(
      """
      {"format": "kubetutor-progress", "version": 2, "name": "From the future", "mood": "great",
       "lessons": [{"id": "lifecycle-demo", "step": "running", "extra": {"x": 1}}]}
      """, to: room.appendingPathComponent("newer.json"))
    let some = try Binary.run([
      "progress", "report", room.path, root.appendingPathComponent("gone.json").path,
    ])
    #expect(some.status == 0)
    #expect(some.stdout.contains("\ngood.json "))
    #expect(some.stderr.contains("\(root.path)/gone.json: no such file or directory\n"))
    #expect(
      some.stderr.contains(
        "\(room.path)/newer.json: note: written by a newer kubetutor (format 2); read as far as this one understands it\n"
      ))
    #expect(some.stdout.contains("\nFrom the future  "))
    #expect(some.stderr.split(separator: "\n").count == 12)
  }

  @Test func usageErrorsExitTwo() throws {
    let none = try Binary.run(["progress", "report"])
    #expect(none.status == 2)
    #expect(
      none.stderr == "kubetutor: progress report: name the export files, or directories of them\n")
    let zero = try Binary.run(["progress", "report", "x.json", "--stuck-after", "0"])
    #expect(zero.status == 2)
    let both = try Binary.run(["reset", "lifecycle-demo", "--all"])
    #expect(both.status == 2)
    #expect(both.stderr == "kubetutor: reset: name a lesson or give --all, not both\n")
    let path = try Binary.run(["reset", "../etc"])
    #expect(path.status == 2)
    #expect(path.stderr.hasPrefix("kubetutor: reset: `../etc` is not a lesson id"))
  }

  // MARK: - HTML

  @Test func theHTMLPageIsValidAndEscapesLearnerNames() throws {
    let root = try Self.scratch("html")
    defer { try? FileManager.default.removeItem(at: root) }
    let state = root.appendingPathComponent("state")
    try Self.write(Self.progress(), to: state.appendingPathComponent("kubetutor/progress.json"))
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("in"), withIntermediateDirectories: true)
    let names = ["<script>alert('x')</script>", "李小龙 & \"friends\"", "Zoë"]
    for (index, name) in names.enumerated() {
      let result = try Binary.run(
        [
          "progress", "export", "--name", name, "--out",
          root.appendingPathComponent("in/\(index).json").path,
        ],
        environment: ["XDG_STATE_HOME": state.path])
      #expect(result.status == 0)
    }
    let page = root.appendingPathComponent("report.html").path
    let result = try Binary.run(
      [
        "progress", "report", "--html", "--out", page, "--lang", "zh",
        root.appendingPathComponent("in").path,
      ])
    #expect(result.status == 0)
    #expect(result.stdout == "报告已写入 \(page)（学员数：3）。\n")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("李小龙 &amp; &quot;friends&quot;"))
    #expect(html.contains("<html lang=\"zh-CN\">"))
    for external in ["http:", "https:", "src=", "<link"] { #expect(!html.contains(external)) }

    let tidy = Process()
    tidy.executableURL = URL(fileURLWithPath: "/usr/bin/tidy")
    tidy.arguments = ["-e", "-q", page]
    let errors = Pipe()
    tidy.standardError = errors
    tidy.standardOutput = errors
    try tidy.run()
    let messages = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    tidy.waitUntilExit()
    #expect(tidy.terminationStatus == 0, "tidy: \(messages)")
    #expect(messages == "")
  }

  // MARK: - reset

  /// A state directory with progress, a backup, history and two workspaces (one with a link
  /// that points outside), beside files reset must not touch.
  static func learnerState(_ root: URL) throws -> URL {
    let state = root.appendingPathComponent("xdg/kubetutor")
    var text = Self.progress()
    text = text.replacingOccurrences(
      of: "\n  },\n  \"version\"",
      with:
        ",\n    \"http-handlers\": {\"step\": \"create\", \"done\": [], \"started\": \"2025-09-15T09:00:00Z\", \"updated\": \"2025-09-15T09:00:00Z\"}\n  },\n  \"version\""
    )
    try Self.write(text, to: state.appendingPathComponent("progress.json"))
    try Self.write("{", to: state.appendingPathComponent("progress.json.damaged"))
    try Self.write("kubectl get pods\n", to: state.appendingPathComponent("history"))
    try Self.write(
      "kind: Pod\n",
      to: state.appendingPathComponent("workspaces/lifecycle-demo/lifecycle-events.yaml"))
    try Self.write(
      "kind: Pod\n", to: state.appendingPathComponent("workspaces/http-handlers/hello-http.yaml"))
    try Self.write("keep me\n", to: root.appendingPathComponent("outside/precious.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: state.appendingPathComponent("workspaces/lifecycle-demo/outside").path,
      withDestinationPath: root.appendingPathComponent("outside").path)
    try Self.write("not kubetutor's\n", to: state.appendingPathComponent("notes.txt"))
    try Self.write("other program\n", to: root.appendingPathComponent("xdg/other/state"))
    return state
  }

  @Test func resetOneLessonWithYes() throws {
    let root = try Self.scratch("reset-one")
    defer { try? FileManager.default.removeItem(at: root) }
    let state = try Self.learnerState(root)
    let before = Self.snapshot(root)
    let result = try Binary.run(
      ["reset", "--yes"], environment: ["XDG_STATE_HOME": root.appendingPathComponent("xdg").path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        kubetutor reset removes, in \(state.path):
          progress.json: the progress of lesson lifecycle-demo (steps done: 2)
          progress.json: lesson lifecycle-demo as the lesson to resume
          workspaces/lifecycle-demo/ (files: 2)
        Lesson lifecycle-demo reset: it starts again from step 1.

        """)
    var after = Self.snapshot(root)
    let progress = after.removeValue(forKey: "xdg/kubetutor/progress.json") ?? ""
    #expect(progress.contains("http-handlers") && !progress.contains("lifecycle-demo"))
    var expected = before
    expected["xdg/kubetutor/progress.json"] = nil
    for key in expected.keys where key.hasPrefix("xdg/kubetutor/workspaces/lifecycle-demo") {
      expected[key] = nil
    }
    #expect(after == expected)
    #expect(after["outside/precious.txt"] == "keep me\n")

    let again = try Binary.run(
      ["reset", "lifecycle-demo"],
      environment: ["XDG_STATE_HOME": root.appendingPathComponent("xdg").path])
    #expect(again.status == 0)
    #expect(
      again.stdout == "Nothing to reset: lesson lifecycle-demo has no progress and no workspace.\n")
    let current = try Binary.run(
      ["reset"], environment: ["XDG_STATE_HOME": root.appendingPathComponent("xdg").path])
    #expect(
      current.stdout == "Nothing to reset: no lesson is in progress (name one, or use --all).\n")
  }

  /// A progress file whose `current` is a path, not a lesson id, never leads reset out of the
  /// state directory.
  @Test(arguments: ["../..", "..", "../other", "/etc", "", "."])
  func resetIgnoresACurrentThatIsNotALessonID(current: String) throws {
    let root = try Self.scratch("reset-current")
    defer { try? FileManager.default.removeItem(at: root) }
    let state = root.appendingPathComponent("xdg/kubetutor")
    try Self.write(
      "{\"version\": 1, \"current\": \"\(current)\", \"lessons\": {}}\n",
      to: state.appendingPathComponent("progress.json"))
    try Self.write("keep me\n", to: root.appendingPathComponent("xdg/other/data.txt"))
    try Self.write("kind: Pod\n", to: state.appendingPathComponent("workspaces/x/f.yaml"))
    let before = Self.snapshot(root)
    let result = try Binary.run(
      ["reset", "--yes"], environment: ["XDG_STATE_HOME": root.appendingPathComponent("xdg").path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == "Nothing to reset: no lesson is in progress (name one, or use --all).\n")
    #expect(Self.snapshot(root) == before)
  }

  @Test func resetAllWithYesTouchesNothingElse() throws {
    let root = try Self.scratch("reset-all")
    defer { try? FileManager.default.removeItem(at: root) }
    let state = try Self.learnerState(root)
    let environment = ["XDG_STATE_HOME": root.appendingPathComponent("xdg").path]
    let result = try Binary.run(
      ["reset", "--all", "--yes", "--lang", "zh"], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        kubetutor reset 将删除 \(state.path) 中的以下内容：
          progress.json
          progress.json.damaged
          history
          workspaces/（文件数：3）
        已重置：kubetutor 将从头开始，没有学习进度、历史记录和工作目录。

        """)
    #expect(
      Self.snapshot(root) == [
        "outside": "/", "outside/precious.txt": "keep me\n", "xdg": "/", "xdg/kubetutor": "/",
        "xdg/kubetutor/notes.txt": "not kubetutor's\n", "xdg/other": "/",
        "xdg/other/state": "other program\n",
      ])
    let again = try Binary.run(["reset", "--all"], environment: environment)
    #expect(again.status == 0)
    #expect(again.stdout == "Nothing to reset in \(state.path).\n")
  }

  /// Without a terminal to ask on and without --yes, nothing happens.
  @Test func resetRefusesWithoutATerminal() throws {
    let root = try Self.scratch("reset-pipe")
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try Self.learnerState(root)
    let before = Self.snapshot(root)
    let result = try Binary.run(
      ["reset", "--all"], stdin: "y\n",
      environment: ["XDG_STATE_HOME": root.appendingPathComponent("xdg").path])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "kubetutor: reset: no terminal to ask on, so nothing removed (add --yes to reset without asking)\n"
    )
    #expect(result.stdout.hasPrefix("kubetutor reset removes, in "))
    #expect(Self.snapshot(root) == before)
  }

  /// On a terminal it asks: `n` keeps everything, `y` resets.
  @Test func resetAsksOnATerminal() throws {
    guard let executable = TerminalTests.Tmux.find() else {
      Issue.record("tmux is not installed (`make deps`)")
      return
    }
    let root = try Self.scratch("reset-tty")
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try Self.learnerState(root)
    let before = Self.snapshot(root)
    let tmux = TerminalTests.Tmux(executable: executable)
    defer { _ = try? tmux("kill-server") }
    let command =
      "env XDG_STATE_HOME='\(root.appendingPathComponent("xdg").path)' LANG=C.UTF-8 sh -c '\"\(Binary.url.path)\" reset --all; echo reset-exit=$?; \"\(Binary.url.path)\" reset --all; echo reset-exit=$?; sleep 60'"
    try tmux("new-session", "-d", "-x", "120", "-y", "30", "-s", "t", command)
    try tmux.waitFor("the question") { $0.last == "Remove them? [y/N]" }
    try tmux("send-keys", "-t", "t", "n", "Enter")
    try tmux.waitFor("a no") { $0.contains("reset-exit=1") && $0.last == "Remove them? [y/N]" }
    #expect(Self.snapshot(root) == before)
    #expect(try tmux.screen().contains("Nothing removed."))
    try tmux("send-keys", "-t", "t", "y", "Enter")
    try tmux.waitFor("a yes") { $0.contains("reset-exit=0") }
    #expect(
      try tmux.screen().contains(
        "Reset: kubetutor starts afresh, with no progress, history or workspaces."))
    #expect(Self.snapshot(root)["xdg/kubetutor/progress.json"] == nil)
    #expect(Self.snapshot(root)["outside/precious.txt"] == "keep me\n")
  }
}
