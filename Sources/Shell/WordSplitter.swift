/// Splits one typed line into words the way bash does for a simple command.
///
/// Supports single quotes (literal), double quotes (backslash escapes only `$`, `` ` ``, `"`, `\`),
/// backslash escapes outside quotes, `#` comments at the start of a word, and `~` at the start
/// of an unquoted word. `$?`, `$NAME` and `${NAME}` expand from the given variables (unquoted
/// and inside double quotes; unknown names expand to nothing, as in bash). Operators bash
/// would act on (`|`, `&`, `;`, `<`, `>`, `(`, `)`, `` ` ``) are rejected as unsupported rather
/// than silently passed on as words. Linear in the length of the line (it walks unicode scalars).
public enum WordSplitter {
  /// The words of a line, and whether it ended in an unquoted backslash (a line continuation).
  public struct Result: Equatable, Sendable {
    public var words: [String]
    /// True when the line ended in `\`: bash would read another line before running it.
    public var continues: Bool
    /// The redirections, in the order written.
    public var redirections: [Redirection]

    public init(words: [String], continues: Bool = false, redirections: [Redirection] = []) {
      self.words = words
      self.continues = continues
      self.redirections = redirections
    }
  }

  /// A redirection of a simple command.
  public enum Redirection: Equatable, Sendable {
    /// `> file`, `>> file`, `2> file`: a stream of the command into a file.
    case output(fd: Int, path: String, append: Bool)
    /// `2>&1`, `>&2`: one stream sent where the other goes.
    case duplicate(fd: Int, to: Int)
    /// `< file`.
    case input(path: String)
    /// `<<WORD` (`<<-WORD` strips leading tabs): the lines up to WORD are the input; with the
    /// delimiter quoted (`<<'EOF'`) they are taken literally, else `$NAME` expands in them.
    case hereDocument(delimiter: String, stripTabs: Bool, literal: Bool)
  }

  /// The value of the parameter (`$?`, `$NAME`, `${NAME}`) starting at `index`, and the index
  /// after it; nil when the `$` there starts none (it is then a plain `$`).
  private static func parameter(
    at index: Int, in scalars: [Unicode.Scalar], variables: [String: String]
  ) -> (String.UnicodeScalarView, Int)? {
    guard scalars[index] == "$", index + 1 < scalars.count else { return nil }
    let next = scalars[index + 1]
    func isNameStart(_ s: Unicode.Scalar) -> Bool {
      s == "_" || (s.isASCII && s.properties.isAlphabetic)
    }
    func isName(_ s: Unicode.Scalar) -> Bool { isNameStart(s) || ("0"..."9").contains(s) }
    if next == "?" { return ((variables["?"] ?? "0").unicodeScalars, index + 2) }
    if next == "{", let close = scalars[(index + 2)...].firstIndex(of: "}"),
      close > index + 2, isNameStart(scalars[index + 2]),
      scalars[(index + 2)..<close].allSatisfy(isName)
    {
      let name = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
      return ((variables[name] ?? "").unicodeScalars, close + 1)
    }
    guard isNameStart(next) else { return nil }
    var end = index + 1
    while end < scalars.count, isName(scalars[end]) { end += 1 }
    let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
    return ((variables[name] ?? "").unicodeScalars, end)
  }

  /// Expands the parameters in `text` and nothing else (quotes and backslashes stay as they
  /// are): the body of an unquoted here-document.
  public static func expandParameters(in text: String, variables: [String: String]) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if let (value, next) = parameter(at: index, in: scalars, variables: variables) {
        out.append(contentsOf: value)
        index = next
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return String(out)
  }

  private static let operators: Set<Unicode.Scalar> = ["|", "&", ";", "<", ">", "(", ")", "`"]
  private static let doubleQuoteEscapable: Set<Unicode.Scalar> = ["$", "`", "\"", "\\"]

