import Cluster

/// What `kubectl get -o yaml` prints: `sigs.k8s.io/yaml` (JSON, then go-yaml v2's emitter).
///
/// Reproduces go-yaml v2's block emitter: keys in go-yaml's "natural" order (non-letters
/// before letters, digit runs compared as numbers), sequences under a key not indented,
/// `{}`/`[]` for empty collections, strings quoted when they would resolve to another type
/// (`"yes"`, `"0755"`, `"2025-01-15T10:00:00Z"`, `""`), single quotes for indicator characters,
/// double quotes with escapes for non-printable text (including characters outside the
/// Basic Multilingual Plane: `"\U0001F600"`), `|`/`|-`/`|+` literal blocks for multi-line
/// strings, and plain/quoted scalars folded at a space once the column passes 80.
/// It also reproduces the JSON-to-YAML round trip: a raw DEL or C1 control character makes
/// kubectl fail (`yaml: control characters are not allowed`) and U+0085 is folded like a line break.
public enum GoYAML {
  /// Why kubectl could not print the value as YAML.
  public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// A string holds DEL, a C1 control other than U+0085, U+FFFE or U+FFFF.
    case controlCharacters
    /// Nesting deeper than ``GoJSON/maxDepth``.
    case tooDeep

    /// kubectl's message after `error: `.
    public var message: String {
      switch self {
      case .controlCharacters: "yaml: control characters are not allowed"
      case .tooDeep: "yaml: exceeded max depth of \(GoJSON.maxDepth)"
      }
    }

    /// The same as ``message``, so `"\(error)"` reads like kubectl.
    public var description: String { message }
  }

  /// One document, as `kubectl get -o yaml` prints a single object (ends with `\n`).
  public static func marshal(_ value: JSONValue) throws(Failure) -> String {
    try marshal(JSONTree(value))
  }

  /// One document from an encoded tree (``JSONTree/init(encoding:)``).
  public static func marshal(_ tree: JSONTree) throws(Failure) -> String {
    var emitter = YAMLEmitter(tree: tree)
    try emitter.emitDocument(tree.root)
    return emitter.finish()
  }

  /// Several objects as kubectl prints them one after another: `---\n` before the second and later ones.
  public static func documents(_ values: [JSONValue]) throws(Failure) -> String {
    var out = ""
    for (index, value) in values.enumerated() {
      if index > 0 { out += "---\n" }
      out += try marshal(value)
    }
    return out
  }

  /// Whether `text` is ASCII letters only (then go-yaml's key order is byte order).
  static func isASCIILetters(_ text: String) -> Bool {
    withBytes(text) { bytes in
      bytes.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
  }

  /// Runs `body` on the string's UTF-8 bytes in place (a copy only for a bridged string): the
  /// emitter's checks look at every byte of every string, and the view's iterator is slower.
  @inline(__always)
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// go-yaml v2's map key order (`sorter.go`): runes compared one by one; letters sort after
  /// non-letters; runs of digits compare by numeric value, then by length.
  public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
    // Nearly every key is ASCII letters only (`apiVersion`, `metadata`): then the order is
    // plain byte order, and the general-category lookups below can be skipped.
    if isASCIILetters(a) && isASCIILetters(b) { return a.utf8.lexicographicallyPrecedes(b.utf8) }
    let ar = Array(a.unicodeScalars)
    let br = Array(b.unicodeScalars)
    var i = 0
    while i < ar.count, i < br.count {
      if ar[i] == br[i] {
        i += 1
        continue
      }
      let al = isLetter(ar[i])
      let bl = isLetter(br[i])
      if al && bl { return ar[i].value < br[i].value }
      if al || bl { return bl }
      var an: Int64 = 0
      var bn: Int64 = 0
      if ar[i] == "0" || br[i] == "0" {
        var j = i - 1
        while j >= 0, isDigit(ar[j]) {
          if ar[j] != "0" {
            an = 1
            bn = 1
            break
          }
          j -= 1
        }
      }
      var ai = i
      while ai < ar.count, isDigit(ar[ai]) {
        an = an &* 10 &+ (Int64(ar[ai].value) &- 48)
        ai += 1
      }
      var bi = i
      while bi < br.count, isDigit(br[bi]) {
        bn = bn &* 10 &+ (Int64(br[bi].value) &- 48)
        bi += 1
      }
      if an != bn { return an < bn }
      if ai != bi { return ai < bi }
      return ar[i].value < br[i].value
    }
    return ar.count < br.count
  }

  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.properties.generalCategory == .decimalNumber
  }
}

