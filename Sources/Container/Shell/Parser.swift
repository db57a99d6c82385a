/// Parses POSIX-sh source text into a `Script` (a scannerless recursive-descent parser).
///
/// Shell tokenisation depends on context (reserved words only at command start, `)` ends a
/// case pattern, here-documents start on the next line), so words are read directly from the
/// characters rather than from a separate token stream. Nesting is bounded by `maximumDepth`.
public struct Parser {
  /// Deepest nesting of compound commands and substitutions accepted.
  public static let maximumDepth = ContainerLimits.syntaxDepth

  /// Reserved words that end a list inside a compound command.
  private static let closers: Set<String> = [
    "then", "do", "done", "fi", "elif", "else", "esac", "}",
  ]

  private var chars: [Character]
  private var pos = 0
  private var line = 1
  private var depth = 0
  /// Whether a here-document without its delimiter line is incomplete input (an interactive
  /// shell then reads on with PS2) rather than ended by the end of the script.
  private var hereDocumentsMustEnd = false

  private static let reservedWords: Set<String> = [
    "if", "then", "elif", "else", "fi", "do", "done", "while", "until", "for", "in", "case", "esac",
    "{", "}", "!",
  ]

  /// Creates a parser over `source`.
  public init(_ source: String) {
    chars = Array(source)
  }

  /// Reads `text` as the inside of double quotes: an arithmetic expression's text, whose
  /// parameters and command substitutions are expanded before it is evaluated.
  static func doubleQuotedParts(_ text: String) throws(ShellSyntaxError) -> [Word.Part] {
    var parser = Parser(text)
    return try parser.readDoubleQuotedParts(closing: nil)
  }

  /// Parses a whole script.
  ///
  /// - Parameter hereDocumentsMustEnd: an interactive shell's input: a here-document still
  ///   waiting for its delimiter is an ``ShellSyntaxError/needsMoreInput`` error.
  public static func parse(_ source: String, hereDocumentsMustEnd: Bool = false)
    throws(ShellSyntaxError) -> Script
  {
    var parser = Parser(source)
    parser.hereDocumentsMustEnd = hereDocumentsMustEnd
    let script = try parser.parseList(terminators: [])
    parser.skipBlanksAndNewlines()
    if parser.pos < parser.chars.count {
      throw ShellSyntaxError(
        .unexpectedToken(parser.peekTokenText(), expecting: nil), line: parser.line)
    }
    return script
  }

  // MARK: - Lists

  private mutating func parseList(terminators: Set<String>, inSubstitution: Bool = false)
    throws(ShellSyntaxError) -> Script
  {
    var items: [Script.Item] = []
    while true {
      skipBlanksAndNewlines()
      guard pos < chars.count else { break }
      let c = chars[pos]
      if c == ")" || startsWith(";;") { break }
      if let word = peekPlainWord(), terminators.contains(word) { break }
      let andOr = try parseAndOr()
      skipBlanks()
      var background = false
      if pos < chars.count {
        if chars[pos] == "&" && !startsWith("&&") {
          background = true
          pos += 1
        } else if chars[pos] == ";" && !startsWith(";;") {
          pos += 1
        } else if chars[pos] == "\n" {
          consumeNewline()
        } else if chars[pos] == ")" || startsWith(";;") {
          // The enclosing construct handles it.
        } else if let word = peekPlainWord(), terminators.contains(word) {
          throw ShellSyntaxError(.unexpectedToken(word, expecting: nil), line: line)
        } else {
          throw ShellSyntaxError(.unexpectedToken(peekTokenText(), expecting: nil), line: line)
        }
      }
      items.append(Script.Item(andOr: andOr, background: background))
    }
    return Script(items: items)
  }

  private mutating func parseAndOr() throws(ShellSyntaxError) -> AndOrList {
    let first = try parsePipeline()
    var rest: [(AndOrList.Connector, Pipeline)] = []
    while true {
      skipBlanks()
      let connector: AndOrList.Connector
      if startsWith("&&") {
        connector = .and
      } else if startsWith("||") {
        connector = .or
      } else {
        break
      }
      pos += 2
      skipBlanksAndNewlines()
      if pos >= chars.count { throw ShellSyntaxError(.unexpectedEnd(expecting: nil), line: line) }
      rest.append((connector, try parsePipeline()))
    }
    return AndOrList(first: first, rest: rest)
  }

