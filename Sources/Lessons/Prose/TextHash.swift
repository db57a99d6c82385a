/// A short fingerprint of a text: what a translation records of the English it came from, so an
/// edited English step marks its translation stale.
///
/// FNV-1a (64-bit) over the UTF-8 of the text with trailing spaces and blank edges removed, so
/// re-wrapping whitespace at line ends does not count as a change. Not a security hash: it
/// only needs to notice edits.
public enum TextHash {
  /// 16 lowercase hex digits.
  public static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in normalized(text).utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The text's lines without trailing spaces, tabs and carriage returns, blank lines at
  /// either end dropped (worked on UTF-8 bytes: this runs on every section at start-up).
  static func normalized(_ text: String) -> String {
    var lines: [ArraySlice<UInt8>] = []
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
      var end = index
      while end > start, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
      lines.append(bytes[start..<end])
      start = index + 1
    }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for (number, line) in lines.enumerated() {
      if number > 0 { result.append(0x0A) }
      result.append(contentsOf: line)
    }
    return String(decoding: result, as: UTF8.self)
  }
}
