import Foundation
import Testing

@testable import Shell

/// The disk side of the workspace rule: a symbolic link must not lead a write out of it.
@Suite("Disk writer")
struct DiskWriterTests {
  @Test func aSymbolicLinkCannotLeadOutOfTheWorkspace() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-writer-\(UUID().uuidString)")
    let workspace = base.appendingPathComponent("ws")
    let outside = base.appendingPathComponent("outside")
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: workspace.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: workspace.appendingPathComponent("lnk"), withDestinationURL: outside)
    try Data("x".utf8).write(to: outside.appendingPathComponent("target.txt"))
    try FileManager.default.createSymbolicLink(
      at: workspace.appendingPathComponent("file-link.txt"),
      withDestinationURL: outside.appendingPathComponent("target.txt"))

    let writer = DiskFileWriter(root: workspace.path)
    #expect(writer.allows(workspace.path + "/a.txt"))
    #expect(writer.allows(workspace.path + "/sub/a.txt"))
    #expect(!writer.allows(workspace.path + "/lnk/a.txt"))
    #expect(!writer.allows(workspace.path + "/file-link.txt"))
    #expect(throws: FileWriteError.self) {
      try writer.write("escaped\n", to: workspace.path + "/lnk/a.txt")
    }
    #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("a.txt").path))
    try writer.write("inside\n", to: workspace.path + "/sub/a.txt")
    #expect(
      try String(contentsOf: workspace.appendingPathComponent("sub/a.txt"), encoding: .utf8)
        == "inside\n")

    // As bash's `>` writes: a link inside the workspace is written through, and a file keeps
    // its mode (the new contents replace the old whole, through a temporary file).
    try Data("real\n".utf8).write(to: workspace.appendingPathComponent("real.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: workspace.path + "/inlink", withDestinationPath: "real.txt")
    try writer.write("changed\n", to: workspace.path + "/inlink")
    #expect(
      try String(contentsOf: workspace.appendingPathComponent("real.txt"), encoding: .utf8)
        == "changed\n")
    #expect(
      (try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.path + "/inlink"))
        == "real.txt")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: workspace.path + "/real.txt")
    try writer.write("again\n", to: workspace.path + "/real.txt")
    let mode =
      try FileManager.default.attributesOfItem(atPath: workspace.path + "/real.txt")[
        .posixPermissions] as? Int
    #expect(mode == 0o755)

    // The session refuses it with its own words, before writing anything.
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: DiskFiles(), workingDirectory: workspace.path, screen: .terminal, writer: writer))
    var output = TranscriptBuffer()
    session.run(line: "echo x > lnk/b.txt", output: &output)
    #expect(output.text.contains("the shell only writes inside its workspace"))
    session.run(line: "edit file-link.txt", output: &output)
    #expect(session.prompt == "$ ")
  }
}

/// Writes leave whole files and no temporary ones; what a killed process left is cleaned up.
@Suite("State files")
struct StateFilesTests {
  @Test func writesLeaveNoTemporaryFilesAndStaleOnesAreRemoved() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-state-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    let path = base.path + "/progress.json"
    #expect(StateFiles.writeAtomically("{}\n", to: path) == nil)
    try DiskFileWriter(root: base.path).write("a\n", to: base.path + "/a.txt")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: base.path).sorted()
        == ["a.txt", "progress.json"])
    #expect(
      StateFiles.temporaryPath(for: path) == base.path + "/.progress.json.kubetutor-tmp-\(getpid())"
    )

    // A dead process's temporary goes; a live one's, a learner's look-alike and a directory stay.
    var dead: Int32 = 999_999
    while kill(dead, 0) == 0 || errno != ESRCH { dead -= 1 }
    let names = [
      ".progress.json.kubetutor-tmp-\(dead)", ".history.kubetutor-tmp-1",
      "notes.kubetutor-tmp-\(dead)",
    ]
    for name in names { try Data("half".utf8).write(to: base.appendingPathComponent(name)) }
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent(".dir.kubetutor-tmp-\(dead)"),
      withIntermediateDirectories: true)
    StateFiles.removeStaleTemporaries(in: base.path)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: base.path).sorted()
        == [
          ".dir.kubetutor-tmp-\(dead)", ".history.kubetutor-tmp-1", "a.txt",
          "notes.kubetutor-tmp-\(dead)", "progress.json",
        ])
  }
}

/// A progress file is read from a shared disk: the ids in it are not paths.
@Suite("Reset and hostile progress")
struct HostileProgressResetTests {
  @Test func aCurrentLessonIdCannotLeadTheResetOutOfTheStateDirectory() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-reset-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    let state = base.appendingPathComponent("kubetutor")
    let victim = base.appendingPathComponent("victim")
    try FileManager.default.createDirectory(
      at: state.appendingPathComponent("workspaces"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
    try Data("precious\n".utf8).write(to: victim.appendingPathComponent("data"))
    try Data(#"{"version": 1, "current": "../../victim", "lessons": {}}"#.utf8).write(
      to: state.appendingPathComponent("progress.json"))
    // The hostile id is dropped as the file is read, so there is no current lesson to reset.
    #expect(throws: StateReset.Failure.noCurrentLesson) {
      try StateReset(directory: state.path, lesson: nil, all: false)
    }
    #expect(FileManager.default.fileExists(atPath: victim.appendingPathComponent("data").path))
  }
}

@Suite("Prompt colour")
struct PromptColourTests {
  /// libedit drops a literal at the very end of a prompt: the reset must come before the space.
  @Test func theResetComesBeforeThePromptsLastCharacter() {
    #expect(EditLineReader.bold("$ ") == "\u{1}\u{1B}[1m\u{2}$\u{1}\u{1B}[0m\u{2} ")
    #expect(EditLineReader.bold("") == "")
  }
}