  private mutating func parsePipeline() throws(ShellSyntaxError) -> Pipeline {
    skipBlanks()
    var negated = false
    if peekPlainWord() == "!" {
      pos += 1
      negated = true
    }
    var commands = [try parseCommand()]
    while true {
      skipBlanks()
      guard pos < chars.count, chars[pos] == "|", !startsWith("||") else { break }
      pos += 1
      skipBlanksAndNewlines()
      if pos >= chars.count { throw ShellSyntaxError(.unexpectedEnd(expecting: nil), line: line) }
      commands.append(try parseCommand())
    }
    return Pipeline(negated: negated, commands: commands)
  }

  // MARK: - Commands

  private mutating func parseCommand() throws(ShellSyntaxError) -> ShellCommand {
    depth += 1
    defer { depth -= 1 }
    if depth > Parser.maximumDepth { throw ShellSyntaxError(.tooDeep, line: line) }
    skipBlanks()
    guard pos < chars.count else {
      throw ShellSyntaxError(.unexpectedEnd(expecting: nil), line: line)
    }
    if chars[pos] == "(" {
      pos += 1
      let body = try parseList(terminators: [])
      try expectCharacter(")")
      return .subshell(body, redirections: try parseTrailingRedirections())
    }
    if let word = peekPlainWord() {
      switch word {
      case "if": return try parseIf()
      case "while", "until": return try parseLoop(until: word == "until")
      case "for": return try parseFor()
      case "case": return try parseCase()
      case "{":
        consumeWord()
        let body = try parseBody(terminator: "}")
        return .group(body, redirections: try parseTrailingRedirections())
      case "then", "elif", "else", "fi", "do", "done", "esac", "}", "in":
        throw ShellSyntaxError(.unexpectedToken(word, expecting: nil), line: line)
      default: break
      }
    }
    return try parseSimpleCommand()
  }

  private mutating func parseSimpleCommand() throws(ShellSyntaxError) -> ShellCommand {
    let startLine = line
    var assignments: [Assignment] = []
    var words: [Word] = []
    var redirections: [Redirection] = []
    while true {
      skipBlanks()
      guard pos < chars.count else { break }
      if let redirection = try parseRedirection() {
        redirections.append(redirection)
        continue
      }
      let c = chars[pos]
      if c == "(" && words.count == 1 && assignments.isEmpty && redirections.isEmpty {
        return try parseFunctionDefinition(name: words[0].source)
      }
      if Parser.isMeta(c) { break }
      guard let word = try readWord() else { break }
      if words.isEmpty, let assignment = Parser.assignment(from: word) {
        assignments.append(assignment)
      } else {
        words.append(word)
      }
    }
    if words.isEmpty && assignments.isEmpty && redirections.isEmpty {
      throw ShellSyntaxError(
        pos < chars.count
          ? .unexpectedToken(peekTokenText(), expecting: nil) : .unexpectedEnd(expecting: nil),
        line: line)
    }
    return .simple(
      SimpleCommand(
        assignments: assignments, words: words, redirections: redirections, line: startLine))
  }

  private mutating func parseFunctionDefinition(name: String) throws(ShellSyntaxError)
    -> ShellCommand
  {
    pos += 1
    skipBlanks()
    try expectCharacter(")")
    skipBlanksAndNewlines()
    let body = try parseCommand()
    return .functionDefinition(name: name, body: body)
  }

  private mutating func parseIf() throws(ShellSyntaxError) -> ShellCommand {
    consumeWord()
    var branches: [ConditionalBranch] = []
    var elseBody: Script?
    while true {
      let condition = try parseBody(terminator: "then")
      let body = try parseList(terminators: ["elif", "else", "fi"])
      guard let next = peekPlainWord(), ["elif", "else", "fi"].contains(next) else {
        throw endOrUnexpected(expecting: "fi")
      }
      if body.items.isEmpty {
        throw ShellSyntaxError(.unexpectedToken(next, expecting: nil), line: line)
      }
      branches.append(ConditionalBranch(condition: condition, body: body))
      consumeWord()
      if next == "elif" { continue }
      if next == "else" { elseBody = try parseBody(terminator: "fi") }
      break
    }
    return .ifClause(
      branches: branches, elseBody: elseBody, redirections: try parseTrailingRedirections())
  }

