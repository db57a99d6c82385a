/// Greedy word wrapping as kubectl's explain templates do it (go-wordwrap 1.0.1 semantics).
///
/// Breaks only at white space, keeps existing line breaks, lets a word longer than the limit
/// overflow, counts Unicode scalars (Go runes) and never breaks at a no-break space, because
/// kubectl's output depends on each of these.
enum WordWrap {
  static func wrap(_ text: String, width: Int) -> String {
    var result = ""
    var lineLength = 0
    var word = ""
    var spaces = ""
    for character in text.unicodeScalars {
      if character == "\n" {
        if word.isEmpty {
          if lineLength + spaces.unicodeScalars.count <= width { result += spaces }
        } else {
          result += spaces + word
        }
        spaces = ""
        word = ""
        result += "\n"
        lineLength = 0
      } else if character.properties.isWhitespace, character != "\u{00A0}" {
        if spaces.isEmpty || !word.isEmpty {
          lineLength += spaces.unicodeScalars.count + word.unicodeScalars.count
          result += spaces + word
          spaces = ""
          word = ""
        }
        spaces.unicodeScalars.append(character)
      } else {
        word.unicodeScalars.append(character)
        // The word no longer fits: the line ends here and the pending spaces are dropped.
        if lineLength + spaces.unicodeScalars.count + word.unicodeScalars.count > width,
          word.unicodeScalars.count < width
        {
          result += "\n"
          lineLength = 0
          spaces = ""
        }
      }
    }
    if word.isEmpty {
      if lineLength + spaces.unicodeScalars.count <= width { result += spaces }
    } else {
      result += spaces + word
    }
    return result
  }

  /// Prefixes every line, including an empty last one, as sprig's `indent` does.
  static func indent(_ text: String, by count: Int) -> String {
    let pad = String(repeating: " ", count: count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(
      separator: "\n")
  }
}
