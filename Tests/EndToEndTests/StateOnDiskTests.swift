import Foundation
import Lessons
import Testing

@testable import Shell

/// What kubetutor keeps on disk survives `kill -9` at any moment, and it writes nowhere but its
/// state directory and the lesson's workspace.
@Suite("State on disk", .serialized)
struct StateOnDiskTests {
  /// A home of its own, the shell's working directory elsewhere, and `TMPDIR` inside the
  /// scratch directory too, so that any stray write shows.
  struct Scratch {
    let root: URL
    var home: String { root.path + "/home" }
    var work: String { root.path + "/work" }
    /// `XDG_STATE_HOME` instead of `~/.local/state`.
    var xdg = false
    var state: String { (xdg ? root.path + "/xdg" : home + "/.local/state") + "/kubetutor" }
    var environment: [String: String] {
      var variables = [
        "HOME": home, "TMPDIR": root.path + "/tmp", "TERM": "xterm", "NO_COLOR": "1",
        "LANG": "C.UTF-8", "KUBETUTOR_LESSONS": Binary.repository.path + "/Lessons",
      ]
      if xdg { variables["XDG_STATE_HOME"] = root.path + "/xdg" }
      return variables
    }

    init(xdg: Bool = false) throws {
      self.xdg = xdg
      root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kubetutor-state-\(UUID().uuidString)")
      for directory in ["home", "work", "tmp"] {
        try FileManager.default.createDirectory(
          at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
      }
      try Data("the learner's own file\n".utf8).write(
        to: URL(fileURLWithPath: work + "/notes.txt"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every entry under the scratch directory outside the state directory, with its kind,
    /// size, mode and modification time; the state directory's own ancestors (which kubetutor
    /// creates, so their times change) only by name.
    func snapshot() throws -> [String: String] {
      var entries: [String: String] = [:]
      let enumerator = FileManager.default.enumerator(atPath: root.path)
      while let relative = enumerator?.nextObject() as? String {
        let path = root.path + "/" + relative
        if path == state || path.hasPrefix(state + "/") { continue }
        if state.hasPrefix(path + "/") {
          entries[relative] = "an ancestor of the state directory"
          continue
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        entries[relative] =
          "mode \(String(info.st_mode, radix: 8)) size \(info.st_size) "
          + "mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
      }
      return entries
    }
  }

  /// Runs the built kubetutor in `directory` with `stdin` piped in and exactly `environment`.
  static func run(
    _ arguments: [String], stdin: String, in directory: String, environment: [String: String]
  ) throws -> Int32 {
    try Binary.run(
      arguments, stdin: stdin, environment: environment, inheritEnvironment: false,
      directory: directory
    ).status
  }

  /// Lessons, the shell's redirections (inside and outside the workspace), `run`, `lessons`,
  /// `progress export` and `reset` change nothing but the state directory (the lesson's
  /// workspace is in it), whether it is `~/.local/state/kubetutor` or under `XDG_STATE_HOME`.
  @Test(arguments: [false, true])
  func itWritesOnlyInItsStateDirectory(xdg: Bool) throws {
    guard FileManager.default.isExecutableFile(atPath: Binary.url.path) else {
      Issue.record("\(Binary.url.path) is missing: build it first")
      return
    }
    let scratch = try Scratch(xdg: xdg)
    defer { scratch.remove() }
    let before = try scratch.snapshot()
    usleep(20_000)  // a later write shows in the modification times

    let terminal = try PseudoTerminal(
      ["shell", "--lesson", "lifecycle-demo"], directory: scratch.work,
      environment: scratch.environment)
    #expect(terminal.wait(for: "$ "))
    for line in [
      "kubectl apply -f lifecycle-events.yaml", "echo mine > mine.txt", "ls",
      "echo out > ../../escape.txt", "echo out > \(scratch.work)/notes.txt",
      "echo out > \(scratch.home)/.bashrc", "cd /", "echo out > escape.txt", "cd",
      "cat > typed.txt <<EOF", "typed", "EOF", "next", "hint", "prev", "reset step", "exit",
    ] {
      terminal.type(line + "\r")
    }
    #expect(terminal.waitForExit(), "\(terminal.output)")
    #expect(terminal.output.contains("the shell only writes inside its workspace"))
    #expect(terminal.output.contains("mine.txt"), "\(terminal.output)")
    if ProcessInfo.processInfo.environment["SHOW_TERMINAL"] == "1" { print(terminal.output) }

    let environment = scratch.environment
    let script =
      "echo x > script.txt\nkubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml\n"
    #expect(
      try Self.run(["run", "-"], stdin: script, in: scratch.work, environment: environment) == 0)
    #expect(
      try Self.run(
        ["run", "-", "--lesson", "lifecycle-demo"], stdin: script, in: scratch.work,
        environment: environment) == 0)
    #expect(
      try Self.run(["lessons", "list"], stdin: "", in: scratch.work, environment: environment) == 0)
    #expect(
      try Self.run(["progress", "export"], stdin: "", in: scratch.work, environment: environment)
        == 0)
    #expect(
      try Self.run(
        ["reset", "lifecycle-demo", "--yes"], stdin: "", in: scratch.work, environment: environment)
        == 0)