  private mutating func parseLoop(until: Bool) throws(ShellSyntaxError) -> ShellCommand {
    consumeWord()
    let condition = try parseBody(terminator: "do")
    let body = try parseBody(terminator: "done")
    return .loop(
      condition: condition, body: body, until: until, redirections: try parseTrailingRedirections())
  }

  private mutating func parseFor() throws(ShellSyntaxError) -> ShellCommand {
    consumeWord()
    skipBlanks()
    guard let nameWord = try readWord(), let name = nameWord.plainLiteral, Parser.isName(name)
    else {
      throw endOrUnexpected(expecting: nil)
    }
    skipBlanks()
    var words: [Word]?
    skipBlanksAndNewlines()
    if peekPlainWord() == "in" {
      consumeWord()
      var list: [Word] = []
      while true {
        skipBlanks()
        guard pos < chars.count, !Parser.isMeta(chars[pos]) else { break }
        guard let word = try readWord() else { break }
        list.append(word)
      }
      words = list
      skipBlanks()
      if pos < chars.count, chars[pos] == ";" { pos += 1 }
    } else if pos < chars.count, chars[pos] == ";" {
      pos += 1
    }
    skipBlanksAndNewlines()
    guard peekPlainWord() == "do" else { throw endOrUnexpected(expecting: "do") }
    consumeWord()
    let body = try parseBody(terminator: "done")
    return .forLoop(
      name: name, words: words, body: body, redirections: try parseTrailingRedirections())
  }

  private mutating func parseCase() throws(ShellSyntaxError) -> ShellCommand {
    consumeWord()
    skipBlanks()
    guard let subject = try readWord() else { throw endOrUnexpected(expecting: "word") }
    skipBlanksAndNewlines()
    guard peekPlainWord() == "in" else { throw endOrUnexpected(expecting: "in") }
    consumeWord()
    var items: [CaseItem] = []
    while true {
      skipBlanksAndNewlines()
      guard pos < chars.count else {
        throw ShellSyntaxError(.unexpectedEnd(expecting: "esac"), line: line)
      }
      if peekPlainWord() == "esac" {
        consumeWord()
        break
      }
      if chars[pos] == "(" { pos += 1 }
      var patterns: [Word] = []
      while true {
        skipBlanks()
        guard let pattern = try readWord() else { throw endOrUnexpected(expecting: ")") }
        patterns.append(pattern)
        skipBlanks()
        if pos < chars.count, chars[pos] == "|" {
          pos += 1
          continue
        }
        break
      }
      try expectCharacter(")")
      let body = try parseList(terminators: ["esac"])
      items.append(CaseItem(patterns: patterns, body: body))
      skipBlanksAndNewlines()
      if startsWith(";;") {
        pos += 2
        continue
      }
      guard peekPlainWord() == "esac" else { throw endOrUnexpected(expecting: "esac") }
    }
    return .caseClause(
      subject: subject, items: items, redirections: try parseTrailingRedirections())
  }

  /// Parses a non-empty list ended by `terminator` and consumes the terminator.
  private mutating func parseBody(terminator: String) throws(ShellSyntaxError) -> Script {
    let body = try parseList(terminators: Parser.closers)
    skipBlanksAndNewlines()
    if body.items.isEmpty && pos >= chars.count {
      throw ShellSyntaxError(.unexpectedEnd(expecting: nil), line: line)
    }
    guard let word = peekPlainWord(), word == terminator else {
      throw endOrUnexpected(expecting: terminator)
    }
    if body.items.isEmpty {
      throw ShellSyntaxError(.unexpectedToken(word, expecting: nil), line: line)
    }
    consumeWord()
    return body
  }

