/// Line splitting that treats `"\r\n"` (a single Swift `Character`) as a line end too.
enum LineSplitter {
  /// The lines of `text` without their `\n` (a `\r` before it is kept, as `cat -A` would
  /// show), dropping the empty piece after a final newline.
  static func lines(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for c in text {
      if c == "\n" {
        result.append(current)
        current = ""
      } else if c == "\r\n" {
        result.append(current + "\r")
        current = ""
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Whether `c` ends a line.
  static func isNewline(_ c: Character) -> Bool { c == "\n" || c == "\r\n" }

  /// Number of line ends in `text`.
  static func count(_ text: String) -> Int { text.reduce(0) { $0 + (isNewline($1) ? 1 : 0) } }
}
