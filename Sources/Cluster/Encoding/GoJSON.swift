/// Go's `encoding/json` output for a ``JSONValue``: `kubectl get -o json` and compact JSON.
///
/// Keys are sorted by bytes; `<`, `>`, `&`, U+2028 and U+2029 are escaped as `\u003c` etc.
/// (HTML-safe, Go's default); control characters use `\b \f \n \r \t` or `\u00XX`; other
/// characters, including non-ASCII and DEL, are written as UTF-8. Floats use Go's formatting
/// (`1e-7`, `1e+21`, `0.000001`, `-0`).
public enum GoJSON {
  /// The deepest nesting the printers accept (a guard against stack exhaustion).
  public static let maxDepth = 1000

  /// A value nested deeper than ``maxDepth``.
  public struct TooDeep: Error, Equatable, Sendable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// `json: exceeded max depth of 1000`.
    public var description: String { "json: exceeded max depth of \(GoJSON.maxDepth)" }
  }

  /// What `kubectl get -o json` prints: `json.MarshalIndent(obj, "", "    ")` plus `\n`.
  public static func kubectl(_ value: JSONValue) throws(TooDeep) -> String {
    try kubectl(JSONTree(value))
  }

  /// What `kubectl get -o json` prints for an encoded tree (``JSONTree/init(encoding:)``).
  public static func kubectl(_ tree: JSONTree) throws(TooDeep) -> String {
    var writer = JSONWriter(tree: tree, newline: "\n", indent: "    ")
    try writer.write(tree.root, depth: 0)
    writer.out.append(UInt8(ascii: "\n"))
    return writer.finish()
  }

  /// `json.MarshalIndent(value, prefix, indent)`: one member per line, `{}`/`[]` when empty.
  public static func marshalIndent(_ value: JSONValue, prefix: String = "", indent: String)
    throws(TooDeep)
    -> String
  {
    let tree = JSONTree(value)
    var writer = JSONWriter(tree: tree, newline: "\n" + prefix, indent: indent)
    try writer.write(tree.root, depth: 0)
    return writer.finish()
  }

  /// `json.Marshal(value)`: compact, sorted keys, HTML-escaped, no trailing newline.
  ///
  /// kubectl's `last-applied-configuration` annotation is this plus `"\n"` (it is written by
  /// `json.Encoder.Encode`, which appends a newline).
  public static func marshal(_ value: JSONValue) throws(TooDeep) -> String {
    let tree = JSONTree(value)
    var writer = JSONWriter(tree: tree, newline: nil, indent: "")
    try writer.write(tree.root, depth: 0)
    return writer.finish()
  }

  /// ``marshal(_:)`` without the depth guard, for values whose depth is already bounded
  /// (manifests come from a parser with its own limit): the last-applied annotation is
  /// `GoJSON.compact(manifest) + "\n"`.
  public static func compact(_ value: JSONValue) -> String {
    let tree = JSONTree(value)
    var writer = JSONWriter(tree: tree, newline: nil, indent: "", limit: Int.max)
    try? writer.write(tree.root, depth: 0)
    return writer.finish()
  }

  /// A string as a JSON string literal, quotes included, escaped as Go does.
  public static func quote(_ text: String) -> String {
    var out = UTF8Buffer(capacity: text.utf8.count + 2)
    JSONWriter.appendQuoted(text, to: &out)
    return out.string()
  }

  /// A float64 as Go's `encoding/json` writes it (`'f'` format, `'e'` below 1e-6 or from 1e21).
  ///
  /// NaN and infinities, which Go refuses to encode, are written as `null`.
  public static func formatNumber(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let decimal = ShortestDecimal(value)
    let magnitude = abs(value)
    if magnitude != 0, magnitude < 1e-6 || magnitude >= 1e21 {
      var text = decimal.exponential()
      // Go trims one leading zero of a negative two-digit exponent: e-07 -> e-7.
      let bytes = Array(text.utf8)
      let n = bytes.count
      if n >= 4, bytes[n - 4] == UInt8(ascii: "e"), bytes[n - 3] == UInt8(ascii: "-"),
        bytes[n - 2] == UInt8(ascii: "0")
      {
        text = String(decoding: bytes[0..<(n - 2)] + [bytes[n - 1]], as: UTF8.self)
      }
      return text
    }
    return decimal.fixed()
  }

  /// Go's `strconv.FormatFloat(value, 'g', -1, 64)` (`1e+06`, `2.5e-05`, `123456.789`),
  /// which go-yaml uses for floats; non-finite values give Go's `+Inf`, `-Inf`, `NaN`.
  public static func formatGeneral(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
    return ShortestDecimal(value).general()
  }
}

