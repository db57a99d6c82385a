/// A readable stream with a read position (stdin of an exec, a file opened with `<`, a pipe).
struct InputCursor: Equatable, Sendable {
  var text: [Character]
  var offset = 0

  init(_ text: String) {
    self.text = Array(text)
  }

  /// Reads one line without its newline; nil at end of input.
  mutating func nextLine() -> String? {
    guard offset < text.count else { return nil }
    var line = ""
    while offset < text.count {
      let c = text[offset]
      offset += 1
      if c == "\n" { return line }
      if c == "\r\n" { return line + "\r" }
      line.append(c)
    }
    return line
  }

  /// Reads everything left.
  mutating func readAll() -> String {
    guard offset < text.count else { return "" }
    let rest = String(text[offset...])
    offset = text.count
    return rest
  }
}
