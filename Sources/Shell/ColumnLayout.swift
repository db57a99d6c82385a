/// Lays names out in columns the way GNU `ls` does on a terminal (`ls -C`), with spaces.
///
/// Names fill the columns top to bottom, then left to right; every column but the last is as
/// wide as its longest name plus two spaces; the most columns that fit in `width` win.
public enum ColumnLayout {
  /// Renders `names` (already sorted) in columns no wider than `width`; one line per row.
  public static func render(_ names: [String], width: Int) -> String {
    guard !names.isEmpty else { return "" }
    let widths = names.map(displayWidth)
    var best: (rows: Int, columnWidths: [Int]) = (names.count, [widths.max() ?? 0])
    let maxColumns = max(1, min(names.count, width / 3))
    for columns in stride(from: maxColumns, through: 2, by: -1) {
      let rows = (names.count + columns - 1) / columns
      // Skip counts that leave an empty column: they print like fewer columns.
      guard (columns - 1) * rows < names.count else { continue }
      var columnWidths: [Int] = []
      for column in 0..<columns {
        let slice = widths[(column * rows)..<min(names.count, (column + 1) * rows)]
        columnWidths.append(slice.max() ?? 0)
      }
      let total = columnWidths.dropLast().reduce(0) { $0 + $1 + 2 } + (columnWidths.last ?? 0)
      if total <= width {
        best = (rows, columnWidths)
        break
      }
    }
    var output = ""
    for row in 0..<best.rows {
      var line = ""
      for column in 0..<best.columnWidths.count {
        let index = column * best.rows + row
        guard index < names.count else { break }
        line += names[index]
        let isLast = column == best.columnWidths.count - 1 || index + best.rows >= names.count
        if !isLast {
          line += String(repeating: " ", count: best.columnWidths[column] + 2 - widths[index])
        }
      }
      output += line + "\n"
    }
    return output
  }

  /// Terminal columns a name takes: wide (CJK, fullwidth) characters count two.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      switch scalar.value {
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
        return total + 2
      case 0x0300...0x036F, 0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F:
        // Combining marks, zero-width spaces and joiners, variation selectors.
        return total
      default:
        return total + 1
      }
    }
  }
}
