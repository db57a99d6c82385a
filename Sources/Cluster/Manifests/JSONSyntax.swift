/// Go's encoding/json syntax checking, for kubectl's messages about malformed JSON manifests.
///
/// kubectl reads input that starts with `{` as a JSON stream and falls back to YAML when that
/// fails; only when both fail does it report the JSON error, worded by Go's scanner:
/// `json: offset 21: invalid character ',' looking for beginning of object key string`, or
/// `unexpected EOF` for input that ends inside a value.
enum JSONSyntax {
  /// The Go error for the first syntax error in a stream of JSON values, nil if there is none.
  static func firstError(in text: String) -> String? {
    var scanner = Scanner(bytes: Array(text.utf8))
    do {
      scanner.skipSpace()
      while scanner.index < scanner.bytes.count {
        try scanner.value(depth: 0)
        scanner.skipSpace()
      }
      return nil
    } catch .unexpectedEOF {
      return "unexpected EOF"
    } catch .invalid(let byte, let context, let offset) {
      return "json: offset \(offset): invalid character \(quote(byte)) \(context)"
    } catch {
      return "json: exceeded max depth"
    }
  }

  enum Failure: Error {
    case unexpectedEOF
    case invalid(UInt8, context: String, offset: Int)
    case tooDeep
  }

  /// Go's quoteChar: `'x'`, `'\n'`, `'\''`.
  static func quote(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "'"): return "'\\''"
    case UInt8(ascii: "\""): return "'\"'"
    case UInt8(ascii: "\n"): return "'\\n'"
    case UInt8(ascii: "\t"): return "'\\t'"
    case UInt8(ascii: "\r"): return "'\\r'"
    case 0x20..<0x7F: return "'" + String(UnicodeScalar(byte)) + "'"
    default:
      let hex = String(byte, radix: 16)
      return "'\\x" + (hex.count == 1 ? "0" + hex : hex) + "'"
    }
  }

  struct Scanner {
    var bytes: [UInt8]
    var index = 0

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    func peek() throws(Failure) -> UInt8 {
      guard index < bytes.count else { throw .unexpectedEOF }
      return bytes[index]
    }

    func fail(_ context: String) -> Failure {
      .invalid(bytes[index], context: context, offset: index + 1)
    }

    mutating func value(depth: Int) throws(Failure) {
      guard depth < 10_000 else { throw .tooDeep }
      skipSpace()
      let c = try peek()
      switch c {
      case UInt8(ascii: "{"): try object(depth: depth)
      case UInt8(ascii: "["): try array(depth: depth)
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      default: throw fail("looking for beginning of value")
      }
    }

    mutating func object(depth: Int) throws(Failure) {
      index += 1
      skipSpace()
      if try peek() == UInt8(ascii: "}") {
        index += 1
        return
      }
      while true {
        skipSpace()
        guard try peek() == UInt8(ascii: "\"") else {
          throw fail("looking for beginning of object key string")
        }
        try string()
        skipSpace()
        guard try peek() == UInt8(ascii: ":") else { throw fail("after object key") }
        index += 1
        try value(depth: depth + 1)
        skipSpace()
        let next = try peek()
        if next == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard next == UInt8(ascii: "}") else { throw fail("after object key:value pair") }
        index += 1
        return
      }
    }

    mutating func array(depth: Int) throws(Failure) {
      index += 1
      skipSpace()
      if try peek() == UInt8(ascii: "]") {
        index += 1
        return
      }
      while true {
        try value(depth: depth + 1)
        skipSpace()
        let next = try peek()
        if next == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard next == UInt8(ascii: "]") else { throw fail("after array element") }
        index += 1
        return
      }
    }

    mutating func string() throws(Failure) {
      index += 1
      while true {
        let c = try peek()
        if c == UInt8(ascii: "\"") {
          index += 1
          return
        }
        if c < 0x20 { throw fail("in string literal") }
        if c == UInt8(ascii: "\\") {
          index += 1
          let e = try peek()
          if e == UInt8(ascii: "u") {
            for _ in 0..<4 {
              index += 1
              let h = try peek()
              guard
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(h)
                  || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(h | 0x20)
              else {
                throw fail("in \\u hexadecimal character escape")
              }
            }
          } else if !Array("\"\\/bfnrt".utf8).contains(e) {
            throw fail("in string escape code")
          }
        }
        index += 1
      }
    }

    mutating func number() throws(Failure) {
      func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }
      if bytes[index] == UInt8(ascii: "-") {
        index += 1
        guard isDigit(try peek()) else { throw fail("in numeric literal") }
      }
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
      } else {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard isDigit(try peek()) else { throw fail("after decimal point in numeric literal") }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      }
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if try peek() == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(try peek()) else { throw fail("in exponent of numeric literal") }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      }
    }

    mutating func literal(_ word: String) throws(Failure) {
      for expected in word.utf8 {
        let c = try peek()
        guard c == expected else {
          throw fail("in literal \(word) (expecting '\(String(UnicodeScalar(expected)))')")
        }
        index += 1
      }
    }
  }
}
