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

    public init(words: [String], continues: Bool = false) {
      self.words = words
      self.continues = continues
    }
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
    var current = String.UnicodeScalarView()
    var inWord = false
    var tildeCandidate = false  // the current word began with an unquoted `~`
    let scalars = Array(line.unicodeScalars)
    var index = 0

    func finishWord() {
      guard inWord else { return }
      var word = String(current)
      if tildeCandidate, let home, word == "~" || word.hasPrefix("~/") {
        word = home + word.dropFirst()
      }
      words.append(word)
      current = String.UnicodeScalarView()
      inWord = false
      tildeCandidate = false
    }

    /// How many scalars the last `expandParameter()` appended.
    var expandedLength = 0

    /// Expands `$…` at `index` into `current` if it is a parameter; returns whether it was.
    func expandParameter() -> Bool {
      expandedLength = 0
      guard scalars[index] == "$", index + 1 < scalars.count else { return false }
      let next = scalars[index + 1]
      func isNameStart(_ s: Unicode.Scalar) -> Bool {
        s == "_" || (s.isASCII && s.properties.isAlphabetic)
      }
      func isName(_ s: Unicode.Scalar) -> Bool { isNameStart(s) || ("0"..."9").contains(s) }
      if next == "?" {
        let value = (variables["?"] ?? "0").unicodeScalars
        current.append(contentsOf: value)
        expandedLength = value.count
        index += 2
        return true
      }
      if next == "{", let close = scalars[(index + 2)...].firstIndex(of: "}"),
        close > index + 2, isNameStart(scalars[index + 2]),
        scalars[(index + 2)..<close].allSatisfy(isName)
      {
        let name = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
        let value = (variables[name] ?? "").unicodeScalars
        current.append(contentsOf: value)
        expandedLength = value.count
        index = close + 1
        return true
      }
      guard isNameStart(next) else { return false }
      var end = index + 1
      while end < scalars.count, isName(scalars[end]) { end += 1 }
      let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
      let value = (variables[name] ?? "").unicodeScalars
      current.append(contentsOf: value)
      expandedLength = value.count
      index = end
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
        guard let close = scalars[(index + 1)...].firstIndex(of: "'") else {
          throw .unterminatedQuote("'")
        }
        current.append(contentsOf: scalars[(index + 1)..<close])
        index = close + 1
      case "\"":
        inWord = true
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
          return Result(words: words, continues: true)
        }
        inWord = true
        current.append(scalars[index + 1])
        index += 2
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
    return Result(words: words)
  }
}
