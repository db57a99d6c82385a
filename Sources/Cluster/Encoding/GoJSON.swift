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
    try marshalIndent(value, indent: "    ") + "\n"
  }

  /// `json.MarshalIndent(value, prefix, indent)`: one member per line, `{}`/`[]` when empty.
  public static func marshalIndent(_ value: JSONValue, prefix: String = "", indent: String)
    throws(TooDeep)
    -> String
  {
    var out = ""
    try write(value, into: &out, depth: 0, newline: "\n" + prefix, indent: indent)
    return out
  }

  /// `json.Marshal(value)`: compact, sorted keys, HTML-escaped, no trailing newline.
  ///
  /// kubectl's `last-applied-configuration` annotation is this plus `"\n"` (it is written by
  /// `json.Encoder.Encode`, which appends a newline).
  public static func marshal(_ value: JSONValue) throws(TooDeep) -> String {
    var out = ""
    try write(value, into: &out, depth: 0, newline: nil, indent: "")
    return out
  }

  /// ``marshal(_:)`` without the depth guard, for values whose depth is already bounded
  /// (manifests come from a parser with its own limit): the last-applied annotation is
  /// `GoJSON.compact(manifest) + "\n"`.
  public static func compact(_ value: JSONValue) -> String {
    var out = ""
    try? write(value, into: &out, depth: 0, newline: nil, indent: "", limit: Int.max)
    return out
  }

  /// A string as a JSON string literal, quotes included, escaped as Go does.
  public static func quote(_ text: String) -> String {
    var out = "\""
    appendEscaped(text, to: &out)
    out += "\""
    return out
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

  private static func write(
    _ value: JSONValue, into out: inout String, depth: Int, newline: String?, indent: String,
    limit: Int = maxDepth
  ) throws(TooDeep) {
    guard depth <= limit else { throw TooDeep() }
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let integer): out += String(integer)
    case .double(let double): out += formatNumber(double)
    case .string(let text):
      out += "\""
      appendEscaped(text, to: &out)
      out += "\""
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        if let newline { out += newline + String(repeating: indent, count: depth + 1) }
        try write(
          element, into: &out, depth: depth + 1, newline: newline, indent: indent, limit: limit)
      }
      if let newline { out += newline + String(repeating: indent, count: depth) }
      out += "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{"
      let sorted = members.sorted { JSONValue.byteOrder($0.key, $1.key) }
      for (index, (key, member)) in sorted.enumerated() {
        if index > 0 { out += "," }
        if let newline { out += newline + String(repeating: indent, count: depth + 1) }
        out += "\""
        appendEscaped(key, to: &out)
        out += newline == nil ? "\":" : "\": "
        try write(
          member, into: &out, depth: depth + 1, newline: newline, indent: indent, limit: limit)
      }
      if let newline { out += newline + String(repeating: indent, count: depth) }
      out += "}"
    }
  }

  private static let hexDigits = Array("0123456789abcdef")

  private static func appendEscaped(_ text: String, to out: inout String) {
    // Nearly every string has nothing to escape: then it goes in whole. (0xE2 starts U+2028 and
    // U+2029, which Go escapes.)
    if text.utf8.allSatisfy({
      $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26
        && $0 != 0xE2
    }) {
      out += text
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<", ">", "&", "\u{2028}", "\u{2029}":
        out += unicodeEscape(scalar.value)
      default:
        if scalar.value < 0x20 {
          out += unicodeEscape(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    var text = "\\u"
    for shift in stride(from: 12, through: 0, by: -4) {
      text.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
    }
    return text
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
