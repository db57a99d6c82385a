import Foundation
import Testing

@testable import Site

@Suite struct SiteWriterTests {
  static func directory() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-site-\(UUID().uuidString)"
    ).path
    return path
  }

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func refusesADirectoryItDidNotWrite() throws {
    let out = Self.directory()
    defer { try? FileManager.default.removeItem(atPath: out) }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try "mine".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
    #expect {
      try SiteWriter.write(["index.html": Self.bytes("x")], to: out)
    } throws: { error in
      (error as? SiteFailure)?.problems.first?.problem.contains(
        "was not written by `kubetutor site`")
        == true
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["notes.txt"])
  }

  @Test func aRebuildReplacesItsOwnFilesAndNothingElse() throws {
    let out = Self.directory()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let first = try SiteWriter.write(
      ["index.html": Self.bytes("1"), "en/old/index.html": Self.bytes("old")], to: out)
    #expect(first == .init(written: 2, unchanged: 0, removed: 0))
    // Something the team put there by hand, after the first build.
    try "keep".write(toFile: out + "/en/CNAME", atomically: true, encoding: .utf8)
    let second = try SiteWriter.write(
      ["index.html": Self.bytes("1"), "en/new/index.html": Self.bytes("new")], to: out)
    #expect(second == .init(written: 1, unchanged: 1, removed: 1))
    let manager = FileManager.default
    #expect(!manager.fileExists(atPath: out + "/en/old"))
    #expect(manager.fileExists(atPath: out + "/en/CNAME"))
    #expect(
      try String(contentsOfFile: out + "/" + SiteWriter.marker, encoding: .utf8).hasSuffix(
        "\nen/new/index.html\nindex.html\n"))
  }

  @Test(arguments: ["../x", "/etc/passwd", "a//b", "a/./b", ""])
  func pathsOutsideTheSiteAreRefused(path: String) {
    #expect(!SiteWriter.isSafe(path))
  }
}
