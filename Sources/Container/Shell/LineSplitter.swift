/// Line splitting that treats `"\r\n"` (a single Swift `Character`) as a line end too.
enum LineSplitter {
  /// The lines of `text` without their `\n` (a `\r` before it is kept, as `cat -A` would
  /// show), dropping the empty piece after a final newline.
  static func lines(_ text: String) -> [String] {
    // Each line is copied out of `text` whole, so that it takes the bytes it needs; built a
    // character at a time it kept the spare capacity of its growth (logs keep many lines).
    var result: [String] = []
    var start = text.startIndex
    var index = start
    while index < text.endIndex {
      let c = text[index]
      let next = text.index(after: index)
      if c == "\n" {
        result.append(String(text[start..<index]))
        start = next
      } else if c == "\r\n" {
        result.append(String(text[start..<index]) + "\r")
        start = next
      }
      index = next
    }
    if start < text.endIndex { result.append(String(text[start...])) }
    return result
  }

  /// Whether `c` ends a line.
  static func isNewline(_ c: Character) -> Bool { c == "\n" || c == "\r\n" }

  /// Number of line ends in `text`.
  static func count(_ text: String) -> Int { text.reduce(0) { $0 + (isNewline($1) ? 1 : 0) } }
}
