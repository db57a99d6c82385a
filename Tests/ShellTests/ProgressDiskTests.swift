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