/// The scalar styles go-yaml chooses between.
enum YAMLScalarStyle {
  case plain, singleQuoted, doubleQuoted, literal
}

/// A port of the relevant parts of go-yaml v2's `emitterc.go` state (block context only).
///
/// Output is UTF-8 bytes; `column` counts characters, as go-yaml does.
struct YAMLEmitter: ~Copyable {
  let arrays: [[JSONTree.Node]]
  let objects: [[JSONTree.Member]]
  private var output: UTF8Buffer
  private var column = 0
  private var indent = -1
  private var whitespace = true
  private var indention = true
  private var openEnded = false
  private let bestIndent = 2
  private let bestWidth = 80

  init(tree: JSONTree) {
    arrays = tree.arrays
    objects = tree.objects
    // A pod's YAML is about 70 bytes per container in it: reserving that saves the copies of
    // a growing buffer.
    output = UTF8Buffer(capacity: 64 + 80 * (objects.count + arrays.count))
  }

  /// The output as a string.
  consuming func finish() -> String { output.string() }

  // MARK: Structure

  mutating func emitDocument(_ node: JSONTree.Node) throws(GoYAML.Failure) {
    try emitNode(node, root: true, mapping: false, depth: 0)
    // Document end (implicit): a final line break. kubectl's go-yaml writes no "..." after
    // an open-ended (`|+`) last scalar (checked against kubectl v1.34.5).
    writeIndent()
  }

  private mutating func emitNode(
    _ node: JSONTree.Node, root: Bool, mapping: Bool, depth: Int
  ) throws(GoYAML.Failure) {
    guard depth <= GoJSON.maxDepth else { throw .tooDeep }
    switch node {
    case .null:
      writePlainASCII("null", root: root)
    case .bool(let flag):
      writePlainASCII(flag ? "true" : "false", root: root)
    case .int(let integer):
      writePlainASCII(String(integer), root: root)
    case .double(let double):
      writePlainASCII(YAMLEmitter.number(double), root: root)
    case .string(let raw):
      if YAMLEmitter.isPrintableASCII(raw) {
        // What the general case comes to: the round trip changes nothing, and there is no
        // line break to ask for a literal block.
        let style: YAMLScalarStyle = YAMLEmitter.readsAsNonString(raw) ? .doubleQuoted : .plain
        emitScalar(raw, style: style, root: root, simpleKey: false)
      } else {
        let text = try YAMLEmitter.roundTrip(raw)
        emitScalar(text, style: YAMLEmitter.requestedStyle(text), root: root, simpleKey: false)
      }
    case .array(let id):
      let elements = arrays[id]
      if elements.isEmpty {
        writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
        return
      }
      let saved = indent
      increaseIndent(flow: false, indentless: mapping && !indention)
      for index in elements.indices {
        writeIndent()
        writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
        try emitNode(elements[index], root: false, mapping: false, depth: depth + 1)
      }
      indent = saved
    case .object(let id):
      let members = objects[id]
      if members.isEmpty {
        writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
        return
      }
      let saved = indent
      increaseIndent(flow: false, indentless: false)
      if members.allSatisfy({ GoYAML.isASCIILetters($0.key) }) {
        // Letters-only keys (nearly all): go-yaml's order is byte order, the tree's order, and
        // the round trip leaves them as they are.
        for index in members.indices {
          let key = members[index].key
          writeIndent()
          if key.utf8.count <= 128 && !YAMLResolver.resolvesToNonString(key) {
            // What emitKey comes to for a plain simple key.
            writePlainASCII(key, root: false)
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
          } else {
            emitKey(key)
          }
          try emitNode(members[index].value, root: false, mapping: true, depth: depth + 1)
        }
      } else {
        var keys: [(text: String, letters: Bool, value: JSONTree.Node)] = []
        keys.reserveCapacity(members.count)
        for member in members {
          let text = try YAMLEmitter.roundTrip(member.key)
          keys.append((text, GoYAML.isASCIILetters(text), member.value))
        }
        keys.sort {
          $0.letters && $1.letters
            ? $0.text.utf8.lexicographicallyPrecedes($1.text.utf8)
            : GoYAML.keyPrecedes($0.text, $1.text)
        }
        for key in keys {
          writeIndent()
          emitKey(key.text)
          try emitNode(key.value, root: false, mapping: true, depth: depth + 1)
        }
      }
      indent = saved
    }
  }

