/// What ``LineEditor`` answers a command it cannot carry out; rendered in the learner's language.
enum EditorError: Error, Equatable, Sendable {
  /// Not a command the editor knows.
  case unknown(String)
  /// An address beyond the file (which has this many lines).
  case noSuchLine(Int)
  /// `Ns/old/new/` found no `old` on line N.
  case noMatchOnLine(String, line: Int)
  /// `N,Ms/old/new/` found no `old` on any of those lines.
  case noMatch(String)
  /// `q` with changes not written.
  case unsaved

  /// The message, `?` first as ed prints it, then what went wrong.
  func message(_ strings: UIStrings) -> String {
    switch self {
    case .unknown(let line): strings.text(.editorUnknown, ["command": line])
    case .noSuchLine(let count): strings.text(.editorNoSuchLine, ["lines": String(count)])
    case .noMatchOnLine(let text, let line):
      strings.text(.editorNoMatchOnLine, ["text": text, "line": String(line)])
    case .noMatch(let text): strings.text(.editorNoMatch, ["text": text])
    case .unsaved: strings.text(.editorUnsaved)
    }
  }
}
