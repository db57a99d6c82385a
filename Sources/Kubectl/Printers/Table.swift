/// A human-readable `kubectl get` table, aligned by the tabwriter kubectl uses.
struct Table: Sendable {
  var headers: [String]
  var rows: [[String]]

  /// The table's text: cells joined by tabs (the last column never padded).
  func render(headers showHeaders: Bool = true, writer: inout TabWriter) -> String {
    var lines: [[String]] = []
    lines.reserveCapacity(rows.count + 1)
    if showHeaders { lines.append(headers) }
    for row in rows { lines.append(row.map(Self.sanitize)) }
    writer.write(lines: lines)
    return writer.takeOutput()
  }

  /// Renders with a fresh `get` tabwriter.
  func render(headers showHeaders: Bool = true) -> String {
    var writer = TabWriter.table()
    return render(headers: showHeaders, writer: &writer)
  }

  /// A cell is cut at its first line break and marked with `...`, as kubectl does.
  static func sanitize(_ cell: String) -> String {
    // Most cells have no line break at all: a scan of the bytes says so without the (much
    // slower) walk over characters.
    guard cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) else { return cell }
    guard
      let cut = cell.firstIndex(where: {
        $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\r\n"
      })
    else { return cell }
    return String(cell[..<cut]) + "..."
  }
}

extension String {
  /// The string padded with spaces to at least `width` characters (Go's `%-8s`).
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