  /// A mapping key and its `:`; a key too long or multi-line for a simple key gets `? `.
  private mutating func emitKey(_ text: String) {
    if YAMLEmitter.isSimple(text) && text.utf8.count <= 128 {
      emitScalar(text, style: YAMLEmitter.requestedStyle(text), root: false, simpleKey: true)
      writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
    } else if !ScalarAnalysis(Array(text.unicodeScalars)).multiline && text.utf8.count <= 128 {
      emitScalar(text, style: YAMLEmitter.requestedStyle(text), root: false, simpleKey: true)
      writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
    } else {
      writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
      emitScalar(text, style: YAMLEmitter.requestedStyle(text), root: false, simpleKey: false)
      writeIndent()
      writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
    }
  }

  /// Letters, digits and `-._/` after a letter or digit: a scalar go-yaml writes plain as it
  /// is, when its resolution is a string (``requestedStyle(_:)`` says so) and wherever it stands.
  static func isSimple(_ text: String) -> Bool {
    GoYAML.withBytes(text) { bytes in
      guard let first = bytes.first, isAlphanumeric(first) else { return false }
      for byte in bytes.dropFirst() {
        guard isAlphanumeric(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x2F
        else { return false }
      }
      return true
    }
  }

  /// Printable ASCII only: nothing for the round trip to check or change, no line breaks.
  static func isPrintableASCII(_ text: String) -> Bool {
    GoYAML.withBytes(text) { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private mutating func increaseIndent(flow: Bool, indentless: Bool) {
    if indent < 0 {
      indent = flow ? bestIndent : 0
    } else if !indentless {
      indent += bestIndent
    }
  }

  // MARK: Scalars

  private mutating func emitScalar(
    _ text: String, style requested: YAMLScalarStyle, root: Bool, simpleKey: Bool
  ) {
    if requested == .plain && Self.isSimple(text) {
      // Plain is allowed and nothing folds (no spaces): the analysis below would agree.
      writePlainASCII(text, root: root)
      return
    }
    if GoYAML.withBytes(text, { $0.allSatisfy { $0 < 0x80 } }) {
      // Each byte is a character: the bytes in place, seen as characters, spare an array.
      GoYAML.withBytes(text) { bytes in
        emitScalar(
          characters: ASCIICharacters(bytes: bytes), style: requested, root: root,
          simpleKey: simpleKey)
      }
    } else {
      emitScalar(
        characters: Array(text.unicodeScalars), style: requested, root: root, simpleKey: simpleKey)
    }
  }

  /// The rest of ``emitScalar(_:style:root:simpleKey:)``: the style go-yaml settles on, then
  /// the characters written in it.
  private mutating func emitScalar<Characters: ScalarCharacters>(
    characters value: Characters, style requested: YAMLScalarStyle, root: Bool, simpleKey: Bool
  ) {
    let analysis = ScalarAnalysis(value)
    var style = requested
    if simpleKey && analysis.multiline { style = .doubleQuoted }
    if style == .plain {
      if !analysis.blockPlainAllowed { style = .singleQuoted }
      if value.isEmpty && simpleKey { style = .singleQuoted }
    }
    if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
    if style == .literal && (!analysis.blockAllowed || simpleKey) { style = .doubleQuoted }

    let saved = indent
    increaseIndent(flow: true, indentless: false)
    switch style {
    case .plain: writePlain(value, allowBreaks: !simpleKey, root: root)
    case .singleQuoted: writeSingleQuoted(value, allowBreaks: !simpleKey)
    case .doubleQuoted: writeDoubleQuoted(value, allowBreaks: !simpleKey)
    case .literal: writeLiteral(value)
    }
    indent = saved
  }

  /// A plain scalar of printable ASCII without spaces or breaks (numbers, `null`, simple
  /// strings): written as it is, which is what ``writePlain(_:allowBreaks:root:)`` comes to.
  private mutating func writePlainASCII(_ text: String, root: Bool) {
    if !whitespace { put(" ") }
    output.append(contentsOf: text)
    column += text.utf8.count
    whitespace = false
    indention = false
    if root { openEnded = true }
  }

  private mutating func writePlain<Characters: ScalarCharacters>(
    _ value: Characters, allowBreaks: Bool, root: Bool
  ) {
    if !whitespace { put(" ") }
    // The common case, a short scalar on one line that cannot reach the folding column: as is.
    if column + value.count <= bestWidth || !allowBreaks,
      !value.contains(where: YAMLEmitter.isBreak)
    {
      writeRun(value, 0..<value.count)
      whitespace = false
      indention = false
      if root { openEnded = true }
      return
    }
    var spaces = false
    var breaks = false
    var i = 0
    while i < value.count {
      let c = value[i]
      if c == " " {
        if allowBreaks && !spaces && column > bestWidth
          && !(i + 1 < value.count && value[i + 1] == " ")
        {
          writeIndent()
        } else {
          write(c)
        }
        spaces = true
      } else if YAMLEmitter.isBreak(c) {
        if !breaks && c == "\n" { putBreak() }
        writeBreak(c)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        // The characters up to the next space or break, at once.
        var end = i + 1
        while end < value.count, value[end] != " ", !YAMLEmitter.isBreak(value[end]) { end += 1 }
        writeRun(value, i..<end)
        indention = false
        spaces = false
        breaks = false
        i = end
        continue
      }
      i += 1
    }
    whitespace = false
    indention = false
    if root { openEnded = true }
  }

  private mutating func writeSingleQuoted<Characters: ScalarCharacters>(
    _ value: Characters, allowBreaks: Bool
  ) {
    writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
    var spaces = false
    var breaks = false
    var i = 0
    while i < value.count {
      let c = value[i]
      if c == " " {
        if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1
          && value[i + 1] != " "
        {
          writeIndent()
        } else {
          write(c)
        }
        spaces = true
      } else if YAMLEmitter.isBreak(c) {
        if !breaks && c == "\n" { putBreak() }
        writeBreak(c)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        // A quote doubled, or the characters up to the next space, break or quote at once.
        var end = i + 1
        if c == "'" {
          put("'")
          write(c)
        } else {
          while end < value.count, value[end] != " ", value[end] != "'",
            !YAMLEmitter.isBreak(value[end])
          {
            end += 1
          }
          writeRun(value, i..<end)
        }
        indention = false
        spaces = false
        breaks = false
        i = end
        continue
      }
      i += 1
    }
    writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeDoubleQuoted<Characters: ScalarCharacters>(
    _ value: Characters, allowBreaks: Bool
  ) {
    writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
    // go-yaml's is_bom ignores its index: a leading BOM makes every character escaped.
    let startsWithBOM = value.first == "\u{FEFF}"
    var spaces = false
    var i = 0
    while i < value.count {
      let c = value[i]
      if YAMLEmitter.escapedInDoubleQuotes(c) || startsWithBOM {
        put("\\")
        switch c.value {
        case 0x00: put("0")
        case 0x07: put("a")
        case 0x08: put("b")
        case 0x09: put("t")
        case 0x0A: put("n")
        case 0x0B: put("v")
        case 0x0C: put("f")
        case 0x0D: put("r")
        case 0x1B: put("e")
        case 0x22: put("\"")
        case 0x5C: put("\\")
        case 0x85: put("N")
        case 0xA0: put("_")
        case 0x2028: put("L")
        case 0x2029: put("P")
        default:
          let (letter, width): (Unicode.Scalar, Int) =
            c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
          put(letter)
          for k in stride(from: (width - 1) * 4, through: 0, by: -4) {
            let digit = (c.value >> UInt32(k)) & 0xF
            put(Unicode.Scalar(UInt8(digit < 10 ? 48 + digit : 55 + digit)))
          }
        }
        spaces = false
      } else if c == " " {
        if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1 {
          writeIndent()
          if value[i + 1] == " " { put("\\") }
        } else {
          write(c)
        }
        spaces = true
      } else {
        // The characters up to the next space or escaped one, at once.
        var end = i + 1
        while end < value.count, value[end] != " ",
          !YAMLEmitter.escapedInDoubleQuotes(value[end])
        {
          end += 1
        }
        writeRun(value, i..<end)
        spaces = false
        i = end
        continue
      }
      i += 1
    }
    writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeLiteral<Characters: ScalarCharacters>(
    _ value: Characters
  ) {
    writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
    // Block scalar hints: an indentation indicator when the text starts with a space or break,
    // then the chomping indicator.
    if let first = value.first, first == " " || YAMLEmitter.isBreak(first) {
      // The indentation indicator: bestIndent.
      writeIndicator("2", needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    openEnded = false
    var chomp: StaticString?
    if let last = value.last {
      if !YAMLEmitter.isBreak(last) {
        chomp = "-"
      } else if value.count == 1 || YAMLEmitter.isBreak(value[value.count - 2]) {
        chomp = "+"
        openEnded = true
      }
    } else {
      chomp = "-"
    }
    if let chomp {
      writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    putBreak()
    indention = true
    whitespace = true
    var breaks = true
    var i = 0
    while i < value.count {
      let c = value[i]
      if YAMLEmitter.isBreak(c) {
        writeBreak(c)
        indention = true
        breaks = true
        i += 1
      } else {
        if breaks { writeIndent() }
        // The rest of the line at once.
        var end = i + 1
        while end < value.count, !YAMLEmitter.isBreak(value[end]) { end += 1 }
        writeRun(value, i..<end)
        indention = false
        breaks = false
        i = end
      }
    }
  }

  // MARK: Low-level writes (column counts characters, as go-yaml does)

  /// A character's UTF-8 bytes, without moving the column.
  private mutating func append(_ c: Unicode.Scalar) {
    output.append(scalar: c)
  }

  /// Characters of a scalar, moving the column by their number.
  private mutating func writeRun<Characters: ScalarCharacters>(
    _ value: Characters, _ range: Range<Int>
  ) {
    value.write(range, to: &output)
    column += range.count
  }

  private mutating func put(_ c: Unicode.Scalar) {
    append(c)
    column += 1
  }

  private mutating func write(_ c: Unicode.Scalar) {
    append(c)
    column += 1
  }

  private mutating func putBreak() {
    output.append(UInt8(ascii: "\n"))
    column = 0
  }

  private mutating func writeBreak(_ c: Unicode.Scalar) {
    if c == "\n" {
      putBreak()
    } else {
      append(c)
      column = 0
    }
  }

  private mutating func writeIndent() {
    let target = max(indent, 0)
    if !indention || column > target || (column == target && !whitespace) { putBreak() }
    if column < target {
      output.append(repeating: UInt8(ascii: " "), count: target - column)
      column = target
    }
    whitespace = true
    indention = true
  }

  /// An indicator (ASCII: its bytes are its characters).
  private mutating func writeIndicator(
    _ indicator: StaticString, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
  ) {
    if needWhitespace && !whitespace { put(" ") }
    output.append(indicator)
    column += indicator.utf8CodeUnitCount
    whitespace = isWhitespace
    indention = indention && isIndention
    openEnded = false
  }

  // MARK: Character classes (yamlprivateh.go)

  /// Whether a double-quoted scalar writes the character as an escape (`\n`, `\"`, `\x7F`).
  static func escapedInDoubleQuotes(_ c: Unicode.Scalar) -> Bool {
    !isPrintable(c) || isBreak(c) || c == "\"" || c == "\\"
  }

  static func isBreak(_ c: Unicode.Scalar) -> Bool {
    c == "\r" || c == "\n" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
  }

  /// go-yaml's `is_printable`: note that nothing outside the Basic Multilingual Plane is.
  static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return v == 0x0A || (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
      || ((0xE000...0xFFFD).contains(v) && v != 0xFEFF)
  }

  // MARK: The JSON -> YAML round trip

  /// What the string becomes after kubectl's JSON text is parsed back by go-yaml.
  ///
  /// Go's JSON escapes every control character below U+0020 and U+2028/9 but leaves DEL,
  /// C1 controls and U+FFFE/F raw; go-yaml's reader rejects those, and its double-quoted
  /// scanner folds the raw U+0085 (a YAML 1.1 line break) with the spaces around it.
  static func roundTrip(_ text: String) throws(GoYAML.Failure) -> String {
    // Printable ASCII (nearly every string) has nothing to check or change.
    if isPrintableASCII(text) { return text }
    var hasNEL = false
    for c in text.unicodeScalars {
      let v = c.value
      if v == 0x7F || ((0x80...0x9F).contains(v) && v != 0x85) || v == 0xFFFE || v == 0xFFFF {
        throw .controlCharacters
      }
      if v == 0x85 { hasNEL = true }
    }
    guard hasNEL else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      guard c == " " || c == "\u{85}" else {
        out.append(c)
        i += 1
        continue
      }
      var j = i
      var breaks = 0
      while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{85}" {
        if scalars[j] == "\u{85}" { breaks += 1 }
        j += 1
      }
      if breaks == 0 {
        out.append(contentsOf: scalars[i..<j])
      } else if breaks == 1 {
        out.append(" ")
      } else {
        out.append(contentsOf: Array(repeating: "\n", count: breaks - 1))
      }
      i = j
    }
    return String(out)
  }

  /// A float as go-yaml prints the number it parsed from Go's JSON text.
  static func number(_ value: Double) -> String {
    let json = GoJSON.formatNumber(value)
    if let integer = Int64(json) { return String(integer) }
    if let unsigned = UInt64(json) { return String(unsigned) }
    if !value.isFinite { return value.isNaN ? ".nan" : (value < 0 ? "-.inf" : ".inf") }
    return GoJSON.formatGeneral(value)
  }

  /// The style go-yaml's encoder asks for: literal for multi-line text, double quotes when
  /// the plain text would resolve to something other than a string.
  static func requestedStyle(_ text: String) -> YAMLScalarStyle {
    if GoYAML.withBytes(text, { $0.contains(UInt8(ascii: "\n")) }) { return .literal }
    return readsAsNonString(text) ? .doubleQuoted : .plain
  }

  /// Whether go-yaml would read the plain text back as something other than a string (or it
  /// is a base-60 float, which go-yaml quotes for older parsers).
  static func readsAsNonString(_ text: String) -> Bool {
    YAMLResolver.resolvesToNonString(text) || YAMLResolver.isBase60Float(text)
  }
}

/// The characters of a scalar as the emitter reads them, indexed from 0: an ASCII string's
/// bytes in place (each byte is a character), or any string's Unicode scalars.
protocol ScalarCharacters: RandomAccessCollection<Unicode.Scalar> where Index == Int {
  /// Appends the characters in `range` as UTF-8.
  func write(_ range: Range<Int>, to output: inout UTF8Buffer)
}

/// An ASCII string's bytes, seen as its characters.
struct ASCIICharacters: ScalarCharacters {
  let bytes: UnsafeBufferPointer<UInt8>

  var startIndex: Int { 0 }
  var endIndex: Int { bytes.count }
  subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }

  func write(_ range: Range<Int>, to output: inout UTF8Buffer) {
    output.append(UnsafeBufferPointer(rebasing: bytes[range]))
  }
}

extension Array: ScalarCharacters where Element == Unicode.Scalar {
  func write(_ range: Range<Int>, to output: inout UTF8Buffer) {
    for c in self[range] { output.append(scalar: c) }
  }
}

/// go-yaml's `yaml_emitter_analyze_scalar`, block context only.
struct ScalarAnalysis {
  var multiline = false
  var blockPlainAllowed = true
  var singleQuotedAllowed = true
  var blockAllowed = true

  init<Characters: ScalarCharacters>(_ value: Characters) {
    if value.isEmpty {
      multiline = false
      blockPlainAllowed = true
      singleQuotedAllowed = true
      blockAllowed = false
      return
    }
    var blockIndicators = false
    var lineBreaks = false
    var specialCharacters = false
    var leadingSpace = false
    var leadingBreak = false
    var trailingSpace = false
    var trailingBreak = false
    var breakSpace = false
    var spaceBreak = false
    var previousSpace = false
    var previousBreak = false
    if value.count >= 3,
      (value[0] == "-" && value[1] == "-" && value[2] == "-")
        || (value[0] == "." && value[1] == "." && value[2] == ".")
    {
      blockIndicators = true
    }
    var precededByWhitespace = true
    let count = value.count
    for i in 0..<count {
      let c = value[i]
      let followedByWhitespace = i + 1 >= count || value[i + 1] == " " || value[i + 1] == "\t"
      if i == 0 {
        switch c {
        case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
          blockIndicators = true
        case "?", ":":
          if followedByWhitespace { blockIndicators = true }
        case "-":
          if followedByWhitespace { blockIndicators = true }
        default: break
        }
      } else {
        switch c {
        case ":":
          if followedByWhitespace { blockIndicators = true }
        case "#":
          if precededByWhitespace { blockIndicators = true }
        default: break
        }
      }
      if !YAMLEmitter.isPrintable(c) { specialCharacters = true }
      if c == " " {
        if i == 0 { leadingSpace = true }
        if i == value.count - 1 { trailingSpace = true }
        if previousBreak { breakSpace = true }
        previousSpace = true
        previousBreak = false
      } else if YAMLEmitter.isBreak(c) {
        lineBreaks = true
        if i == 0 { leadingBreak = true }
        if i == value.count - 1 { trailingBreak = true }
        if previousSpace { spaceBreak = true }
        previousSpace = false
        previousBreak = true
      } else {
        previousSpace = false
        previousBreak = false
      }
      precededByWhitespace = c == " " || c == "\t" || YAMLEmitter.isBreak(c) || c == "\0"
    }
    multiline = lineBreaks
    if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
    if trailingSpace { blockAllowed = false }
    if breakSpace {
      blockPlainAllowed = false
      singleQuotedAllowed = false
    }
    if spaceBreak || specialCharacters {
      blockPlainAllowed = false
      singleQuotedAllowed = false
      blockAllowed = false
    }
    if lineBreaks { blockPlainAllowed = false }
    if blockIndicators { blockPlainAllowed = false }
  }
}
