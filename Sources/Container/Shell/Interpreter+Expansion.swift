/// Word expansion: parameters, command substitution, arithmetic, field splitting, globbing.
extension Interpreter {
  /// A piece of expanded text and how later steps may treat it.
  struct Segment {
    var text: String
    /// Quoted text is never split or globbed.
    var quoted: Bool
    /// Unquoted expansion results are split on IFS.
    var splittable: Bool
    /// A field boundary from `"$@"`.
    var fieldBreak = false
  }

  /// Characters a pattern match may compare for the cost of one command.
  static let patternWorkPerStep = 1024

  /// Whether `text` has a `*`, `?` or `[` byte, scanned over its contiguous UTF-8.
  static func hasWildcardByte(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      bytes.contains {
        $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[")
      }
    }
  }

  /// The characters IFS names, as field splitting looks them up: ASCII in a table, the rest
  /// (rare) in a set.
  struct FieldSeparators {
    private var ascii = [Bool](repeating: false, count: 128)
    private var other: Set<Unicode.Scalar> = []

    init(_ ifs: String) {
      for scalar in ifs.unicodeScalars {
        if scalar.isASCII { ascii[Int(scalar.value)] = true } else { other.insert(scalar) }
      }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII ? ascii[Int(scalar.value)] : other.contains(scalar)
    }
  }

  /// `text` cut at the separators, as sh splits an unquoted expansion: the text between them,
  /// and `nil` where one or more separators were.
  ///
  /// By Unicode scalars, not characters: sh splits bytes, so `\r\n` is two separators (Swift
  /// makes one character of it) and a separator before a combining mark still separates.
  static func splitFields(_ text: String, at separators: FieldSeparators) -> [String?] {
    var pieces: [String?] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = start
    while index != scalars.endIndex {
      let next = scalars.index(after: index)
      if separators.contains(scalars[index]) {
        if start != index { pieces.append(String(scalars[start..<index])) }
        if pieces.last.map({ $0 != nil }) ?? true { pieces.append(nil) }
        start = next
      }
      index = next
    }
    // (Text without a separator is kept whole, without a copy.)
    if start != scalars.endIndex {
      pieces.append(start == scalars.startIndex ? text : String(scalars[start...]))
    }
    return pieces
  }

