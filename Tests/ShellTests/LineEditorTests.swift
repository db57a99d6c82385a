import Kubectl
import Synchronization
import Testing

@testable import Shell

@Suite("Line editor")
struct LineEditorTests {
  private static let file = "one\ntwo\nthree\n"

  /// Runs `lines` through a fresh editor on `text`; returns what it printed and its outcomes.
  private func run(_ lines: [String], text: String? = file) -> (
    editor: LineEditor, output: String, outcomes: [LineEditor.Outcome]
  ) {
    var editor = LineEditor(name: "f.txt", text: text, strings: UIStrings(.en))
    var output = ""
    var outcomes: [LineEditor.Outcome] = []
    for line in lines {
      let (text, outcome) = editor.handle(line)
      output += text
      outcomes.append(outcome)
    }
    return (editor, output, outcomes)
  }

  @Test(arguments: [
    (["2c", "TWO", "."], "one\nTWO\nthree\n"),
    (["0a", "zero", "."], "zero\none\ntwo\nthree\n"),
    (["$a", "four", "five", "."], "one\ntwo\nthree\nfour\nfive\n"),
    (["2i", "1.5", "."], "one\n1.5\ntwo\nthree\n"),
    (["1,2d"], "three\n"),
    (["2d", "d"], "one\n"),  // the current line moves to the next one
    (["2s/w/W/"], "one\ntWo\nthree\n"),
    ([",s/e/E/g"], "onE\ntwo\nthrEE\n"),
    ([",s/e/E/"], "onE\ntwo\nthrEe\n"),
    (["1s|one|a/b|"], "a/b\ntwo\nthree\n"),
    (["1,$c", "only", "."], "only\n"),
    (["2c", "."], "one\nthree\n"),
  ])
  func edits(_ lines: [String], _ expected: String) {
    #expect(run(lines).editor.text == expected)
  }

  @Test func printsWithLineNumbers() {
    #expect(run(["2"]).output == "     2\ttwo\n")
    #expect(run([""]).output == "     1\tone\n     2\ttwo\n     3\tthree\n")
    #expect(run(["2,$p"]).output == "     2\ttwo\n     3\tthree\n")
  }

  @Test(arguments: [
    ("9", "? no such line: the file has 3 lines\n"),
    ("3,1p", "? no such line: the file has 3 lines\n"),
    ("2s/zzz/y/", "? no match for zzz on line 2 (,s/old/new/ looks at every line)\n"),
    (",s/zzz/y/g", "? no match for zzz\n"),
    ("frobnicate", "? unknown command: frobnicate (h lists the commands)\n"),
    ("2s/a", "? unknown command: 2s/a (h lists the commands)\n"),
    ("1w", "? unknown command: 1w (h lists the commands)\n"),
  ])
  func badCommandsSayWhyAndChangeNothing(_ line: String, _ message: String) {
    let result = run([line])
    #expect(result.output == message)
    #expect(result.editor.text == Self.file)
    #expect(!result.editor.dirty)
  }

  /// After `q` warned, one Ctrl-D leaves (ed's rule: the next q or end of input wins).
  @Test func ctrlDRightAfterAQuitWarningLeaves() {
    var editor = LineEditor(name: "f.txt", text: Self.file, strings: UIStrings(.en))
    _ = editor.handle("1d")
    #expect(editor.handle("q").outcome == .stay)
    #expect(editor.endOfInput().leave)
  }

  @Test func quitWithUnsavedChangesIsRefusedOnce() {
    let result = run(["1d", "q", "q!"])
    #expect(result.output == "? unsaved changes: w saves them, q! leaves without them\n")
    #expect(result.outcomes == [.stay, .stay, .leave])
  }

  @Test func writeSavesAndKeepsAMissingFinalNewline() {
    #expect(
      run(["1c", "uno", ".", "wq"], text: "one\ntwo").outcomes.last
        == .save("uno\ntwo", leave: true))
    #expect(run(["0a", "new", ".", "w"], text: nil).outcomes.last == .save("new\n", leave: false))
    #expect(run(["q"]).outcomes == [.leave])
  }

  @Test func ctrlCDropsTheTextBeingTyped() {
    var editor = LineEditor(name: "f.txt", text: Self.file, strings: UIStrings(.en))
    _ = editor.handle("1a")
    _ = editor.handle("lost")
    #expect(editor.interrupt() == "?\n")
    #expect(editor.prompt == "edit> ")
    #expect(editor.text == Self.file)
  }
}

/// A disk the test's editor changes behind the session's back.
final class SharedDisk: FileSource, FileWriter {
  let files: Mutex<[String: String]>
  init(_ files: [String: String]) { self.files = Mutex(files) }
  func read(_ path: String) -> FileLookup { InMemoryFiles(files.withLock { $0 }).read(path) }
  func write(_ contents: String, to path: String) throws(FileWriteError) {
    files.withLock { $0[path] = contents }
  }
}