/// Writes a ``JSONTree`` as Go's `encoding/json` does, as UTF-8 bytes.
struct JSONWriter: ~Copyable {
  let arrays: [[JSONTree.Node]]
  let objects: [[JSONTree.Member]]
  /// A line break and the prefix; `nil` for compact output.
  let newline: String?
  let indent: String
  /// The line break, then `indent` over and over: a line starts with a prefix of it.
  var lineStarts: UTF8Buffer
  let limit: Int
  var out: UTF8Buffer

  init(tree: JSONTree, newline: String?, indent: String, limit: Int = GoJSON.maxDepth) {
    arrays = tree.arrays
    objects = tree.objects
    self.newline = newline
    self.indent = indent
    self.limit = limit
    lineStarts = UTF8Buffer()
    if let newline {
      lineStarts.append(contentsOf: newline)
      for _ in 0..<32 { lineStarts.append(contentsOf: indent) }
    }
    // A pod's indented JSON is about 150 bytes per container in it: reserving that saves
    // the copies of a growing buffer.
    out = UTF8Buffer(capacity: 64 + 160 * (objects.count + arrays.count))
  }

  /// The output as a string.
  consuming func finish() -> String { out.string() }

  private mutating func breakLine(depth: Int) {
    guard let newline else { return }
    let length = newline.utf8.count + depth * indent.utf8.count
    if length <= lineStarts.count {
      out.append(lineStarts, prefix: length)
    } else {
      out.append(contentsOf: newline)
      for _ in 0..<depth { out.append(contentsOf: indent) }
    }
  }

