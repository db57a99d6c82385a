/// A lesson's Markdown as a terminal shows it: plain text, code blocks indented, links with
/// their address, emphasis in bold where colour is allowed.
enum LessonText {
  /// Renders `markdown` for a terminal `columns` wide (paragraphs are not re-wrapped: the
  /// author's line breaks are kept, as they were written for 80-column terminals).
  /// - Parameter joinLines: join a paragraph's lines into one (Chinese text, whose source lines
  ///   break only next to Latin words, and which a terminal wraps anywhere).
  static func render(_ markdown: String, bold: Bool, joinLines: Bool = false) -> String {
    var lines: [String] = []
    var fence: Substring?
    var previousJoins = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }
      if let open = fence {
        if trimmed.hasPrefix(open) {
          fence = nil
        } else {
          lines.append("    " + line)
        }
        continue
      }
      if let first = trimmed.first, first == "`" || first == "~" {
        let marker = trimmed.prefix { $0 == first }
        if marker.count >= 3 {
          fence = marker
          continue
        }
      }
      let text = inline(String(line), bold: bold)
      // A paragraph's next line (not a list item, heading or blank) joins the one before.
      let starts =
        trimmed.isEmpty || trimmed.hasPrefix("- ") || trimmed.hasPrefix("#")
        || trimmed.hasPrefix("|") || trimmed.first?.isNumber == true
      if joinLines, previousJoins, !starts, let last = lines.popLast() {
        lines.append(last + " " + text.drop { $0 == " " })
      } else {
        lines.append(text)
      }
      previousJoins = !trimmed.isEmpty
    }
    return lines.joined(separator: "\n")
  }

  /// `**x**` → bold x, `*x*` → x, `[text](url)` → text (url).
  static func inline(_ text: String, bold: Bool) -> String {
    var result = ""
    var rest = Substring(text)
    var inCode = false
    while let character = rest.first {
      if character == "`" {
        inCode.toggle()
        result.append(character)
        rest = rest.dropFirst()
        continue
      }
      if !inCode, rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
        let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
        result += bold ? "\u{1B}[1m" + inner + "\u{1B}[0m" : String(inner)
        rest = rest[end.upperBound...]
        continue
      }
      if !inCode, character == "[", let close = rest.firstIndex(of: "]"),
        rest[rest.index(after: close)...].first == "(",
        let end = rest[close...].firstIndex(of: ")")
      {
        let label = rest[rest.index(after: rest.startIndex)..<close]
        let url = rest[rest.index(close, offsetBy: 2)..<end]
        result += label == url ? String(url) : "\(label) (\(url))"
        rest = rest[rest.index(after: end)...]
        continue
      }
      if !inCode, character == "*",
        rest.dropFirst().first.map({ !$0.isWhitespace && $0 != character }) ?? false,
        let end = rest.dropFirst().firstIndex(of: character)
      {
        result += rest[rest.index(after: rest.startIndex)..<end]
        rest = rest[rest.index(after: end)...]
        continue
      }
      result.append(character)
      rest = rest.dropFirst()
    }
    return result
  }
}
