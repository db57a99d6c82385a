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

  static func normalized(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