  private mutating func parseTrailingRedirections() throws(ShellSyntaxError) -> [Redirection] {
    var redirections: [Redirection] = []
    while true {
      skipBlanks()
      guard let redirection = try parseRedirection() else { return redirections }
      redirections.append(redirection)
    }
  }

  private mutating func parseRedirection() throws(ShellSyntaxError) -> Redirection? {
    var cursor = pos
    var digits = ""
    while cursor < chars.count, chars[cursor].isASCII, chars[cursor].isNumber {
      digits.append(chars[cursor])
      cursor += 1
    }
    guard cursor < chars.count, chars[cursor] == "<" || chars[cursor] == ">" else { return nil }
    let operators: [Redirection.Operator] = [
      .hereString, .hereDocument, .append, .clobber, .duplicateOutput, .duplicateInput, .readWrite,
      .input, .output,
    ]
    var matched: Redirection.Operator = .output
    for op in operators where matches(op.rawValue, at: cursor) {
      matched = op
      break
    }
    pos = cursor + matched.rawValue.count
    var stripTabs = false
    if matched == .hereDocument, pos < chars.count, chars[pos] == "-" {
      stripTabs = true
      pos += 1
    }
    let fd =
      Int(digits)
      ?? ([.input, .duplicateInput, .readWrite, .hereDocument, .hereString].contains(matched)
        ? 0 : 1)
    skipBlanks()
    guard pos < chars.count, !Parser.isMeta(chars[pos]), let target = try readWord() else {
      throw endOrUnexpected(expecting: nil, newlineAsToken: true)
    }
    if matched == .hereDocument {
      return Redirection(
        fd: fd, op: .hereDocument,
        target: try readHereDocument(delimiter: target, stripTabs: stripTabs))
    }
    return Redirection(fd: fd, op: matched, target: target)
  }

  /// Cuts the here-document body (the lines after the current one, up to the delimiter) out of
  /// the input, so parsing continues on the current line as if the body were not there.
  private mutating func readHereDocument(delimiter: Word, stripTabs: Bool) throws(ShellSyntaxError)
    -> Word
  {
    var quoted = false
    var delimiterText = ""
    for part in delimiter.parts {
      switch part {
      case .literal(let text): delimiterText += text
      case .quoted(let text):
        delimiterText += text
        quoted = true
      case .doubleQuoted(let inner):
        quoted = true
        for case .literal(let text) in inner { delimiterText += text }
      default: delimiterText += delimiter.source
      }
    }
    var lineEnd = pos
    while lineEnd < chars.count, chars[lineEnd] != "\n" { lineEnd += 1 }
    guard lineEnd < chars.count else {
      if hereDocumentsMustEnd {
        throw ShellSyntaxError(.unexpectedEnd(expecting: delimiterText), line: line)
      }
      return Word(parts: [.quoted("")], source: "")
    }
    var cursor = lineEnd + 1
    var bodyLines: [String] = []
    var found = false
    while cursor < chars.count {
      var end = cursor
      while end < chars.count, chars[end] != "\n" { end += 1 }
      var text = String(chars[cursor..<end])
      if stripTabs { text = String(text.drop { $0 == "\t" }) }
      cursor = min(end + 1, chars.count)
      if text == delimiterText {
        found = true
        break
      }
      bodyLines.append(text)
    }
    if !found && hereDocumentsMustEnd {
      throw ShellSyntaxError(.unexpectedEnd(expecting: delimiterText), line: line)
    }
    let bodyLineCount = bodyLines.count + 1
    chars.removeSubrange((lineEnd + 1)..<cursor)
    line += 0
    pendingLineSkip += bodyLineCount
    let body = bodyLines.map { $0 + "\n" }.joined()
    if quoted { return Word(parts: [.quoted(body)], source: body) }
    var sub = Parser(body)
    sub.depth = depth + 1
    let parts = try sub.readDoubleQuotedParts(closing: nil)
    return Word(parts: [.doubleQuoted(parts)], source: body)
  }

  private var pendingLineSkip = 0

  // MARK: - Words