  /// Expands a word into fields (nil after printing an error, e.g. `${X:?}`).
  mutating func expandFields(_ word: Word, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> [String]?
  {
    guard let segments = try expand(word.parts, inQuotes: false, machine: &machine, fds: fds) else {
      return nil
    }
    // A word past the memory budget stops before field splitting, which is costly per character.
    if segments.reduce(0, { $0 + $1.text.utf8.count }) > machine.memoryLimit { throw .outOfMemory }
    var fields: [[(text: String, quoted: Bool)]] = []
    var current: [(text: String, quoted: Bool)] = []
    var started = false
    let ifs = variables["IFS"] ?? " \t\n"
    let separators = FieldSeparators(ifs)
    for segment in segments {
      if segment.fieldBreak {
        fields.append(current)
        current = []
        started = false
        continue
      }
      if segment.splittable && !ifs.isEmpty {
        for piece in Self.splitFields(segment.text, at: separators) {
          if let piece {
            current.append((piece, false))
            started = true
          } else if started {
            fields.append(current)
            current = []
            started = false
          }
        }
        continue
      }
      current.append((segment.text, segment.quoted))
      if segment.quoted || !segment.text.isEmpty { started = true }
    }
    if started { fields.append(current) }
    var result: [String] = []
    for field in fields {
      let text = field.map(\.text).joined()
      // A byte scan first (a superset of the characters `*`, `?` and `[`): most words have no
      // wildcard, and building their pattern cost more than the rest of their expansion.
      if field.contains(where: { !$0.quoted && Self.hasWildcardByte($0.text) }),
        Pattern(pieces: field).hasWildcards
      {
        let matches = glob(field, fs: machine.kernel.fs)
        result += matches.isEmpty ? [text] : matches
      } else {
        result.append(text)
      }
    }
    return result
  }

  /// Expands a word to one string, without splitting or globbing (assignments, redirections).
  mutating func expandString(_ word: Word, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> String?
  {
    guard let segments = try expand(word.parts, inQuotes: false, machine: &machine, fds: fds) else {
      return nil
    }
    var text = ""
    for segment in segments {
      if segment.fieldBreak { text += " " } else { text += segment.text }
    }
    return text
  }

  /// Expands a word into a pattern (quoted parts match literally).
  mutating func expandPattern(_ word: Word, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Pattern?
  {
    guard let segments = try expand(word.parts, inQuotes: false, machine: &machine, fds: fds) else {
      return nil
    }
    return Pattern(pieces: segments.map { ($0.text, $0.quoted) })
  }

  private mutating func expand(
    _ parts: [Word.Part], inQuotes: Bool, machine: inout Machine, fds: FDTable
  ) throws(ShellControl) -> [Segment]? {
    var segments: [Segment] = []
    for (index, part) in parts.enumerated() {
      switch part {
      case .literal(var text):
        if !inQuotes && index == 0 && (text == "~" || text.hasPrefix("~/")) {
          text = (variables["HOME"] ?? "/root") + text.dropFirst()
          segments.append(Segment(text: text, quoted: true, splittable: false))
        } else {
          segments.append(Segment(text: text, quoted: inQuotes, splittable: false))
        }
      case .quoted(let text):
        segments.append(Segment(text: text, quoted: true, splittable: false))
      case .doubleQuoted(let inner):
        guard let expanded = try expand(inner, inQuotes: true, machine: &machine, fds: fds) else {
          return nil
        }
        if expanded.isEmpty { segments.append(Segment(text: "", quoted: true, splittable: false)) }
        segments += expanded
      case .parameter(let expansion):
        if expansion.name == "@" && expansion.op == .none && inQuotes {
          for (i, value) in positional.enumerated() {
            if i > 0 {
              segments.append(Segment(text: "", quoted: true, splittable: false, fieldBreak: true))
            }
            segments.append(Segment(text: value, quoted: true, splittable: false))
          }
          continue
        }
        guard
          let value = try expandParameter(
            expansion, inQuotes: inQuotes, machine: &machine, fds: fds)
        else { return nil }
        segments.append(Segment(text: value, quoted: inQuotes, splittable: !inQuotes))
      case .commandSubstitution(let script):
        let output = try substitute(script, machine: &machine, fds: fds)
        segments.append(Segment(text: output, quoted: inQuotes, splittable: !inQuotes))
      case .arithmetic(var text):
        // The expression's parameters and command substitutions come first (`$((${#s} * 2))`).
        if text.contains("$") || text.contains("`") {
          let parts: [Word.Part]
          do {
            parts = try Parser.doubleQuotedParts(text)
          } catch {
            report(.syntax(error), machine: &machine, fds: fds)
            lastStatus = 2
            return nil
          }
          guard let expanded = try expand(parts, inQuotes: true, machine: &machine, fds: fds)
          else { return nil }
          text = expanded.map(\.text).joined()
        }
        let vars = variables
        let positionalCopy = positional
        do {
          let value = try Arithmetic.evaluate(text) { name in
            if let n = Int(name), n >= 1 {
              return n <= positionalCopy.count ? positionalCopy[n - 1] : nil
            }
            return vars[name]
          }
          segments.append(Segment(text: String(value), quoted: inQuotes, splittable: !inQuotes))
        } catch {
          let message = error == .divisionByZero ? "division by zero" : "syntax error"
          report(.arithmetic(message), machine: &machine, fds: fds)
          lastStatus = 2
          return nil
        }
      }
    }
    return segments
  }

  /// The value of a parameter such as `?`, `1`, `HOME`; nil when unset.
  func parameterValue(_ name: String) -> String? {
    switch name {
    case "?": return String(lastStatus)
    case "$": return String(pid)
    case "#": return String(positional.count)
    case "0": return arg0
    case "@", "*": return positional.joined(separator: " ")
    case "!": return lastBackgroundPID.map { String($0) }
    case "-": return (errexit ? "e" : "") + (nounset ? "u" : "") + (xtrace ? "x" : "")
    case "LINENO": return String(messageLine)
    default:
      if let n = Int(name) { return n >= 1 && n <= positional.count ? positional[n - 1] : nil }
      return variables[name]
    }
  }

  private mutating func expandParameter(
    _ expansion: ParameterExpansion, inQuotes: Bool, machine: inout Machine, fds: FDTable
  ) throws(ShellControl) -> String? {
    let value = parameterValue(expansion.name)
    // A value past the memory budget stops here, before the costly field splitting of a huge word.
    if let value, value.utf8.count > machine.memoryLimit { throw .outOfMemory }
    func operand(_ interpreter: inout Interpreter, _ machine: inout Machine) throws(ShellControl)
      -> String?
    {
      guard let word = expansion.word else { return "" }
      return try interpreter.expandString(word, machine: &machine, fds: fds)
    }
    switch expansion.op {
    case .none:
      if value == nil && nounset && expansion.name != "@" && expansion.name != "*" {
        report(.parameterNotSet(expansion.name, nil), machine: &machine, fds: fds)
        lastStatus = 2
        return nil
      }
      return value ?? ""
    case .length:
      return String((value ?? "").count)
    case .useDefault:
      if let value, !value.isEmpty { return value }
      return try operand(&self, &machine)
    case .useDefaultIfUnset:
      if let value { return value }
      return try operand(&self, &machine)
    case .assignDefault, .assignDefaultIfUnset:
      if let value, expansion.op == .assignDefaultIfUnset || !value.isEmpty { return value }
      guard let text = try operand(&self, &machine) else { return nil }
      setVariable(expansion.name, text)
      return text
    case .useAlternative:
      if let value, !value.isEmpty { return try operand(&self, &machine) }
      return ""
    case .useAlternativeIfSet:
      if value != nil { return try operand(&self, &machine) }
      return ""
    case .errorIfNull, .errorIfUnset:
      if let value, expansion.op == .errorIfUnset || !value.isEmpty { return value }
      guard let text = try operand(&self, &machine) else { return nil }
      report(
        .parameterNotSet(expansion.name, text.isEmpty ? nil : text), machine: &machine, fds: fds)
      lastStatus = 2
      return nil
    case .removeSmallestSuffix, .removeLargestSuffix, .removeSmallestPrefix, .removeLargestPrefix:
      let text = value ?? ""
      guard let patternWord = expansion.word,
        let pattern = try expandPattern(patternWord, machine: &machine, fds: fds)
      else { return text }
      let chars = Array(text)
      let suffix = expansion.op == .removeSmallestSuffix || expansion.op == .removeLargestSuffix
      let largest = expansion.op == .removeLargestSuffix || expansion.op == .removeLargestPrefix
      // Each length is a match of its own, as in dash: quadratic in the worst case (`${s#*y}`
      // over megabytes is hours there). The characters compared count as commands, a command
      // per ``Interpreter/patternWorkPerStep``, so the budget ends it instead.
      var work = 0
      for step in 0...chars.count {
        let length = largest ? chars.count - step : step
        let candidate = suffix ? chars[(chars.count - length)...] : chars[..<length]
        let matched = pattern.matches(candidate, work: &work)
        if work >= Self.patternWorkPerStep {
          try machine.step(count: work / Self.patternWorkPerStep)
          work %= Self.patternWorkPerStep
        }
        if matched {
          return suffix ? String(chars[..<(chars.count - length)]) : String(chars[length...])
        }
      }
      return text
    }
  }

  /// Runs `$(script)` in a subshell and returns its output without trailing newlines.
  mutating func substitute(_ script: Script, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> String
  {
    let buffer = machine.makeBuffer()
    var subFDs = fds
    subFDs[1] = .buffer(buffer)
    var copy = self
    let status = try copy.runSubshell(
      { (shell: inout Interpreter, machine: inout Machine) throws(ShellControl) -> Int32 in
        try shell.execute(script, machine: &machine, fds: subFDs)
      }, machine: &machine)
    commandSubstitutionStatus = status
    lastStatus = status
    var output = machine.buffers[buffer]
    machine.buffers[buffer] = ""
    while output.last == "\n" { output.removeLast() }
    return output
  }

  /// Matches a glob field against the file system; sorted matches, hidden files only when
  /// the pattern starts with a dot.
  func glob(_ field: [(text: String, quoted: Bool)], fs: FileSystem) -> [String] {
    // Split the field into path components, keeping quoting per piece.
    var components: [[(text: String, quoted: Bool)]] = [[]]
    for piece in field {
      var current = ""
      for c in piece.text {
        if c == "/" {
          if !current.isEmpty { components[components.count - 1].append((current, piece.quoted)) }
          current = ""
          components.append([])
        } else {
          current.append(c)
        }
      }
      if !current.isEmpty { components[components.count - 1].append((current, piece.quoted)) }
    }
    let absolute = field.first?.text.hasPrefix("/") == true
    if absolute { components.removeFirst() }
    var candidates: [String] = [absolute ? "/" : ""]
    for component in components where !component.isEmpty {
      let pattern = Pattern(pieces: component)
      let literal = component.map(\.text).joined()
      var next: [String] = []
      for base in candidates {
        let directory = base.isEmpty ? cwd : FilePath.normalize(base, cwd: cwd)
        if !pattern.hasWildcards {
          let path =
            base.isEmpty ? literal : (base.hasSuffix("/") ? base + literal : base + "/" + literal)
          if fs.exists(FilePath.normalize(path, cwd: cwd)) { next.append(path) }
          continue
        }
        guard let names = try? fs.list(directory) else { continue }
        for name in names where pattern.matches(name) {
          if name.hasPrefix(".") && !literal.hasPrefix(".") { continue }
          next.append(base.isEmpty ? name : (base.hasSuffix("/") ? base + name : base + "/" + name))
        }
      }
      candidates = next
      if candidates.isEmpty { return [] }
    }
    return candidates.sorted()
  }
}