  mutating func write(_ node: JSONTree.Node, depth: Int) throws(GoJSON.TooDeep) {
    guard depth <= limit else { throw GoJSON.TooDeep() }
    switch node {
    case .null: out.append("null")
    case .bool(let flag): out.append(flag ? "true" : "false")
    case .int(let integer): out.append(decimal: integer)
    case .double(let double): out.append(contentsOf: GoJSON.formatNumber(double))
    case .string(let text): Self.appendQuoted(text, to: &out)
    case .array(let id):
      let elements = arrays[id]
      guard !elements.isEmpty else {
        out.append("[]")
        return
      }
      out.append(UInt8(ascii: "["))
      for index in elements.indices {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        breakLine(depth: depth + 1)
        try write(elements[index], depth: depth + 1)
      }
      breakLine(depth: depth)
      out.append(UInt8(ascii: "]"))
    case .object(let id):
      let members = objects[id]
      guard !members.isEmpty else {
        out.append("{}")
        return
      }
      out.append(UInt8(ascii: "{"))
      for index in members.indices {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        breakLine(depth: depth + 1)
        Self.appendQuoted(members[index].key, to: &out)
        out.append(UInt8(ascii: ":"))
        if newline != nil { out.append(UInt8(ascii: " ")) }
        try write(members[index].value, depth: depth + 1)
      }
      breakLine(depth: depth)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// A string in quotes, escaped as Go's `encoding/json` escapes it (HTML-safe).
  static func appendQuoted(_ text: String, to out: inout UTF8Buffer) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escape go in whole; nearly every string is one run.
      var start = 0
      var i = 0
      let n = bytes.count
      while i < n {
        let byte = bytes[i]
        if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x3C && byte != 0x3E
          && byte != 0x26 && byte != 0xE2
        {
          i += 1
          continue
        }
        // U+2028 and U+2029 (E2 80 A8/A9) are escaped; other characters from E2 are not.
        if byte == 0xE2 {
          guard i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
          else {
            i += 1
            continue
          }
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        switch byte {
        case 0x22: out.append(#"\""#)
        case 0x5C: out.append(#"\\"#)
        case 0x08: out.append(#"\b"#)
        case 0x0C: out.append(#"\f"#)
        case 0x0A: out.append(#"\n"#)
        case 0x0D: out.append(#"\r"#)
        case 0x09: out.append(#"\t"#)
        case 0xE2:
          appendUnicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
          i += 2
        default: appendUnicodeEscape(UInt32(byte), to: &out)
        }
        i += 1
        start = i
      }
      out.append(UnsafeBufferPointer(rebasing: bytes[start..<n]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendUnicodeEscape(_ value: UInt32, to out: inout UTF8Buffer) {
    out.append(#"\u"#)
    for shift in stride(from: 12, through: 0, by: -4) {
      let digit = UInt8((value >> UInt32(shift)) & 0xF)
      out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
    }
  }
}

/// The shortest decimal digits that round-trip a double (what Go's `strconv` uses for `-1`
/// precision), with helpers for Go's `'f'`, `'e'` and `'g'` formats.
struct ShortestDecimal {
  /// Significant digits without leading or trailing zeros; empty for zero.
  var digits: [UInt8]
  /// The value is `0.digits × 10^pointPosition`.
  var pointPosition: Int
  var negative: Bool

  init(_ value: Double) {
    negative = value.sign == .minus
    // Swift's description is the shortest round-trip representation, like Go's.
    let text = "\(abs(value))"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var raw: [UInt8] = []
    var point: Int?
    for character in mantissa {
      if character == "." {
        point = raw.count
      } else if let digit = character.asciiValue, digit >= 48, digit <= 57 {
        raw.append(digit - 48)
      }
    }
    var position = (point ?? raw.count) + exponent
    var start = 0
    while start < raw.count, raw[start] == 0 {
      start += 1
      position -= 1
    }
    var end = raw.count
    while end > start, raw[end - 1] == 0 { end -= 1 }
    digits = Array(raw[start..<end])
    pointPosition = digits.isEmpty ? 0 : position
  }

  private var sign: String { negative ? "-" : "" }

  private func digitString(_ slice: ArraySlice<UInt8>) -> String {
    String(decoding: slice.map { $0 + 48 }, as: UTF8.self)
  }

  /// Go's `'f'` format with precision -1.
  func fixed() -> String {
    if digits.isEmpty { return sign + "0" }
    if pointPosition <= 0 {
      return sign + "0." + String(repeating: "0", count: -pointPosition) + digitString(digits[...])
    }
    if pointPosition >= digits.count {
      return sign + digitString(digits[...])
        + String(repeating: "0", count: pointPosition - digits.count)
    }
    return sign + digitString(digits[..<pointPosition]) + "."
      + digitString(digits[pointPosition...])
  }

  /// Go's `'e'` format with precision -1 (`1e+21`, `2.5e-05`).
  func exponential() -> String {
    if digits.isEmpty { return sign + "0e+00" }
    var text = sign + digitString(digits[..<1])
    if digits.count > 1 { text += "." + digitString(digits[1...]) }
    let exponent = pointPosition - 1
    text += exponent < 0 ? "e-" : "e+"
    let magnitude = abs(exponent)
    text += magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
    return text
  }

  /// Go's `strconv.FormatFloat(f, 'g', -1, 64)`: `'e'` when the exponent is below -4 or at
  /// least 6 (`1e+06`, `2.5e-05`), `'f'` otherwise (`123456.789`).
  func general() -> String {
    if digits.isEmpty { return sign + "0" }
    let exponent = pointPosition - 1
    let eprec = 6
    if exponent < -4 || exponent >= eprec { return exponential() }
    return fixed()
  }
}