/// An "editor" that upper-cases the file, or fails to start.
struct UppercasingEditor: ExternalEditor {
  let disk: SharedDisk
  var failure: String?
  var command: String { "upcase" }
  func edit(_ path: String) -> String? {
    if let failure { return failure }
    disk.files.withLock { $0[path] = $0[path, default: ""].uppercased() }
    return nil
  }
}

@Suite("edit FILE")
struct EditCommandTests {
  private func session(editor: UppercasingEditor?, disk: SharedDisk) -> ShellSession {
    ShellSession(
      configuration: ShellSession.Configuration(
        files: disk, workingDirectory: "/w", screen: .terminal, writer: disk, editor: editor))
  }

  @Test func theLearnersEditorChangesTheFileOnDisk() {
    let disk = SharedDisk(["/w/a.txt": "hello\n"])
    var shell = session(editor: UppercasingEditor(disk: disk), disk: disk)
    var output = TranscriptBuffer()
    shell.run(line: "echo more >> a.txt", output: &output)
    shell.run(line: "edit a.txt", output: &output)
    shell.run(line: "cat a.txt", output: &output)
    #expect(output.text == "HELLO\nMORE\n")
  }

  @Test func anEditorThatCannotStartIsReported() {
    let disk = SharedDisk(["/w/a.txt": "hello\n"])
    var shell = session(editor: UppercasingEditor(disk: disk, failure: "No such file"), disk: disk)
    var output = TranscriptBuffer()
    shell.run(line: "edit a.txt", output: &output)
    #expect(output.text == "kubetutor: edit: cannot run upcase: No such file\n")
    #expect(shell.lastStatus == 1)
  }

  @Test(arguments: [
    ("edit /etc/hosts", "kubetutor: /etc/hosts: the shell only writes inside its workspace (/w)\n"),
    ("edit", "kubetutor: usage: edit FILE\n"),
    ("edit a b", "kubetutor: usage: edit FILE\n"),
    ("edit .", "edit: .: Is a directory\n"),
  ])
  func editRefuses(_ line: String, _ message: String) {
    let disk = SharedDisk(["/w/a.txt": "hello\n"])
    var shell = session(editor: nil, disk: disk)
    var output = TranscriptBuffer()
    shell.run(line: line, output: &output)
    #expect(output.text == message)
    #expect(shell.prompt == "$ ")
  }

  /// Without an editor: kubetutor's line editor, its prompt, saving through the writer.
  @Test func theLineEditorSavesThroughTheShell() {
    let disk = SharedDisk(["/w/a.txt": "hello\n"])
    var shell = session(editor: nil, disk: disk)
    var output = TranscriptBuffer()
    shell.run(line: "edit a.txt", output: &output)
    #expect(shell.prompt == "edit> ")
    shell.run(line: "1s/hello/bye/", output: &output)
    shell.run(line: "wq", output: &output)
    #expect(shell.prompt == "$ ")
    #expect(disk.files.withLock { $0["/w/a.txt"] } == "bye\n")
    #expect(output.text.hasSuffix("     1\tbye\nSaved a.txt (1 line).\n"))
  }

  /// On a terminal, Ctrl-D ends text being typed as `.` does, and leaves the editor only after
  /// one warning about unsaved changes, as ed does.
  @Test func ctrlDInTheLineEditorEndsTextThenLeavesAfterAWarning() {
    let disk = SharedDisk(["/w/a.txt": "hello\n"])
    var shell = session(editor: nil, disk: disk)
    var output = TranscriptBuffer()
    shell.run(line: "edit a.txt", output: &output)
    shell.run(line: "1a", output: &output)
    shell.run(line: "typed", output: &output)
    output = TranscriptBuffer()
    #expect(shell.endOfInput(output: &output) == false)
    #expect(output.text.isEmpty)
    #expect(shell.prompt == "edit> ")
    shell.run(line: "2", output: &output)
    #expect(output.text == "     2\ttyped\n")
    output = TranscriptBuffer()
    #expect(shell.endOfInput(output: &output) == false)
    #expect(output.text == "? unsaved changes: w saves them, q! leaves without them\n")
    #expect(shell.prompt == "edit> ")
    #expect(shell.endOfInput(output: &output) == false)
    #expect(shell.prompt == "$ ")
    #expect(disk.files.withLock { $0["/w/a.txt"] } == "hello\n")
  }

  /// At the end of a script the editor is left, and unsaved changes are reported lost.
  @Test func theEndOfAScriptInTheLineEditorLosesTheChanges() {
    var shell = ShellSession(
      configuration: ShellSession.Configuration(
        files: InMemoryFiles(["/w/a.txt": "hello\n"]), workingDirectory: "/w"))
    var output = TranscriptBuffer()
    shell.run(line: "edit a.txt", output: &output)
    shell.run(line: "1d", output: &output)
    output = TranscriptBuffer()
    #expect(shell.endOfInput(output: &output) == true)
    #expect(output.text == "kubetutor: edit: the input ended; changes to a.txt were not saved\n")
  }
}
