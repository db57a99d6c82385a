import Lessons

/// Draws a screen of present mode: the lesson and step on one line, the step's title, its text
/// re-wrapped to the terminal's width (an instructor zooms the font; the text follows), the
/// speaker notes when they are on, and the command learners type to catch up.
public enum PresentScreen {
  /// The screen's text, from the top-left corner of a cleared terminal.
  public static func render(
    _ presentation: Presentation, width: Int, notes: Bool, colour: Bool
  ) -> String {
    let strings = UIStrings(presentation.language)
    let lesson = presentation.lesson
    let prose = lesson.text(in: presentation.language)
    let margin = width >= 60 ? "  " : ""
    let room = max(20, width - 2 * margin.count)
    let style = Style(colour: colour)
    var lines: [String] = []

    var heading = strings.text(
      .presentLesson, ["order": "\(lesson.order)", "title": prose?.title ?? lesson.id])
    switch presentation.screen {
    case .intro: break
    case .step(let index):
      heading +=
        " · "
        + strings.text(.presentStep, ["n": "\(index + 1)", "total": "\(lesson.steps.count)"])
    case .finish: heading += " · " + strings.text(.presentFinish)
    }
    lines.append(margin + style.dim(clip(heading, room)))
    lines.append("")
    let title: String
    switch presentation.screen {
    case .intro: title = prose?.title ?? lesson.id
    case .step, .finish: title = presentation.section?.title ?? ""
    }
    for line in wrap(title, width: room) { lines.append(margin + style.bold(line)) }
    lines.append(margin + String(repeating: "━", count: min(room, displayWidth(title))))
    lines.append("")
    if let section = presentation.section {
      let body = LessonText.render(
        section.body, bold: colour, joinLines: true)
      for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
        for piece in wrapKeepingIndent(String(line), width: room) {
          lines.append(piece.isEmpty ? "" : margin + piece)
        }
      }
      while lines.last == "" { lines.removeLast() }
      if notes, let text = section.notes {
        lines.append("")
        lines.append(margin + style.notes("▌ " + strings.text(.presentNotes)))
        let rendered = LessonText.render(text, bold: false, joinLines: true)
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
          for piece in wrapKeepingIndent(String(line), width: room - 2) {
            lines.append(margin + style.notes("▌ " + piece))
          }
        }
      } else if notes {
        lines.append("")
        lines.append(margin + style.notes("▌ " + strings.text(.presentNoNotes)))
      }
    }
    lines.append("")
    if case .step(let index) = presentation.screen {
      let command = catchUp(presentation, step: index)
      lines.append(
        margin + style.dim(strings.text(.presentCatchUp, ["command": command])))
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The command that opens the shell where step `step` (0-based) starts.
  static func catchUp(_ presentation: Presentation, step: Int) -> String {
    "kubetutor shell --lesson \(presentation.lesson.id) --step \(step + 1)"
      + (presentation.language == .en ? "" : " --lang \(presentation.language.rawValue)")
  }

  /// The line under the screen saying what the keys do now.
  public static func keyHint(_ presentation: Presentation, language: Language) -> String {
    let strings = UIStrings(language)
    if presentation.nextCommand != nil { return strings.text(.presentHintCommand) }
    return presentation.following == nil
      ? strings.text(.presentHintEnd) : strings.text(.presentHintScreen)
  }

  struct Style {
    var colour: Bool
    func bold(_ text: String) -> String { colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
    func dim(_ text: String) -> String { colour ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
    func notes(_ text: String) -> String { colour ? "\u{1B}[33m" + text + "\u{1B}[0m" : text }
  }

  /// `line` wrapped to `width`, continuation lines indented as the line is (a code line, a
  /// list item's text).
  static func wrapKeepingIndent(_ line: String, width: Int) -> [String] {
    let indent = String(line.prefix { $0 == " " })
    let rest = String(line.dropFirst(indent.count))
    var hanging = indent
    if rest.hasPrefix("- ") { hanging += "  " }
    if indent.count >= 4 { return [line] }  // code: never broken
    let pieces = wrap(rest, width: max(10, width - indent.count), next: width - hanging.count)
    return pieces.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }
  }

  /// `text` broken into lines of at most `width` columns (`next` for the lines after the
  /// first): at spaces, and between any two CJK characters, never inside a Latin word.
  static func wrap(_ text: String, width: Int, next: Int? = nil) -> [String] {
    var lines: [String] = []
    var line = ""
    var used = 0
    var limit = max(1, width)
    var pendingSpace = false
    for unit in units(text) {
      if unit == " " {
        pendingSpace = !line.isEmpty
        continue
      }
      let size = displayWidth(unit)
      let gap = pendingSpace ? 1 : 0
      if used + gap + size > limit, !line.isEmpty {
        lines.append(line)
        line = ""
        used = 0
        limit = max(1, next ?? width)
      } else if pendingSpace {
        line += " "
        used += 1
      }
      pendingSpace = false
      line += unit
      used += size
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Words, single spaces, and single CJK characters (each a place a line may break). Closing
  /// punctuation stays with what comes before it, opening punctuation with what follows.
  private static func units(_ text: String) -> [String] {
    var units: [String] = []
    var word = ""
    for character in text {
      if character == " " {
        if !word.isEmpty { units.append(word) }
        word = ""
        units.append(" ")
      } else if isClosing(character) {
        if word.isEmpty, let last = units.last, last != " " { word = units.removeLast() }
        word.append(character)
      } else if isOpening(character) {
        // A break may come before it, never after it.
        if !word.isEmpty, !(word.last.map(isOpening) ?? false) { units.append(word) }
        if !(word.last.map(isOpening) ?? false) { word = "" }
        word.append(character)
      } else if isWide(character) {
        if !word.isEmpty, !(word.last.map(isOpening) ?? false) {
          units.append(word)
          word = ""
        }
        word.append(character)
        units.append(word)
        word = ""
      } else {
        if let last = word.last, !isOpening(last), isWide(last) || isClosing(last) {
          units.append(word)
          word = ""
        }
        word.append(character)
      }
    }
    if !word.isEmpty { units.append(word) }
    return units
  }

  private static func isWide(_ character: Character) -> Bool {
    ColumnLayout.displayWidth(String(character)) == 2
  }

  private static func isClosing(_ character: Character) -> Bool {
    "，。、；：！？）」』》〉”’".contains(character)
  }

  private static func isOpening(_ character: Character) -> Bool {
    "（「『《〈“‘".contains(character)
  }

  /// Terminal columns, escape sequences taking none.
  static func displayWidth(_ text: String) -> Int {
    guard text.contains("\u{1B}") else { return ColumnLayout.displayWidth(text) }
    var plain = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if scalar.properties.isAlphabetic { inEscape = false }
      } else {
        plain.unicodeScalars.append(scalar)
      }
    }
    return ColumnLayout.displayWidth(plain)
  }

  private static func clip(_ text: String, _ width: Int) -> String {
    guard displayWidth(text) > width else { return text }
    var result = ""
    for character in text {
      if displayWidth(result + String(character)) > width - 1 { break }
      result.append(character)
    }
    return result + "…"
  }
}
