import Foundation
import Kubectl
import Lessons
import Testing

@testable import Shell

/// One case of `Tests/BadInput/`: a file (or a lesson directory) and, beside it,
/// `NAME.expected` with what kubetutor makes of it.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  /// `manifests`, `lines`, `lessons` or `state`.
  var kind: String
  /// The file or directory name in the kind's folder.
  var name: String
  var testDescription: String { kind + "/" + name }

  /// The case's name without `.template` and its extension: the sidecar's name.
  var stem: String {
    var stem = name
    if stem.hasSuffix(".template") { stem = String(stem.dropLast(".template".count)) }
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
    return stem
  }

  /// The name of the file the case stands for (`.template` expanded).
  var fileName: String {
    name.hasSuffix(".template") ? String(name.dropLast(".template".count)) : name
  }
}

/// The corpus of hostile and broken input (`Tests/BadInput/README.md`): manifests, command
/// lines, lesson directories and state files, each refused or survived with the expected words,
/// in bounded time, and the cluster left as it was. `RECORD=1` rewrites the sidecars.
@Suite("Bad input corpus")
struct BadInputTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("BadInput")

  static let cases: [BadInputCase] = ["manifests", "lines", "lessons", "state"].flatMap { kind in
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(kind).path)) ?? []
    return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted().map {
      BadInputCase(kind: kind, name: $0)
    }
  }

  @Test func theCorpusCoversEveryKind() {
    for kind in ["manifests", "lines", "lessons", "state"] {
      #expect(Self.cases.filter { $0.kind == kind }.count >= 5, "\(kind)")
    }
  }

  @Test(arguments: cases)
  func handledAsExpected(_ badInput: BadInputCase) throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let started = ContinuousClock.now
    var actual: String
    switch badInput.kind {
    case "manifests": actual = try Self.manifest(badInput, in: scratch.path)
    case "lines": actual = try Self.lines(badInput, in: scratch.path)
    case "lessons": actual = try Self.lesson(badInput, in: scratch.path)
    default: actual = try Self.state(badInput, in: scratch.path)
    }
    let elapsed = ContinuousClock.now - started
    if ProcessInfo.processInfo.environment["BAD_INPUT_TIMES"] == "1" {
      print("bad input: \(badInput.testDescription): \(elapsed)")
    }
    #expect(elapsed < .seconds(60), "took \(elapsed)")
    actual = Self.condensed(actual.replacingOccurrences(of: scratch.path, with: "$DIR"))

    let sidecar = Self.root.appendingPathComponent(badInput.kind)
      .appendingPathComponent(badInput.stem + ".expected")
    if ProcessInfo.processInfo.environment["RECORD"] == "1" {
      try actual.write(to: sidecar, atomically: true, encoding: .utf8)
      Issue.record("recorded \(sidecar.path); read it, then run the tests without RECORD=1")
      return
    }
    guard let data = try? Data(contentsOf: sidecar) else {
      Issue.record("no \(sidecar.path); run with RECORD=1 to write it")
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(
      expected == actual,
      "\(badInput.testDescription) differs from its sidecar:\n\(Self.diff(expected, actual))")
  }

  // MARK: - The four kinds

  /// `kubectl apply -f FILE` (`kubectl create -f` for `create-*`), then `kubectl get pods`, in
  /// a fresh shell whose files are the real disk.
  static func manifest(_ badInput: BadInputCase, in directory: String) throws -> String {
    try contents(of: badInput).write(to: URL(fileURLWithPath: directory + "/" + badInput.fileName))
    let verb = badInput.name.hasPrefix("create-") ? "create" : "apply"
    return transcript(
      script: "kubectl \(verb) -f \(badInput.fileName)\nkubectl get pods\n", in: directory)
  }

  /// The file's lines, run as `kubetutor run FILE` runs them.
  static func lines(_ badInput: BadInputCase, in directory: String) throws -> String {
    transcript(script: try contents(of: badInput), in: directory)
  }

  /// The lesson directory, checked as `kubetutor lessons check` checks it.
  static func lesson(_ badInput: BadInputCase, in directory: String) throws -> String {
    let source = root.appendingPathComponent("lessons").appendingPathComponent(badInput.name)
    let target = directory + "/" + badInput.name
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      let file = BadInputCase(kind: "lessons/" + badInput.name, name: name)
      try contents(of: file).write(to: URL(fileURLWithPath: target + "/" + file.fileName))
    }
    let catalog = LessonCatalog.load(from: DiskFiles(), root: directory)
    var text = ""
    for lesson in catalog.lessons {
      text += "loaded: \(lesson.id) (\(lesson.steps.count) steps)\n"
    }
    for report in LessonVerifier.verify(catalog) {
      text += report.problems.isEmpty ? "ok: \(report.lesson)\n" : ""
      for problem in report.problems { text += "problem: \(problem)\n" }
    }
    return text
  }

  /// A `progress-*` file found as `progress.json`, or a `history-*` file found as `history`,
  /// in the state directory: what kubetutor says, what it keeps, what is left in the directory.
  static func state(_ badInput: BadInputCase, in directory: String) throws -> String {
    let bytes = try contents(of: badInput)
    var text = ""
    if badInput.name.hasPrefix("history") {
      try bytes.write(to: URL(fileURLWithPath: directory + "/history"))
      text += HistoryFile.prepare(directory + "/history", strings: UIStrings(.en)) ?? "no warning\n"
    } else {
      try bytes.write(to: URL(fileURLWithPath: directory + "/progress.json"))
      let (progress, warning) = DiskLessonHost(directory: directory).loadProgress()
      text += warning ?? "no warning\n"
      text += "progress kept: " + progress.encoded()
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    text += "left in the state directory: " + left.joined(separator: ", ") + "\n"
    return text
  }

  // MARK: - Helpers

  /// Runs `script` through a fresh session on the real disk, as `kubetutor run` does.
  static func transcript(script: Data, in directory: String) -> String {
    let path = directory + "/.script"
    FileManager.default.createFile(atPath: path, contents: script)
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: DiskFiles(), workingDirectory: directory, homeDirectory: directory))
    var reader = StreamLineReader(descriptor: descriptor)
    var output = TranscriptBuffer()
    let status = ShellLoop.run(session: &session, reader: &reader, output: &output)
    return output.text + "[exit status \(status)]\n"
  }

  static func transcript(script: String, in directory: String) -> String {
    transcript(script: Data(script.utf8), in: directory)
  }

  /// The case's bytes: the file as it is, or a template expanded.
  static func contents(of badInput: BadInputCase) throws -> Data {
    let url = root.appendingPathComponent(badInput.kind).appendingPathComponent(badInput.name)
    let data = try Data(contentsOf: url)
    guard badInput.name.hasSuffix(".template") else { return data }
    return Data(try expand(String(decoding: data, as: UTF8.self)))
  }

  /// Expands a template: `{{repeat N TEXT}}` (TEXT N times; `\n`, `\t`, `\s` and `\xHH` for a
  /// newline, a tab, a space and any byte, `\i` for the repetition's number), `{{bytes FF 00 …}}` (those bytes), `{{garbage N}}` (N
  /// bytes of a fixed pseudo-random sequence). Big inputs are made here, never checked in.
  static func expand(_ template: String) throws -> [UInt8] {
    var out: [UInt8] = []
    var rest = Substring(template)
    while let open = rest.range(of: "{{") {
      out += Array(rest[..<open.lowerBound].utf8)
      guard let close = rest[open.upperBound...].range(of: "}}") else {
        throw TemplateError(problem: "an unclosed {{")
      }
      let directive = rest[open.upperBound..<close.lowerBound]
      let words = directive.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
      switch words.first {
      case "repeat":
        guard words.count == 3, let count = Int(words[1]) else {
          throw TemplateError(problem: "{{repeat N TEXT}}: \(directive)")
        }
        let unit = unescaped(words[2])
        out.reserveCapacity(out.count + unit.count * count)
        // `\i` stands for the repetition's number (names that must differ).
        let numbered = unit.indices.dropLast().contains {
          unit[$0] == UInt8(ascii: "\\") && unit[$0 + 1] == UInt8(ascii: "i")
        }
        for index in 0..<count {
          out += numbered ? numberedUnit(unit, index) : unit
        }
      case "bytes":
        for word in directive.split(separator: " ").dropFirst() {
          guard let byte = UInt8(word, radix: 16) else {
            throw TemplateError(problem: "{{bytes …}}: \(word)")
          }
          out.append(byte)
        }
      case "garbage":
        guard words.count == 2, let count = Int(words[1]) else {
          throw TemplateError(problem: "{{garbage N}}: \(directive)")
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<count {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          out.append(UInt8(truncatingIfNeeded: state >> 33))
        }
      default:
        throw TemplateError(problem: "unknown directive {{\(directive)}}")
      }
      rest = rest[close.upperBound...]
    }
    return out + Array(rest.utf8)
  }

  /// `unit` with each `\i` replaced by `index`.
  static func numberedUnit(_ unit: [UInt8], _ index: Int) -> [UInt8] {
    var out: [UInt8] = []
    var position = 0
    while position < unit.count {
      if unit[position] == UInt8(ascii: "\\"), position + 1 < unit.count,
        unit[position + 1] == UInt8(ascii: "i")
      {
        out += Array(String(index).utf8)
        position += 2
      } else {
        out.append(unit[position])
        position += 1
      }
    }
    return out
  }

  /// A repeat's text: `\n`, `\t`, `\s` and `\xHH` (a byte) escaped, so that spaces and
  /// braces fit in a directive.
  static func unescaped(_ text: Substring) -> [UInt8] {
    var out: [UInt8] = []
    var bytes = Array(text.utf8)[...]
    while let byte = bytes.popFirst() {
      guard byte == UInt8(ascii: "\\"), let next = bytes.popFirst() else {
        out.append(byte)
        continue
      }
      switch next {
      case UInt8(ascii: "n"): out.append(10)
      case UInt8(ascii: "t"): out.append(9)
      case UInt8(ascii: "s"): out.append(32)
      case UInt8(ascii: "i"): out += [byte, next]  // numbered later
      case UInt8(ascii: "x"):
        let hex = String(decoding: bytes.prefix(2), as: UTF8.self)
        bytes = bytes.dropFirst(2)
        out.append(UInt8(hex, radix: 16) ?? 0)
      default: out += [byte, next]
      }
    }
    return out
  }

  struct TemplateError: Error {
    var problem: String
  }

  /// Keeps sidecars small and readable: a line longer than 240 bytes is cut (its length said),
  /// a block of up to 12 lines repeated three times or more is written once with a count, and
  /// control and invisible characters are shown as `^X`/`\u{…}`, so a sidecar never holds
  /// raw escapes.
  static func condensed(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsInNewline = lines.last == ""
    if endsInNewline { lines.removeLast() }
    // Blocks are compared with their numbers left out (`p1`, `p2`… repeat as one block).
    let shapes = lines.map { line in
      String(line.map { $0.isASCII && $0.isNumber ? "#" : $0 })
    }
    var out: [String] = []
    var index = 0
    while index < lines.count {
      // The block length that repeats over the most lines from here.
      var best = (size: 1, count: 1)
      for size in 1...12 where index + 2 * size <= lines.count {
        var count = 1
        while index + (count + 1) * size <= lines.count,
          shapes[(index + count * size)..<(index + (count + 1) * size)]
            == shapes[index..<(index + size)]
        {
          count += 1
        }
        if count >= 3, count * size > best.count * best.size { best = (size, count) }
      }
      out += lines[index..<(index + best.size)].map(shown)
      if best.count >= 3 {
        let exact =
          lines[index..<(index + best.size * best.count)]
          == ArraySlice(
            Array(repeating: lines[index..<(index + best.size)], count: best.count).joined())
        out.append(
          (best.size == 1
            ? "[… the line above \(best.count - 1) more times"
            : "[… the \(best.size) lines above \(best.count - 1) more times")
            + (exact ? "]" : ", their numbers aside]"))
        index += best.size * best.count
      } else {
        index += 1
      }
    }
    return out.joined(separator: "\n") + (endsInNewline ? "\n" : "")
  }

  private static func shown(_ line: String) -> String {
    var visible = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      switch scalar.value {
      case 0x09: visible.append(scalar)
      case 0..<0x20:
        visible.append(
          contentsOf: "^\(Character(UnicodeScalar(scalar.value + 64)!))".unicodeScalars)
      case 0x7F, 0x80..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
        visible.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      default: visible.append(scalar)
      }
    }
    let text = String(visible)
    guard text.utf8.count > 240 else { return text }
    let head = BoundedSink<TranscriptBuffer>.prefix(of: text, bytes: 200)
    return head + "…[\(text.utf8.count) bytes in all]"
  }

  private static func diff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) where out.count < 12 {
      let x = i < a.count ? String(a[i]) : "<missing>"
      let y = i < b.count ? String(b[i]) : "<missing>"
      if x != y { out.append("line \(i + 1):\n  - \(x)\n  + \(y)") }
    }
    return out.joined(separator: "\n")
  }
}
