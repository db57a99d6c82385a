import Cluster
import Container

/// go-yaml v2's `resolve()` for untagged plain scalars: would this text read back as a
/// non-string (bool, null, int, float, timestamp, merge key)?
///
/// The YAML 1.1 booleans count (`y`, `yes`, `on`, `off`, `n`, `NO`, …), ints are read with
/// Go's `strconv.ParseInt(s, 0, 64)` after removing `_` (so `0755`, `0x1F`, `0o17`, `+1`),
/// floats with go-yaml's float pattern (`1e3`, `.5`, `08`), timestamps in go-yaml's four
/// layouts (`2025-01-15`, `2025-1-5`, `2025-01-15T10:00:00Z`, `2025-01-15 10:00:00`).
enum YAMLResolver {
  static let resolveMap: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
    "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
    "", "~", "null", "Null", "NULL",
    ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf",
    "-.INF",
    "<<",
  ]

  static func resolvesToNonString(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return true }
    let hint: Character
    switch first {
    case UInt8(ascii: "+"), UInt8(ascii: "-"): hint = "S"
    case UInt8(ascii: "0")...UInt8(ascii: "9"): hint = "D"
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
      UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "~"):
      hint = "M"
    case UInt8(ascii: "."): hint = "."
    default: return false
    }
    // Every word of the map has at most five bytes: longer text skips the hashing.
    if text.utf8.count <= 5 && resolveMap.contains(text) { return true }
    switch hint {
    case ".":
      return goParseFloat(text)
    case "D", "S":
      if isTimestamp(text) { return true }
      let plain = text.utf8.contains(UInt8(ascii: "_")) ? String(text.filter { $0 != "_" }) : text
      if goParseInt(plain) { return true }
      if matchesFloatPattern(plain) && goParseFloat(plain) { return true }
      if plain.hasPrefix("0b") || plain.hasPrefix("-0b") {
        let digits = plain.hasPrefix("0b") ? plain.dropFirst(2) : plain.dropFirst(3)
        return !digits.isEmpty && digits.count <= 64 && digits.allSatisfy { $0 == "0" || $0 == "1" }
      }
      return false
    default:
      return false
    }
  }

  /// `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` succeeds.
  static func goParseInt(_ s: String) -> Bool {
    // ASCII text (nearly all) is read as bytes: each character is one, and a hex digit's
    // value is the same. (Character.hexDigitValue also takes fullwidth digits, so other
    // text keeps the character loop below.)
    if let ascii = GoYAML.withBytes(
      s,
      { bytes in
        bytes.allSatisfy { $0 < 0x80 } ? goParseInt(ascii: bytes) : nil
      })
    {
      return ascii
    }
    var bytes = Substring(s)
    var signed = false
    var negative = false
    if let c = bytes.first, c == "+" || c == "-" {
      signed = true
      negative = c == "-"
      bytes = bytes.dropFirst()
    }
    var base: UInt64 = 10
    if bytes.count >= 2, bytes.first == "0" {
      let p = bytes[bytes.index(after: bytes.startIndex)]
      switch p {
      case "x", "X":
        base = 16
        bytes = bytes.dropFirst(2)
      case "o", "O":
        base = 8
        bytes = bytes.dropFirst(2)
      case "b", "B":
        base = 2
        bytes = bytes.dropFirst(2)
      default:
        base = 8
        bytes = bytes.dropFirst(1)
      }
    }
    guard !bytes.isEmpty else { return false }
    var value: UInt64 = 0
    for c in bytes {
      guard let digit = c.hexDigitValue, UInt64(digit) < base else { return false }
      let (m, o1) = value.multipliedReportingOverflow(by: base)
      let (a, o2) = m.addingReportingOverflow(UInt64(digit))
      if o1 || o2 { return false }
      value = a
    }
    if !signed { return true }  // ParseInt, or ParseUint for values above Int64.max
    return negative ? value <= 1 << 63 : value <= UInt64(Int64.max)
  }

  /// ``goParseInt(_:)`` over ASCII bytes.
  private static func goParseInt(ascii b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    var signed = false
    var negative = false
    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
      signed = true
      negative = b[i] == UInt8(ascii: "-")
      i += 1
    }
    var base: UInt64 = 10
    if b.count - i >= 2, b[i] == UInt8(ascii: "0") {
      switch b[i + 1] {
      case UInt8(ascii: "x"), UInt8(ascii: "X"):
        base = 16
        i += 2
      case UInt8(ascii: "o"), UInt8(ascii: "O"):
        base = 8
        i += 2
      case UInt8(ascii: "b"), UInt8(ascii: "B"):
        base = 2
        i += 2
      default:
        base = 8
        i += 1
      }
    }
    guard i < b.count else { return false }
    var value: UInt64 = 0
    while i < b.count {
      let digit: UInt64
      switch b[i] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(b[i] - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(b[i] - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(b[i] - UInt8(ascii: "A") + 10)
      default: return false
      }
      guard digit < base else { return false }
      let (m, o1) = value.multipliedReportingOverflow(by: base)
      let (a, o2) = m.addingReportingOverflow(digit)
      if o1 || o2 { return false }
      value = a
      i += 1
    }
    if !signed { return true }
    return negative ? value <= 1 << 63 : value <= UInt64(Int64.max)
  }

  /// `strconv.ParseFloat(s, 64)` succeeds (decimal forms only; out of range fails).
  static func goParseFloat(_ s: String) -> Bool {
    guard matchesFloatPattern(s) || s.hasPrefix("."), let value = Double(s) else { return false }
    return value.isFinite
  }

  /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
  static func matchesFloatPattern(_ s: String) -> Bool {
    GoYAML.withBytes(s) { matchesFloatPattern($0) }
  }

  private static func matchesFloatPattern(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    func digits() -> Int {
      let start = i
      while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
      return i - start
    }
    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      guard digits() > 0 else { return false }
    } else {
      guard digits() > 0 else { return false }
      if i < b.count, b[i] == UInt8(ascii: ".") {
        i += 1
        _ = digits()
      }
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() > 0 else { return false }
    }
    return i == b.count
  }

  /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$` (quoted on output for old parsers).
  static func isBase60Float(_ s: String) -> Bool {
    // Nearly every string starts with something else: no need to copy its bytes.
    guard let first = s.utf8.first,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "+")
        || first == UInt8(ascii: "-")
    else { return false }
    return GoYAML.withBytes(s) { isBase60Float($0) }
  }

  private static func isBase60Float(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 48 && b[k] <= 57 }
    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
    guard isDigit(i) else { return false }
    i += 1
    while i < b.count, isDigit(i) || b[i] == UInt8(ascii: "_") { i += 1 }
    var groups = 0
    while i < b.count, b[i] == UInt8(ascii: ":") {
      i += 1
      if isDigit(i), i + 1 < b.count, b[i] <= UInt8(ascii: "5"), isDigit(i + 1) {
        i += 2
      } else if isDigit(i) {
        i += 1
      } else {
        return false
      }
      groups += 1
    }
    guard groups > 0 else { return false }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      while i < b.count, isDigit(i) || b[i] == UInt8(ascii: "_") { i += 1 }
    }
    return i == b.count
  }

  /// go-yaml's `parseTimestamp`: four digits and `-`, then one of its layouts via `time.Parse`.
  static func isTimestamp(_ s: String) -> Bool {
    GoYAML.withBytes(s) { isTimestamp($0) }
  }

  private static func isTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 48 && b[k] <= 57 }
    while isDigit(i) { i += 1 }
    guard i == 4, i < b.count, b[i] == UInt8(ascii: "-") else { return false }
    // Go's stdNumMonth/stdDay/stdHour/stdMinute/stdSecond for "1", "2", "15", "4", "5": one or two digits.
    func number(_ maxDigits: Int) -> Int? {
      guard isDigit(i) else { return nil }
      var value = Int(b[i] - 48)
      i += 1
      if maxDigits == 2, isDigit(i) {
        value = value * 10 + Int(b[i] - 48)
        i += 1
      }
      return value
    }
    func expect(_ c: Character) -> Bool {
      guard i < b.count, b[i] == c.asciiValue else { return false }
      i += 1
      return true
    }
    let year = Int(String(decoding: b[0..<4], as: UTF8.self)) ?? 0
    i = 5
    guard let month = number(2), (1...12).contains(month), expect("-"), let day = number(2),
      day >= 1,
      day <= CivilTime.daysIn(month: month, year: Int64(year))
    else { return false }
    if i == b.count { return true }  // "2006-1-2"
    let separator = b[i]
    guard
      separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
        || separator == UInt8(ascii: " ")
    else {
      return false
    }
    i += 1
    guard let hour = number(2), hour < 24, expect(":"), let minute = number(2), minute < 60,
      expect(":"),
      let second = number(2), second < 60
    else { return false }
    if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ","), isDigit(i + 1) {
      i += 1
      while isDigit(i) { i += 1 }
    }
    if separator == UInt8(ascii: " ") { return i == b.count }
    // "Z07:00": Z, or ±hh:mm.
    if expect("Z") { return i == b.count }
    guard i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return false }
    i += 1
    guard isDigit(i), isDigit(i + 1) else { return false }
    let zoneHour = Int(b[i] - 48) * 10 + Int(b[i + 1] - 48)
    i += 2
    guard expect(":"), isDigit(i), isDigit(i + 1) else { return false }
    let zoneMinute = Int(b[i] - 48) * 10 + Int(b[i + 1] - 48)
    i += 2
    return i == b.count && zoneHour < 24 && zoneMinute < 60
  }
}
