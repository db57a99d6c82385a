/// kubetutor's own line editor for `edit FILE` when no `$VISUAL` or `$EDITOR` is set: a small
/// subset of `ed`, one command per line, that always shows line numbers.
///
/// A value the session owns while the editor is open; it never touches the disk itself:
/// ``Outcome/save(_:)`` asks the session to write the text.
struct LineEditor: Sendable {
  /// What the session should do after a line.
  enum Outcome: Equatable, Sendable {
    /// Stay in the editor.
    case stay
    /// Write this text to the file, and stay or leave.
    case save(String, leave: Bool)
    /// Leave without writing.
    case leave
  }

  /// Where typed lines go while `a`, `i` or `c` collects text (until a line with a single `.`).
  private struct Input: Sendable {
    /// The index the collected lines go in at.
    var at: Int
    var lines: [String] = []
  }

  /// The file's path as the learner typed it.
  let name: String
  private(set) var lines: [String]
  /// The current line (1-based; 0 when the buffer is empty).
  private(set) var current: Int
  private(set) var dirty = false
  private var input: Input?
  /// Set when Ctrl-D was refused for unsaved changes: a second one leaves.
  private var warnedAtEnd = false
  /// Whether the file ended without a newline (kept as it was when saved).
  private let missingFinalNewline: Bool
  private let strings: UIStrings

  init(name: String, text: String?, strings: UIStrings) {
    self.name = name
    self.strings = strings
    var lines = (text ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    missingFinalNewline = !(text ?? "").isEmpty && !(text ?? "").hasSuffix("\n")
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
    self.current = lines.count
  }

  /// The prompt: `> ` while text is being collected, `edit> ` for commands.
  var prompt: String { input == nil ? "edit> " : "" }

  /// The text the file would have now.
  var text: String {
    guard !lines.isEmpty else { return "" }
    return lines.joined(separator: "\n") + (missingFinalNewline ? "" : "\n")
  }

  /// What the learner sees first: how to use the editor, then the file.
  var greeting: String {
    strings.text(.editorIntro, ["path": name, "lines": strings.lines(lines.count)]) + listing(1...)
  }

  /// Ctrl-C: drops the text being collected.
  mutating func interrupt() -> String {
    guard input != nil else { return "" }
    input = nil
    return "?\n"
  }

  /// Ctrl-D: ends text being typed as a `.` line does; at `edit>` it leaves, after one
  /// warning when changes are unsaved (as ed does).
  mutating func endOfInput() -> (output: String, leave: Bool) {
    if input != nil {
      _ = handle(".")
      return ("", false)
    }
    if dirty && !warnedAtEnd {
      warnedAtEnd = true
      return (EditorError.unsaved.message(strings), false)
    }
    return ("", true)
  }

  /// Handles one typed line: a command, or a line of text while collecting.
  mutating func handle(_ line: String) -> (output: String, outcome: Outcome) {
    warnedAtEnd = false
    if var pending = input {
      guard line != "." else {
        lines.insert(contentsOf: pending.lines, at: pending.at)
        current = pending.at + pending.lines.count
        if !pending.lines.isEmpty { dirty = true }
        input = nil
        return ("", .stay)
      }
      pending.lines.append(line)
      input = pending
      return ("", .stay)
    }
    do throws(EditorError) {
      return try run(EditorCommand.parse(line))
    } catch {
      return (error.message(strings), .stay)
    }
  }

  private mutating func run(_ command: EditorCommand) throws(EditorError) -> (String, Outcome) {
    switch command.action {
    case .print:
      let range = try resolve(command.range, default: .all)
      return (listing(range), .stay)
    case .append:
      let line = try resolve(command.range, default: .current, allowZero: true).upperBound
      input = Input(at: line)
      return ("", .stay)
    case .insert:
      let line = try resolve(command.range, default: .current, allowZero: true).lowerBound
      input = Input(at: max(line - 1, 0))
      return ("", .stay)
    case .change:
      let range = try resolve(command.range, default: .current)
      lines.removeSubrange((range.lowerBound - 1)..<range.upperBound)
      dirty = true
      input = Input(at: range.lowerBound - 1)
      return ("", .stay)
    case .delete:
      let range = try resolve(command.range, default: .current)
      lines.removeSubrange((range.lowerBound - 1)..<range.upperBound)
      current = min(range.lowerBound, lines.count)
      dirty = true
      return ("", .stay)
    case .substitute(let old, let new, let global):
      let range = try resolve(command.range, default: .current)
      var changed: [Int] = []
      for number in range {
        let line = lines[number - 1]
        guard line.contains(old) else { continue }
        lines[number - 1] =
          global
          ? line.replacing(old, with: new) : line.replacing(old, with: new, maxReplacements: 1)
        changed.append(number)
      }
      guard let last = changed.last else {
        throw range.count == 1 ? .noMatchOnLine(old, line: range.lowerBound) : .noMatch(old)
      }
      current = last
      dirty = true
      return (changed.map { listing($0...$0) }.joined(), .stay)
    case .write(let leave):
      dirty = false
      return ("", .save(text, leave: leave))
    case .quit(let force):
      if dirty && !force {
        warnedAtEnd = true  // a Ctrl-D right after this warning leaves
        throw .unsaved
      }
      return ("", .leave)
    case .help:
      return (strings.text(.editorHelp), .stay)
    }
  }

  private enum DefaultRange { case all, current }

  /// The lines an address names, checked against the buffer.
  private mutating func resolve(
    _ range: EditorCommand.Range?, default fallback: DefaultRange, allowZero: Bool = false
  ) throws(EditorError) -> ClosedRange<Int> {
    func line(_ address: EditorCommand.Address) -> Int {
      switch address {
      case .number(let n): n
      case .current: current
      case .last: lines.count
      }
    }
    var first: Int
    var last: Int
    switch range {
    case nil:
      if fallback == .all {
        first = 1
        last = lines.count
      } else {
        first = current
        last = current
      }
    case .all?:
      first = 1
      last = lines.count
    case .lines(let from, let to)?:
      first = line(from)
      last = to.map(line) ?? first
    }
    if allowZero && first == 0 && last == 0 { return 0...0 }
    guard first >= 1, last <= lines.count, first <= last else { throw .noSuchLine(lines.count) }
    current = last
    return first...last
  }

  /// Lines with their numbers, as `cat -n` lays them out.
  private func listing(_ range: some RangeExpression<Int>) -> String {
    let bounds = range.relative(to: 1..<(lines.count + 1)).clamped(to: 1..<(lines.count + 1))
    return bounds.map { number in
      let label = String(number)
      return String(repeating: " ", count: max(0, 6 - label.count)) + label + "\t"
        + lines[number - 1] + "\n"
    }.joined()
  }
}
