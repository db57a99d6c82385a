import Foundation
import Testing

@testable import Shell

@Suite("Support")
struct SupportTests {
  @Test(arguments: [
    ("a", "/x", "/x/a"), ("/a/b/../c", "/x", "/a/c"), ("..", "/", "/"), ("./a//b/", "/x", "/x/a/b"),
    ("../../..", "/a/b", "/"), ("/", "/x", "/"),
  ])
  func resolvesPaths(_ path: String, _ base: String, _ expected: String) {
    #expect(PathResolver.resolve(path, from: base) == expected)
  }

  @Test func laysOutColumnsLikeGNUls() {
    let names = ["Makefile", "Package.swift", "README.md", "Sources", "Tests", "lessons", "site"]
    #expect(
      ColumnLayout.render(names, width: 80)
        == "Makefile  Package.swift  README.md  Sources  Tests  lessons  site\n")
    #expect(
      ColumnLayout.render(names, width: 30)
        == "Makefile       Sources  site\nPackage.swift  Tests\nREADME.md      lessons\n")
    #expect(ColumnLayout.render(["only"], width: 2) == "only\n")
    #expect(ColumnLayout.render([], width: 80) == "")
    #expect(ColumnLayout.displayWidth("中文.txt") == 8)
  }

  /// The plain reader: final line without a newline, CRLF, invalid UTF-8, a 10 MB line.
  @Test func streamReaderSplitsLines() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-reader-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    var bytes = Array("one\r\ntwo\n\nbad \u{FF}\n".utf8)
    bytes[bytes.count - 2] = 0xFF  // replace the last character before \n with an invalid byte
    let long = String(repeating: "l", count: ShellLimits.lineBytes)
    let huge = String(repeating: "h", count: 10 << 20)
    bytes += Array((long + "\n" + huge + "\nlast\n" + huge).utf8)
    try Data(bytes).write(to: url)
    let descriptor = open(url.path, O_RDONLY)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    var reader = StreamLineReader(descriptor: descriptor)
    #expect(reader.readLine(prompt: "$ ") == .line("one"))
    #expect(reader.readLine(prompt: "$ ") == .line("two"))
    #expect(reader.readLine(prompt: "$ ") == .line(""))
    guard case .line(let bad) = reader.readLine(prompt: "$ ") else {
      Issue.record("no line")
      return
    }
    #expect(bad.hasPrefix("bad ") && bad.unicodeScalars.last == "\u{FFFD}")
    // The longest line there may be, and past it, lines read to their end but not kept.
    #expect(reader.readLine(prompt: "$ ") == .line(long))
    #expect(reader.readLine(prompt: "$ ") == .tooLong(10 << 20))
    #expect(reader.readLine(prompt: "$ ") == .line("last"))
    #expect(reader.readLine(prompt: "$ ") == .tooLong(10 << 20))
    #expect(reader.readLine(prompt: "$ ") == .end)
    #expect(reader.readLine(prompt: "$ ") == .end)
  }

  @Test func diskFilesReadsOnlyRegularFilesAndDirectories() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-disk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("b\n".utf8).write(to: directory.appendingPathComponent("b.yaml"))
    try Data("a\n".utf8).write(to: directory.appendingPathComponent("a.yaml"))
    let disk = DiskFiles()
    #expect(disk.read(directory.path) == .directory(["a.yaml", "b.yaml"]))
    #expect(disk.read(directory.appendingPathComponent("a.yaml").path) == .file("a\n"))
    #expect(disk.read(directory.appendingPathComponent("nope").path) == .missing)
    #expect(disk.read("/dev/zero") == .missing)  // a device would never end
  }
}