  /// Reads one word at the cursor, or nil if the cursor is at a metacharacter or the end.
  private mutating func readWord() throws(ShellSyntaxError) -> Word? {
    let start = pos
    var parts: [Word.Part] = []
    var literal = ""
    func flush() {
      if !literal.isEmpty {
        parts.append(.literal(literal))
        literal = ""
      }
    }
    while pos < chars.count {
      let c = chars[pos]
      if Parser.isMeta(c) || c == " " || c == "\t" || c == "\n" { break }
      switch c {
      case "\\":
        if pos + 1 < chars.count {
          if chars[pos + 1] == "\n" {
            pos += 2
            line += 1
            continue
          }
          flush()
          parts.append(.quoted(String(chars[pos + 1])))
          pos += 2
        } else {
          literal.append(c)
          pos += 1
        }
      case "'":
        flush()
        pos += 1
        var text = ""
        while pos < chars.count, chars[pos] != "'" {
          if chars[pos] == "\n" { line += 1 }
          text.append(chars[pos])
          pos += 1
        }
        guard pos < chars.count else { throw ShellSyntaxError(.unterminatedQuote, line: line) }
        pos += 1
        parts.append(.quoted(text))
      case "\"":
        flush()
        pos += 1
        parts.append(.doubleQuoted(try readDoubleQuotedParts(closing: "\"")))
      case "$":
        flush()
        parts.append(try readDollar())
      case "`":
        flush()
        parts.append(try readBackquote())
      default:
        literal.append(c)
        pos += 1
      }
    }
    flush()
    if pos == start { return nil }
    return Word(parts: parts, source: String(chars[start..<pos]))
  }

