/// What ``LineEditor`` answers a command it cannot carry out; rendered in the learner's language.
enum EditorError: Error, Equatable, Sendable {
  /// Not a command the editor knows.
  case unknown(String)
  /// An address beyond the file (which has this many lines).
  case noSuchLine(Int)
  /// `s/old/new/` found no `old` on the lines it looked at (`7`, `1-15`).
  case noMatch(String, lines: String)
  /// `q` with changes not written.
  case unsaved

  /// The message, `?` first as ed prints it, then what went wrong.
  func message(_ strings: UIStrings) -> String {
    switch self {
    case .unknown(let line): strings.text(.editorUnknown, ["command": line])
    case .noSuchLine(let count): strings.text(.editorNoSuchLine, ["lines": String(count)])
    case .noMatch(let text, let lines):
      strings.text(.editorNoMatch, ["text": text, "lines": lines])
    case .unsaved: strings.text(.editorUnsaved)
    }
  }
}