  /// Splits `line` into words.
  ///
  /// - Parameters:
  ///   - line: one line of input, without its newline.
  ///   - home: what an unquoted leading `~` expands to; `nil` leaves it alone.
  ///   - variables: the values of `$NAME` (`?` is the last exit status).
  /// - Throws: ``ShellError/unterminatedQuote(_:)`` or ``ShellError/unsupportedOperator(_:)``.
  public static func split(_ line: String, home: String? = nil, variables: [String: String] = [:])
    throws(ShellError) -> Result
  {
    var words: [String] = []
    var redirections: [Redirection] = []
    var current = String.UnicodeScalarView()
    var inWord = false
    var quoted = false  // the current word had a quote in it (a literal heredoc delimiter)
    var tildeCandidate = false  // the current word began with an unquoted `~`
    /// The redirection whose target is the next word: its operator and file descriptor.
    var pending: (op: String, fd: Int)?
    let scalars = Array(line.unicodeScalars)
    var index = 0

    func finishWord() {
      guard inWord else { return }
      var word = String(current)
      if tildeCandidate, let home, word == "~" || word.hasPrefix("~/") {
        word = home + word.dropFirst()
      }
      if let (op, fd) = pending {
        switch op {
        case "<<", "<<-":
          redirections.append(
            .hereDocument(delimiter: word, stripTabs: op == "<<-", literal: quoted))
        case "<": redirections.append(.input(path: word))
        default: redirections.append(.output(fd: fd, path: word, append: op == ">>"))
        }
        pending = nil
      } else {
        words.append(word)
      }
      current = String.UnicodeScalarView()
      inWord = false
      quoted = false
      tildeCandidate = false
    }

    /// Reads a redirection operator at `index` (`>`, `>>`, `<`, `<<`, `<<-`, `>&N`); a word of
    /// just `1` or `2` right before it names the stream.
    func readRedirection() throws(ShellError) {
      var fd = scalars[index] == "<" ? 0 : 1
      if inWord, !quoted, let digit = String(current).first, String(current).count == 1,
        digit == "1" || digit == "2"
      {
        fd = digit == "1" ? 1 : 2
        current = String.UnicodeScalarView()
        inWord = false
      } else {
        finishWord()
      }
      if pending != nil { throw .missingRedirectionTarget(String(scalars[index])) }
      var op = String(scalars[index])
      index += 1
      if index < scalars.count, scalars[index] == scalars[index - 1] {
        op.unicodeScalars.append(scalars[index])
        index += 1
        if op == "<<", index < scalars.count, scalars[index] == "-" {
          op += "-"
          index += 1
        }
      }
      if op == ">", index + 1 < scalars.count, scalars[index] == "&",
        let target = Int(String(scalars[index + 1])), target == 1 || target == 2
      {
        redirections.append(.duplicate(fd: fd, to: target))
        index += 2
        return
      }
      if let next = index < scalars.count ? scalars[index] : nil, operators.contains(next) {
        throw .missingRedirectionTarget(String(next))
      }
      pending = (op, fd)
    }

    /// How many scalars the last `expandParameter()` appended.
    var expandedLength = 0

    /// Expands `$…` at `index` into `current` if it is a parameter; returns whether it was.
    func expandParameter() -> Bool {
      guard let (value, next) = parameter(at: index, in: scalars, variables: variables) else {
        expandedLength = 0
        return false
      }
      current.append(contentsOf: value)
      expandedLength = value.count
      index = next
      return true
    }

    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "$" where expandParameter():
        // An unquoted expansion to nothing does not make a word (`kubectl get pods $UNSET`).
        if expandedLength > 0 { inWord = true }
      case " ", "\t", "\r", "\n":
        finishWord()
        index += 1
      case "#" where !inWord:
        index = scalars.count  // a comment runs to the end of the line
      case "'":
        inWord = true
        quoted = true
        guard let close = scalars[(index + 1)...].firstIndex(of: "'") else {
          throw .unterminatedQuote("'")
        }
        current.append(contentsOf: scalars[(index + 1)..<close])
        index = close + 1
      case "\"":
        inWord = true
        quoted = true
        index += 1
        var closed = false
        while index < scalars.count {
          let inner = scalars[index]
          if inner == "\"" {
            closed = true
            index += 1
            break
          }
          if inner == "$", expandParameter() { continue }
          if inner == "\\", index + 1 < scalars.count,
            doubleQuoteEscapable.contains(scalars[index + 1])
          {
            current.append(scalars[index + 1])
            index += 2
          } else {
            current.append(inner)
            index += 1
          }
        }
        if !closed { throw .unterminatedQuote("\"") }
      case "\\":
        if index + 1 == scalars.count {
          finishWord()
          return Result(words: words, continues: true, redirections: redirections)
        }
        inWord = true
        current.append(scalars[index + 1])
        index += 2
      case "<", ">":
        try readRedirection()
      case _ where operators.contains(scalar):
        var op = String(scalar)
        if index + 1 < scalars.count, operators.contains(scalars[index + 1]) {
          op.unicodeScalars.append(scalars[index + 1])
        }
        throw .unsupportedOperator(op)
      default:
        if !inWord {
          inWord = true
          tildeCandidate = scalar == "~"
        }
        current.append(scalar)
        index += 1
      }
    }
    finishWord()
    if pending != nil { throw .missingRedirectionTarget("newline") }
    return Result(words: words, redirections: redirections)
  }
}
