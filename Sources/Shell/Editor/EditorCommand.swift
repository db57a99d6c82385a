/// One command line of ``LineEditor``: an optional address and an action, `ed` style
/// (`3p`, `2,4d`, `5a`, `,s/old/new/g`, `wq`).
struct EditorCommand: Equatable, Sendable {
  /// A line address.
  enum Address: Equatable, Sendable {
    case number(Int)
    /// `.`
    case current
    /// `$`
    case last
  }

  /// The lines a command applies to.
  enum Range: Equatable, Sendable {
    /// `,` or `%`: the whole file.
    case all
    /// `N` or `N,M`.
    case lines(Address, Address?)
  }

  enum Action: Equatable, Sendable {
    case print
    case append
    case insert
    case change
    case delete
    /// `s/old/new/[g]`, literal text (not a regular expression).
    case substitute(old: String, new: String, global: Bool)
    case write(leave: Bool)
    case quit(force: Bool)
    case help
  }

  var range: Range?
  var action: Action

  /// Parses a command line.
  static func parse(_ line: String) throws(EditorError) -> EditorCommand {
    var rest = Substring(line.trimmingSpaces)
    let range = try parseRange(&rest)
    let name = String(rest)
    switch name {
    case "", "p", "n", "l":
      // A bare address prints its lines, as in ed; a bare Enter lists the file.
      return EditorCommand(range: range, action: .print)
    case "a": return EditorCommand(range: range, action: .append)
    case "i": return EditorCommand(range: range, action: .insert)
    case "c": return EditorCommand(range: range, action: .change)
    case "d": return EditorCommand(range: range, action: .delete)
    case "w", "wq", "x", "q", "q!", "Q", "h", "help":
      guard range == nil else { throw .unknown(line) }
      switch name {
      case "w": return EditorCommand(range: nil, action: .write(leave: false))
      case "wq", "x": return EditorCommand(range: nil, action: .write(leave: true))
      case "q": return EditorCommand(range: nil, action: .quit(force: false))
      case "q!", "Q": return EditorCommand(range: nil, action: .quit(force: true))
      default: return EditorCommand(range: nil, action: .help)
      }
    default:
      guard name.hasPrefix("s"), name.count >= 2 else { throw .unknown(line) }
      return EditorCommand(range: range, action: try parseSubstitution(name.dropFirst(), line))
    }
  }

  private static func parseRange(_ rest: inout Substring) throws(EditorError) -> Range? {
    if rest.first == "," || rest.first == "%" {
      rest = rest.dropFirst()
      return .all
    }
    guard let first = parseAddress(&rest) else { return nil }
    guard rest.first == "," else { return .lines(first, nil) }
    rest = rest.dropFirst()
    guard let second = parseAddress(&rest) else { return .lines(first, .last) }
    return .lines(first, second)
  }

  private static func parseAddress(_ rest: inout Substring) -> Address? {
    switch rest.first {
    case ".":
      rest = rest.dropFirst()
      return .current
    case "$":
      rest = rest.dropFirst()
      return .last
    default:
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, let number = Int(digits.prefix(9)) else { return nil }
      rest = rest.dropFirst(digits.count)
      return .number(number)
    }
  }

  /// `/old/new/` or `/old/new/g`; any character after `s` can be the delimiter, as in ed.
  private static func parseSubstitution(_ text: Substring, _ line: String) throws(EditorError)
    -> Action
  {
    guard let delimiter = text.first, !delimiter.isLetter, !delimiter.isNumber, delimiter != " "
    else { throw .unknown(line) }
    let parts = text.dropFirst().split(separator: delimiter, omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, let old = parts.first, !old.isEmpty else {
      throw .unknown(line)
    }
    let flags = parts.count == 3 ? parts[2] : ""
    guard flags == "" || flags == "g" else { throw .unknown(line) }
    return .substitute(old: String(old), new: String(parts[1]), global: flags == "g")
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return String(text)
  }
}
