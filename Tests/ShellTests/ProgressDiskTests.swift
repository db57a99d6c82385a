import Foundation
import Lessons
import Testing

@testable import Shell

/// A fresh directory under the temporary directory, removed by the caller.
private func scratch(_ name: String) throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent(
    "kubetutor-\(name)-\(UUID().uuidString)"
  ).path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

private func write(_ text: String, to path: String) throws {
  try FileManager.default.createDirectory(
    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

private func exists(_ path: String) -> Bool {
  (try? FileManager.default.attributesOfItem(atPath: path)) != nil
}

@Suite("Progress files on disk")
struct ProgressFilesTests {
  /// A directory stands for its `*.json` entries, sorted, hidden ones and others skipped; each
  /// kind of unreadable path is a problem, not a failure.
  @Test func pathsAndDirectoriesAreReadWithoutFailing() throws {
    let root = try scratch("files")
    defer { try? FileManager.default.removeItem(atPath: root) }
    try write("{\"lessons\": {}}", to: root + "/in/b.json")
    try write("{\"lessons\": {}}", to: root + "/in/a.json")
    try write("hidden", to: root + "/in/.hidden.json")
    try write("not json", to: root + "/in/readme.txt")
    try FileManager.default.createDirectory(
      atPath: root + "/in/sub.json", withIntermediateDirectories: true)
    try write(String(repeating: " ", count: (1 << 20) + 10), to: root + "/in/huge.json")
    try FileManager.default.createDirectory(
      atPath: root + "/empty", withIntermediateDirectories: true)
    #expect(mkfifo(root + "/in/pipe.json", 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: root + "/in/dangling.json", withDestinationPath: root + "/nowhere")
    let sources = ProgressFiles.read([
      root + "/in", root + "/in/a.json", root + "/missing.json", root + "/empty",
    ])
    let summary = sources.map { source -> String in
      let name = String(source.path.dropFirst(root.count + 1))
      switch source.contents {
      case .bytes(let bytes, let modified):
        return "\(name): \(bytes.count) bytes\(modified == nil ? "" : ", dated")"
      case .problem(let problem): return "\(name): \(problem)"
      }
    }
    #expect(
      summary == [
        "in/a.json: 15 bytes, dated",
        "in/b.json: 15 bytes, dated",
        "in/dangling.json: missing",
        "in/huge.json: tooLarge(1048586)",
        "in/pipe.json: notRegularFile",
        "in/sub.json: isDirectory",
        "missing.json: missing",
        "empty: noJSONFiles",
      ])
  }
}

@Suite("kubetutor reset on disk")
struct StateResetTests {
  /// A state directory with two lessons' progress and workspaces, history and a backup, and a
  /// link in a workspace that points outside.
  static func state() throws -> (root: String, state: String) {
    let root = try scratch("reset")
    let state = root + "/kubetutor"
    var progress = LearnerProgress(current: "demo")
    progress.lessons["demo"] = LessonProgress(
      step: "two", done: ["one"], started: .init(seconds: 0))
    progress.lessons["other"] = LessonProgress(step: "a", started: .init(seconds: 0))
    try write(progress.encoded(), to: state + "/progress.json")
    try write("{", to: state + "/progress.json.damaged")
    try write("{", to: state + "/progress.json.damaged-2")
    try write("echo hi\n", to: state + "/history")
    try write("kind: Pod\n", to: state + "/workspaces/demo/pod.yaml")
    try write("kind: Pod\n", to: state + "/workspaces/demo/sub/deep.yaml")
    try write("kind: Pod\n", to: state + "/workspaces/other/pod.yaml")
    try write("precious\n", to: root + "/outside/keep.txt")
    try FileManager.default.createSymbolicLink(
      atPath: state + "/workspaces/demo/escape", withDestinationPath: root + "/outside")
    try write("mine\n", to: state + "/notes.txt")
    return (root, state)
  }

  @Test func oneLessonGoesItsEntryAndItsWorkspace() throws {
    let (root, state) = try Self.state()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let reset = try StateReset(directory: state, lesson: nil, all: false)
    #expect(reset.lesson == "demo")
    #expect(
      reset.items == [
        .lessonEntry(id: "demo", done: 1, current: true),
        .directory("workspaces/demo", files: 3),
      ])
    #expect(reset.perform() == nil)
    #expect(!exists(state + "/workspaces/demo"))
    #expect(exists(state + "/workspaces/other/pod.yaml"))
    #expect(exists(root + "/outside/keep.txt"))
    let progress = try #require(try DiskLessonHost(directory: state).readProgress())
    #expect(progress.current == nil)
    #expect(Array(progress.lessons.keys) == ["other"])
    #expect(exists(state + "/history") && exists(state + "/notes.txt"))
  }

  @Test func everythingGoesButNothingElse() throws {
    let (root, state) = try Self.state()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let reset = try StateReset(directory: state, lesson: nil, all: true)
    #expect(
      reset.items == [
        .file("progress.json"), .file("progress.json.damaged"), .file("progress.json.damaged-2"),
        .file("history"), .directory("workspaces", files: 4),
      ])
    #expect(reset.perform() == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: state) == ["notes.txt"])
    #expect(try String(contentsOfFile: root + "/outside/keep.txt", encoding: .utf8) == "precious\n")
    #expect(try StateReset(directory: state, lesson: nil, all: true).isEmpty)
  }

  /// A link where a directory is expected is unlinked, never followed.
  @Test func aLinkedWorkspaceIsOnlyUnlinked() throws {
    let (root, state) = try Self.state()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.removeItem(atPath: state + "/workspaces/other")
    try FileManager.default.createSymbolicLink(
      atPath: state + "/workspaces/other", withDestinationPath: root + "/outside")
    let reset = try StateReset(directory: state, lesson: "other", all: false)
    #expect(reset.items.last == .link("workspaces/other"))
    #expect(reset.perform() == nil)
    #expect(!exists(state + "/workspaces/other"))
    #expect(exists(root + "/outside/keep.txt"))
  }

  /// A `workspaces` that is a link is not a way out of the state directory.
  @Test func aLinkedWorkspacesDirectoryIsNotEntered() throws {
    let (root, state) = try Self.state()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.moveItem(atPath: state + "/workspaces", toPath: root + "/elsewhere")
    try FileManager.default.createSymbolicLink(
      atPath: state + "/workspaces", withDestinationPath: root + "/elsewhere")
    let reset = try StateReset(directory: state, lesson: "demo", all: false)
    #expect(reset.items == [.lessonEntry(id: "demo", done: 1, current: true)])
    #expect(reset.perform() == nil)
    #expect(exists(root + "/elsewhere/demo/pod.yaml"))
    let all = try StateReset(directory: state, lesson: nil, all: true)
    #expect(all.items.last == .link("workspaces"))
    #expect(all.perform() == nil)
    #expect(exists(root + "/elsewhere/demo/pod.yaml") && exists(root + "/outside/keep.txt"))
    #expect(!exists(state + "/workspaces"))
  }

  @Test func aDamagedProgressFileStopsALessonReset() throws {
    let (root, state) = try Self.state()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try write("{oops", to: state + "/progress.json")
    #expect(throws: StateReset.Failure.self) {
      try StateReset(directory: state, lesson: "demo", all: false)
    }
    #expect(exists(state + "/progress.json"))
    #expect(!(try StateReset(directory: state, lesson: nil, all: true).isEmpty))
  }

  @Test func nothingToReset() throws {
    let root = try scratch("empty-state")
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(try StateReset(directory: root + "/kubetutor", lesson: nil, all: true).isEmpty)
    #expect(try StateReset(directory: root + "/kubetutor", lesson: "demo", all: false).isEmpty)
    #expect(throws: StateReset.Failure.noCurrentLesson) {
      try StateReset(directory: root + "/kubetutor", lesson: nil, all: false)
    }
  }
}
