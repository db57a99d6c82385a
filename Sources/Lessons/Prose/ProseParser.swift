/// Reads a lesson's prose file (`en.md`, `zh.md`).
///
/// The format is Markdown with a few conventions an author sees at a glance:
///
///     ---
///     title: The lifecycle-demo Pod
///     summary: One line for the lesson list.
///     ---
///     The intro…
///
///     ## Create the Pod {#create}
///     <!-- source: 0123456789abcdef -->    (translations only)
///     The step's text…
///
///     ### Stuck? {.hint}
///     A hint (one section per hint, shown one at a time).
///
///     ### Notes {.notes}
///     Speaker notes, shown only to an instructor.
///
///     ## What you learnt {#finish}
///
/// A `##` heading starts a section and carries its id; ```` ```shell ```` blocks hold commands
/// the learner may type, one per line.
public enum ProseParser {
  /// Parses `text`, read from `path`.
  public static func parse(_ text: String, path: String, language: Language) throws(LessonError)
    -> LessonProse
  {
    let lines = lines(of: text)
    guard lines.first == "---" else {
      throw LessonError(
        path: path, line: 1, "expected front matter: a `---` line, `title: …`, `summary: …`, `---`")
    }
    var meta: [String: String] = [:]
    var index = 1
    while index < lines.count, lines[index] != "---" {
      let line = lines[index]
      if line.trimmingSpaces.isEmpty {
        index += 1
        continue
      }
      guard let colon = line.firstIndex(of: ":") else {
        throw LessonError(path: path, line: index + 1, "expected `key: value` in the front matter")
      }
      let key = line[..<colon].trimmingSpaces
      guard key == "title" || key == "summary" else {
        throw LessonError(
          path: path, line: index + 1, "unknown front matter key `\(key)` (title, summary)")
      }
      guard meta[key] == nil else {
        throw LessonError(path: path, line: index + 1, "`\(key)` is given twice")
      }
      meta[key] = line[line.index(after: colon)...].trimmingSpaces
      index += 1
    }
    guard index < lines.count else {
      throw LessonError(path: path, line: 1, "the front matter has no closing `---`")
    }
    for key in ["title", "summary"] where (meta[key] ?? "").isEmpty {
      throw LessonError(path: path, line: 1, "the front matter needs a `\(key)`")
    }
    var builder = SectionBuilder(
      id: "intro", title: meta["title"] ?? "", line: 1,
      hashed: ["title: " + (meta["title"] ?? ""), "summary: " + (meta["summary"] ?? "")])
    var sections: [ProseSection] = []
    var fence: Substring?
    var fenceLine = 0
    index += 1
    while index < lines.count {
      let line = lines[index]
      let number = index + 1
      index += 1
      if let open = fence {
        if line.trimmingSpaces.hasPrefix(open) { fence = nil }
        try builder.add(line, number: number, path: path, inFence: true)
        continue
      }
      if let marker = fenceMarker(line) {
        fence = marker
        fenceLine = number
        try builder.add(line, number: number, path: path, inFence: false)
        continue
      }
      if line.hasPrefix("## ") {
        sections.append(builder.finish())
        let (title, attribute) = heading(line.dropFirst(3))
        guard let attribute, attribute.hasPrefix("#"), isID(attribute.dropFirst()) else {
          throw LessonError(
            path: path, line: number,
            "a `##` heading starts a step and needs an id, as in `## Create the Pod {#create}`")
        }
        let id = String(attribute.dropFirst())
        guard id != "intro", !sections.contains(where: { $0.id == id }) else {
          throw LessonError(path: path, line: number, "the id `\(id)` is used twice")
        }
        builder = SectionBuilder(id: id, title: title, line: number, hashed: [line])
        continue
      }
      if line.hasPrefix("### "), case (_, let attribute?) = heading(line.dropFirst(4)),
        attribute.hasPrefix(".")
      {
        switch attribute {
        case ".hint": builder.startHint(line, title: heading(line.dropFirst(4)).title)
        case ".notes":
          guard builder.notes == nil else {
            throw LessonError(path: path, line: number, "a step has one `{.notes}` section at most")
          }
          builder.startNotes(line)
        default:
          throw LessonError(
            path: path, line: number,
            "unknown section `{\(attribute)}` (a `###` heading can be `{.hint}` or `{.notes}`)")
        }
        continue
      }
      try builder.add(line, number: number, path: path, inFence: false)
    }
    if fence != nil {
      throw LessonError(path: path, line: fenceLine, "this code block is not closed")
    }
    sections.append(builder.finish())
    let intro = sections.removeFirst()
    var finish: ProseSection?
    if let last = sections.last, last.id == "finish" { finish = sections.removeLast() }
    if let misplaced = sections.first(where: { $0.id == "finish" }) {
      throw LessonError(path: path, line: misplaced.line, "`{#finish}` must be the last section")
    }
    return LessonProse(
      path: path, language: language, title: meta["title"] ?? "", summary: meta["summary"] ?? "",
      intro: intro, steps: sections, finish: finish)
  }

