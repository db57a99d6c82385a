/// Go's `text/tabwriter` (and liggitt's fork with `RememberWidths`) for `padchar ' '`.
///
/// Text is split into lines at `\n` and cells at `\t`. The cell after the last tab of a line
/// is not part of any column and is never padded. Consecutive lines that have a cell in column
/// *k* form a block; the block's column width is `max(minWidth, longest cell + padding)`,
/// counting Unicode scalars (runes), as Go does (a CJK character counts 1). A line without
/// tabs ends every block and flushes, as Go does. With `rememberWidths`, a column never gets
/// narrower than it was in an earlier block, even across flushes (kubectl's `get -w`).
///
/// `kubectl get`: `TabWriter.table()` (6, 3, remember); `describe`: `TabWriter.describe()` (0, 2).
public struct TabWriter: Sendable {
  public let minWidth: Int
  public let padding: Int
  public let rememberWidths: Bool
  /// Everything formatted so far.
  public private(set) var output = ""
  private var pending: [[String]] = []
  private var partial = ""
  private var rememberedWidths: [Int] = []

  /// Creates a writer with Go's `minwidth` and `padding` (tab width is irrelevant for spaces).
  public init(minWidth: Int, padding: Int, rememberWidths: Bool = false) {
    self.minWidth = minWidth
    self.padding = padding
    self.rememberWidths = rememberWidths
  }

  /// kubectl get's writer: minwidth 6, padding 3, RememberWidths.
  public static func table() -> TabWriter {
    TabWriter(minWidth: 6, padding: 3, rememberWidths: true)
  }

  /// kubectl describe's writer: minwidth 0, padding 2.
  public static func describe() -> TabWriter { TabWriter(minWidth: 0, padding: 2) }

  /// Adds text; complete lines are buffered, and a line without tabs flushes the buffer.
  public mutating func write(_ text: String) {
    partial += text
    // Without a carriage return, `\n` and `\t` are characters of their own (graphemes break
    // around controls; only `\r\n` joins one), so splitting the UTF-8 bytes is the same as
    // splitting the characters, and much faster.
    if !partial.utf8.contains(UInt8(ascii: "\r")) {
      guard partial.utf8.contains(UInt8(ascii: "\n")) else { return }
      var lines = partial.utf8.split(
        separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      let last = lines.removeLast()
      for line in lines {
        let cells = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
          .map { String(Substring($0)) }
        pending.append(cells)
        if cells.count == 1 { flushLines() }
      }
      partial = String(Substring(last))
      return
    }
    guard partial.contains("\n") else { return }
    var lines = partial.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    partial = lines.removeLast()
    for line in lines {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      pending.append(cells)
      if cells.count == 1 { flushLines() }
    }
  }

  /// Adds complete lines given as their cells: the same as writing each line's cells joined by
  /// tabs and ended by `\n`, without joining them only to split them again.
  public mutating func write(lines: [[String]]) {
    let plain =
      partial.isEmpty
      && lines.allSatisfy { cells in
        cells.allSatisfy { !$0.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) }
      }
    guard plain else {
      for cells in lines { write(cells.joined(separator: "\t") + "\n") }
      return
    }
    for cells in lines {
      pending.append(cells.isEmpty ? [""] : cells)
      if cells.count <= 1 { flushLines() }
    }
  }

  /// Formats everything buffered, including an unfinished last line (written without `\n`).
  public mutating func flush() {
    if !partial.isEmpty {
      pending.append(
        partial.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
      partial = ""
      let lines = pending
      pending = []
      format(lines, 0, lines.count, [], lastLineOpen: true)
    } else {
      flushLines()
    }
  }

  /// Forgets the remembered column widths (kubectl does this when the resource type changes).
  public mutating func resetRememberedWidths() { rememberedWidths = [] }

  /// Flushes and returns all output, leaving the writer empty (remembered widths are kept).
  public mutating func takeOutput() -> String {
    flush()
    let text = output
    output = ""
    return text
  }

  private mutating func flushLines() {
    let lines = pending
    pending = []
    format(lines, 0, lines.count, [], lastLineOpen: false)
  }

  /// A cell's width in runes: its UTF-8 bytes that start a scalar (a String's UTF-8 is valid).
  private static func width(_ cell: String) -> Int {
    var count = 0
    for byte in cell.utf8 where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }

  private mutating func format(
    _ lines: [[String]], _ start: Int, _ end: Int, _ widths: [Int], lastLineOpen: Bool
  ) {
    var lineStart = start
    var current = start
    let column = widths.count
    while current < end {
      if column >= lines[current].count - 1 {
        current += 1
        continue
      }
      writeLines(lines, lineStart, current, widths, lastLineOpen: lastLineOpen)
      lineStart = current
      var width = minWidth
      while current < end, column < lines[current].count - 1 {
        width = max(width, TabWriter.width(lines[current][column]) + padding)
        current += 1
      }
      if rememberWidths {
        if rememberedWidths.count < widths.count {
          rememberedWidths += widths[rememberedWidths.count...]
        }
        if rememberedWidths.count == widths.count {
          rememberedWidths.append(width)
        } else if rememberedWidths[column] > width {
          width = rememberedWidths[column]
        } else {
          rememberedWidths[column] = width
        }
      }
      format(lines, lineStart, current, widths + [width], lastLineOpen: lastLineOpen)
      lineStart = current
    }
    writeLines(lines, lineStart, end, widths, lastLineOpen: lastLineOpen)
  }

  private mutating func writeLines(
    _ lines: [[String]], _ start: Int, _ end: Int, _ widths: [Int], lastLineOpen: Bool
  ) {
    guard start < end else { return }
    for index in start..<end {
      for (column, cell) in lines[index].enumerated() {
        output += cell
        if column < widths.count {
          output += String(repeating: " ", count: max(0, widths[column] - TabWriter.width(cell)))
        }
      }
      if !(lastLineOpen && index == lines.count - 1) { output += "\n" }
    }
  }
}