    let after = try scratch.snapshot()
    // Only the state directory's ancestors may appear (kubetutor creates them, mode 0700).
    let changed = Set(before.keys).union(after.keys).sorted().filter {
      before[$0] != after[$0]
        && !(before[$0] == nil && after[$0] == "an ancestor of the state directory")
    }
    #expect(changed.isEmpty, "changed outside the state directory: \(changed)")
    // The state directory has what it should: progress and history (the workspace was reset).
    let kept = (try? FileManager.default.contentsOfDirectory(atPath: scratch.state)) ?? []
    #expect(Set(kept).isSuperset(of: ["progress.json", "history"]), "\(kept)")
  }

  /// Lines a learner might type, which save progress (`next`, `prev`), the history (every
  /// line) and a workspace file (`>`), over and over.
  static func lines(_ round: Int) -> [String] {
    [
      "next", "echo first version > kept.txt", "prev",
      "cat lifecycle-events.yaml > copy.yaml", "next",
      "echo a longer second version > other.txt", "prev",
      "kubectl get pods", "goto 2", "step", "next", "cat copy.yaml > copy2.yaml", "goto 1",
      "echo round \(round)",
    ]
  }

  @Test func killedAtAnyMomentItsFilesStayWhole() throws {
    guard FileManager.default.isExecutableFile(atPath: Binary.url.path) else {
      Issue.record("\(Binary.url.path) is missing: build it first")
      return
    }
    let scratch = try Scratch()
    defer { scratch.remove() }
    let manifest = try String(
      contentsOfFile: Binary.repository.path + "/Lessons/01-lifecycle-demo/lifecycle-events.yaml",
      encoding: .utf8)
    var generator = SystemRandomNumberGenerator()
    let kills = 50
    var killedMidWrite = 0
    var delays: [Int] = []
    for round in 0..<kills {
      let terminal = try PseudoTerminal(
        ["shell", "--lesson", "lifecycle-demo"], directory: scratch.work,
        environment: scratch.environment)
      // The prompt shows the lesson is open; then lines are typed as fast as it reads them.
      guard terminal.wait(for: "$ ") else {
        Issue.record("round \(round): no prompt:\n\(terminal.output.suffix(2000))")
        return
      }
      #expect(!terminal.output.contains("warning"), "round \(round):\n\(terminal.output)")
      let typist = Thread {
        while terminal.process.isRunning {
          for line in Self.lines(round) where terminal.process.isRunning {
            terminal.type(line + "\r")
            usleep(2_000)
          }
        }
      }
      typist.start()
      let delay = Int.random(in: 20...500, using: &generator)
      delays.append(delay)
      usleep(UInt32(delay) * 1000)
      terminal.kill(SIGKILL)
      while !typist.isFinished { usleep(1_000) }

      // What is on disk now must be whole: progress that parses, a history libedit wrote,
      // workspace files with one of the contents written, nothing set aside.
      let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.state)) ?? []
      #expect(!names.contains { $0.contains("damaged") }, "round \(round): \(names)")
      if names.contains(where: { $0.contains(StateFiles.temporaryMarker) }) {
        killedMidWrite += 1
      }
      if let text = try? String(contentsOfFile: scratch.state + "/progress.json", encoding: .utf8) {
        #expect(throws: Never.self, "round \(round) after \(delay) ms: \(text)") {
          _ = try LearnerProgress.decode(text)
        }
      }
      #expect(
        HistoryFile.problem(at: scratch.state + "/history") == nil,
        "round \(round) after \(delay) ms")
      let workspace = scratch.state + "/workspaces/lifecycle-demo"
      for name in (try? FileManager.default.contentsOfDirectory(atPath: workspace)) ?? [] {
        guard !name.hasPrefix(".") else { continue }
        let text = (try? String(contentsOfFile: workspace + "/" + name, encoding: .utf8)) ?? "?"
        let whole: Bool =
          switch name {
          case "kept.txt": text == "first version\n"
          case "other.txt": text == "a longer second version\n"
          case "lifecycle-events.yaml", "copy.yaml", "copy2.yaml": text == manifest
          default: false
          }
        #expect(whole, "round \(round) after \(delay) ms: \(name) holds \(text.prefix(200))")
      }
    }
    // The next start cleans up what the killed ones left, and says nothing about damage.
    let terminal = try PseudoTerminal(
      ["shell"], directory: scratch.work, environment: scratch.environment)
    #expect(terminal.wait(for: "$ "))
    terminal.type("exit\r")
    #expect(terminal.waitForExit())
    #expect(!terminal.output.contains("warning"), "\(terminal.output)")
    let left = (try? FileManager.default.contentsOfDirectory(atPath: scratch.state)) ?? []
    #expect(!left.contains { $0.contains(StateFiles.temporaryMarker) }, "\(left)")
    let report = "kill -9 test: \(kills) kills, \(killedMidWrite) left a temporary file behind"
    print(report + " (delays in ms: \(delays.sorted()))")
  }
}