  /// The lines of `text`, without their `\n` or `\r\n` (split on UTF-8 bytes: grapheme
  /// breaking on every character made loading lessons a visible part of start-up).
  static func lines(of text: String) -> [String] {
    text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      let line = $0.last == 0x0D ? $0.dropLast() : $0[...]
      return String(Substring(line))
    }
  }

  /// ```` ``` ```` or `~~~` (3 or more) opening a fenced block, as CommonMark reads it.
  static func fenceMarker(_ line: String) -> Substring? {
    guard let byte = line.utf8.first(where: { $0 != 0x20 }), byte == 0x60 || byte == 0x7E else {
      return nil
    }
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count < 4, let first = trimmed.first, first == "`" || first == "~"
    else { return nil }
    let marker = trimmed.prefix { $0 == first }
    return marker.count >= 3 ? marker : nil
  }

  /// `Title {#id}` → ("Title", "#id"); no braces → (text, nil).
  static func heading(_ text: Substring) -> (title: String, attribute: String?) {
    let trimmed = text.trimmingSpaces
    guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else {
      return (trimmed, nil)
    }
    let attribute = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    return (trimmed[..<open].trimmingSpaces, String(attribute))
  }

  /// Ids are lowercase letters, digits and dashes: they become URL anchors.
  static func isID(_ text: Substring) -> Bool {
    !text.isEmpty && text.first != "-"
      && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

/// Collects one section's lines as the parser meets them.
private struct SectionBuilder {
  enum Part { case body, hint, notes }

  let id: String
  let title: String
  let line: Int
  /// Every line of the section except `source` comments: what the hash covers.
  var hashed: [String]
  var body: [String] = []
  var hints: [[String]] = []
  var hintTitles: [String] = []
  var notes: [String]?
  var part = Part.body
  var source: String?
  var commands: [ProseCommand] = []
  var blocks: [ProseBlock] = []
  /// The kind of code block being read: nil, or one whose lines are commands.
  var commandBlock: (container: Bool, open: Bool)?

  init(id: String, title: String, line: Int, hashed: [String]) {
    self.id = id
    self.title = title
    self.line = line
    self.hashed = hashed
  }

  mutating func startHint(_ line: String, title: String) {
    hashed.append(line)
    hintTitles.append(title)
    hints.append([])
    part = .hint
  }

  mutating func startNotes(_ line: String) {
    hashed.append(line)
    notes = []
    part = .notes
  }

  mutating func add(_ line: String, number: Int, path: String, inFence: Bool) throws(LessonError) {
    if !inFence, let hash = Self.source(line) {
      guard source == nil else {
        throw LessonError(path: path, line: number, "a section has one `source` comment at most")
      }
      source = hash
      return
    }
    if inFence {
      if ProseParser.fenceMarker(line) != nil,
        line.trimmingSpaces.allSatisfy({ $0 == "`" || $0 == "~" })
      {
        commandBlock = nil
      } else if let block = commandBlock {
        let text = line.trimmingSpaces
        if !text.isEmpty, !text.hasPrefix("#") {
          let command = ProseCommand(line: number, text: text, inContainer: block.container)
          commands.append(command)
          if part == .body { blocks[blocks.count - 1].commands.append(command) }
        }
      }
    } else if let marker = ProseParser.fenceMarker(line) {
      let info = line.drop { $0 == " " }.dropFirst(marker.count).trimmingSpaces
      commandBlock =
        info == "shell" ? (false, true) : info == "container" ? (true, true) : nil
      if let block = commandBlock, part == .body {
        blocks.append(ProseBlock(line: number, inContainer: block.container))
      }
    }
    hashed.append(line)
    switch part {
    case .body: body.append(line)
    case .hint: hints[hints.count - 1].append(line)
    case .notes: notes?.append(line)
    }
  }

  func finish() -> ProseSection {
    var section = ProseSection(
      id: id, title: title, body: Self.joined(body), hints: hints.map(Self.joined),
      notes: notes.map(Self.joined), source: source, line: line,
      hash: TextHash.of(hashed.joined(separator: "\n")))
    section.commands = commands
    section.blocks = blocks
    section.hintTitles = hintTitles
    return section
  }

  /// `<!-- source: 0123456789abcdef -->` → the hash.
  static func source(_ line: String) -> String? {
    let text = line.trimmingSpaces
    guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
    let inner = text.dropFirst(4).dropLast(3).trimmingSpaces
    guard inner.hasPrefix("source:") else { return nil }
    return inner.dropFirst(7).trimmingSpaces
  }

  static func joined(_ lines: [String]) -> String {
    TextHash.normalized(lines.joined(separator: "\n"))
  }
}

extension StringProtocol {
  /// Without spaces and tabs at either end.
  package var trimmingSpaces: String {
    let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
    let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
    return String(self[start..<Swift.max(start, end)])
  }
}
