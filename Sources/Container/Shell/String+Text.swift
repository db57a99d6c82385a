/// Small text helpers used by the commands (no Foundation).
extension String {
  /// The string without trailing spaces.
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }

  /// The string without `prefix`, if it starts with it.
  func trimmingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }

  /// Left-aligned in a field of `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// `read` without `-r`: a backslash quotes the next character.
  func replacingBackslashes() -> String {
    var result = ""
    var escaped = false
    for c in self {
      if escaped {
        result.append(c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        result.append(c)
      }
    }
    return result
  }

  /// The string without leading and trailing blanks (no Foundation).
  func trimmingCharactersInSet() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\n" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\n" { s.removeLast() }
    return String(s)
  }
}