  /// Reads the inside of a double-quoted string (or a here-document body when `closing` is nil).
  private mutating func readDoubleQuotedParts(closing: Character?) throws(ShellSyntaxError) -> [Word
    .Part]
  {
    var parts: [Word.Part] = []
    var literal = ""
    while true {
      guard pos < chars.count else {
        if closing == nil { break }
        throw ShellSyntaxError(.unterminatedQuote, line: line)
      }
      let c = chars[pos]
      if let closing, c == closing {
        pos += 1
        break
      }
      switch c {
      case "\\":
        if pos + 1 < chars.count, ["$", "`", "\"", "\\", "\n"].contains(chars[pos + 1]) {
          if chars[pos + 1] == "\n" {
            line += 1
          } else if chars[pos + 1] == "\"" && closing == nil {
            literal.append("\\\"")
          } else {
            literal.append(chars[pos + 1])
          }
          pos += 2
        } else {
          literal.append(c)
          pos += 1
        }
      case "$", "`":
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        parts.append(c == "$" ? try readDollar() : try readBackquote())
      default:
        if c == "\n" { line += 1 }
        literal.append(c)
        pos += 1
      }
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    return parts
  }

  private mutating func readDollar() throws(ShellSyntaxError) -> Word.Part {
    pos += 1
    guard pos < chars.count else { return .literal("$") }
    let c = chars[pos]
    if c == "(" {
      if pos + 1 < chars.count, chars[pos + 1] == "(" {
        pos += 2
        var text = ""
        var nesting = 0
        while pos < chars.count {
          if chars[pos] == "(" { nesting += 1 }
          if chars[pos] == ")" {
            if nesting == 0 && pos + 1 < chars.count && chars[pos + 1] == ")" {
              pos += 2
              return .arithmetic(text)
            }
            nesting -= 1
          }
          text.append(chars[pos])
          pos += 1
        }
        throw ShellSyntaxError(.unexpectedEnd(expecting: "))"), line: line)
      }
      pos += 1
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maximumDepth { throw ShellSyntaxError(.tooDeep, line: line) }
      let script = try parseList(terminators: [], inSubstitution: true)
      skipBlanksAndNewlines()
      try expectCharacter(")")
      return .commandSubstitution(script)
    }
    if c == "{" {
      pos += 1
      // `${x:-${x:-…}}` nests too: without a bound a long line would exhaust the stack.
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maximumDepth { throw ShellSyntaxError(.tooDeep, line: line) }
      return .parameter(try readBracedParameter())
    }
    if "?$#@*!-0123456789".contains(c) {
      pos += 1
      return .parameter(ParameterExpansion(name: String(c)))
    }
    if c == "_" || (c.isASCII && c.isLetter) {
      var name = ""
      while pos < chars.count,
        chars[pos] == "_" || (chars[pos].isASCII && (chars[pos].isLetter || chars[pos].isNumber))
      {
        name.append(chars[pos])
        pos += 1
      }
      return .parameter(ParameterExpansion(name: name))
    }
    return .literal("$")
  }

  private mutating func readBracedParameter() throws(ShellSyntaxError) -> ParameterExpansion {
    var length = false
    if pos < chars.count, chars[pos] == "#", pos + 1 < chars.count, chars[pos + 1] != "}" {
      length = true
      pos += 1
    }
    var name = ""
    if pos < chars.count, "?$#@*!-0123456789".contains(chars[pos]) {
      name.append(chars[pos])
      pos += 1
      while name.first?.isNumber == true, pos < chars.count, chars[pos].isASCII, chars[pos].isNumber
      {
        name.append(chars[pos])
        pos += 1
      }
    } else {
      while pos < chars.count,
        chars[pos] == "_" || (chars[pos].isASCII && (chars[pos].isLetter || chars[pos].isNumber))
      {
        name.append(chars[pos])
        pos += 1
      }
    }
    guard !name.isEmpty, pos < chars.count else {
      throw ShellSyntaxError(.badSubstitution, line: line)
    }
    if chars[pos] == "}" {
      pos += 1
      return ParameterExpansion(name: name, op: length ? .length : .none)
    }
    if length { throw ShellSyntaxError(.badSubstitution, line: line) }
    let candidates: [(String, ParameterExpansion.Operator)] = [
      (":-", .useDefault), (":=", .assignDefault), (":+", .useAlternative), (":?", .errorIfNull),
      ("-", .useDefaultIfUnset), ("=", .assignDefaultIfUnset), ("+", .useAlternativeIfSet),
      ("?", .errorIfUnset),
      ("%%", .removeLargestSuffix), ("%", .removeSmallestSuffix), ("##", .removeLargestPrefix),
      ("#", .removeSmallestPrefix),
    ]
    guard let (text, op) = candidates.first(where: { matches($0.0, at: pos) }) else {
      throw ShellSyntaxError(.badSubstitution, line: line)
    }
    pos += text.count
    let start = pos
    var parts: [Word.Part] = []
    var literal = ""
    while true {
      guard pos < chars.count else {
        throw ShellSyntaxError(.unexpectedEnd(expecting: "}"), line: line)
      }
      let c = chars[pos]
      if c == "}" {
        pos += 1
        break
      }
      switch c {
      case "'":
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        pos += 1
        var text = ""
        while pos < chars.count, chars[pos] != "'" {
          text.append(chars[pos])
          pos += 1
        }
        guard pos < chars.count else { throw ShellSyntaxError(.unterminatedQuote, line: line) }
        pos += 1
        parts.append(.quoted(text))
      case "\"":
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        pos += 1
        parts.append(.doubleQuoted(try readDoubleQuotedParts(closing: "\"")))
      case "$", "`":
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        parts.append(c == "$" ? try readDollar() : try readBackquote())
      case "\\" where pos + 1 < chars.count:
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        parts.append(.quoted(String(chars[pos + 1])))
        pos += 2
      default:
        literal.append(c)
        pos += 1
      }
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    return ParameterExpansion(
      name: name, op: op, word: Word(parts: parts, source: String(chars[start..<(pos - 1)])))
  }

  private mutating func readBackquote() throws(ShellSyntaxError) -> Word.Part {
    pos += 1
    var text = ""
    while pos < chars.count, chars[pos] != "`" {
      if chars[pos] == "\\", pos + 1 < chars.count, ["$", "`", "\\"].contains(chars[pos + 1]) {
        text.append(chars[pos + 1])
        pos += 2
        continue
      }
      text.append(chars[pos])
      pos += 1
    }
    guard pos < chars.count else { throw ShellSyntaxError(.unterminatedQuote, line: line) }
    pos += 1
    var sub = Parser(text)
    sub.depth = depth + 1
    if sub.depth > Parser.maximumDepth { throw ShellSyntaxError(.tooDeep, line: line) }
    let script = try sub.parseList(terminators: [])
    return .commandSubstitution(script)
  }

  // MARK: - Scanning helpers

  private static func isMeta(_ c: Character) -> Bool {
    c == ";" || c == "&" || c == "|" || c == "(" || c == ")" || c == "<" || c == ">"
  }

  static func isName(_ text: String) -> Bool {
    guard let first = text.first, first == "_" || (first.isASCII && first.isLetter) else {
      return false
    }
    return text.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
  }

  private static func assignment(from word: Word) -> Assignment? {
    guard case .literal(let text)? = word.parts.first, let equals = text.firstIndex(of: "=") else {
      return nil
    }
    let name = String(text[..<equals])
    guard isName(name) else { return nil }
    let rest = String(text[text.index(after: equals)...])
    var parts = Array(word.parts.dropFirst())
    if !rest.isEmpty { parts.insert(.literal(rest), at: 0) }
    let source = String(word.source.dropFirst(name.count + 1))
    return Assignment(name: name, value: Word(parts: parts, source: source))
  }

  private func startsWith(_ text: String) -> Bool { matches(text, at: pos) }

  private func matches(_ text: String, at index: Int) -> Bool {
    var i = index
    for c in text {
      guard i < chars.count, chars[i] == c else { return false }
      i += 1
    }
    return true
  }

  private mutating func skipBlanks() {
    while pos < chars.count {
      let c = chars[pos]
      if c == " " || c == "\t" {
        pos += 1
      } else if c == "\\", pos + 1 < chars.count, chars[pos + 1] == "\n" {
        pos += 2
        line += 1
      } else if c == "#" {
        while pos < chars.count, chars[pos] != "\n" { pos += 1 }
      } else {
        break
      }
    }
  }

  private mutating func skipBlanksAndNewlines() {
    while true {
      skipBlanks()
      guard pos < chars.count, chars[pos] == "\n" else { return }
      consumeNewline()
    }
  }

  private mutating func consumeNewline() {
    pos += 1
    line += 1 + pendingLineSkip
    pendingLineSkip = 0
  }

  /// The unquoted word at the cursor, if it is plain text ending at a word boundary.
  private func peekPlainWord() -> String? {
    var i = pos
    var text = ""
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" || c == "\n" || Parser.isMeta(c) { break }
      if c == "'" || c == "\"" || c == "\\" || c == "$" || c == "`" { return nil }
      text.append(c)
      i += 1
    }
    return text.isEmpty ? nil : text
  }

  private mutating func consumeWord() {
    while pos < chars.count {
      let c = chars[pos]
      if c == " " || c == "\t" || c == "\n" || Parser.isMeta(c) { break }
      pos += 1
    }
  }

  private func peekTokenText() -> String {
    guard pos < chars.count else { return "end of file" }
    if chars[pos] == "\n" { return "newline" }
    for op in [";;", "&&", "||", ">>", "<<", ";", "&", "|", "(", ")", "<", ">"] where startsWith(op)
    { return op }
    return peekPlainWord() ?? String(chars[pos])
  }

  private mutating func expectCharacter(_ c: Character) throws(ShellSyntaxError) {
    skipBlanks()
    guard pos < chars.count else {
      throw ShellSyntaxError(.unexpectedEnd(expecting: String(c)), line: line)
    }
    guard chars[pos] == c else {
      throw ShellSyntaxError(.unexpectedToken(peekTokenText(), expecting: String(c)), line: line)
    }
    pos += 1
  }

  private func endOrUnexpected(expecting: String?, newlineAsToken: Bool = false) -> ShellSyntaxError
  {
    if pos >= chars.count {
      return ShellSyntaxError(
        newlineAsToken
          ? .unexpectedToken("end of file", expecting: expecting)
          : .unexpectedEnd(expecting: expecting), line: line)
    }
    return ShellSyntaxError(.unexpectedToken(peekTokenText(), expecting: expecting), line: line)
  }
}
