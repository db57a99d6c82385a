/// Style rules a prose file is held to beyond its structure: for Chinese, those of zh-terms.md
/// that a machine can check.
public enum ProseStyle {
  /// The problems in `text` (read from `path`), by line.
  public static func problems(in text: String, path: String, language: Language) -> [LessonError] {
    guard language == .zh else { return [] }
    var problems: [LessonError] = []
    var fence = false
    var previous: String?
    for (index, line) in ProseParser.lines(of: text).enumerated() {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fence.toggle()
        previous = nil
        continue
      }
      if fence { continue }
      if line.unicodeScalars.contains("您") {
        problems.append(LessonError(path: path, line: index + 1, "address the reader as 你, not 您"))
      }
      if let previous, let last = previous.last, let first = trimmed.first, isHan(last),
        isHan(first), !trimmed.hasPrefix("#"), !previous.hasPrefix("#")
      {
        problems.append(
          LessonError(
            path: path, line: index,
            "a line break between two Chinese characters shows as a space; join the lines"))
      }
      previous = trimmed.isEmpty ? nil : line
    }
    return problems
  }

  /// CJK ideographs and full-width punctuation.
  static func isHan(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0x3000...0x303F).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
      || (0xFF00...0xFFEF).contains(scalar.value)
  }
}
