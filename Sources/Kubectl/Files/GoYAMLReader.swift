/// The first check kubectl's YAML path makes on a file's bytes: go-yaml's reader decodes
/// UTF-8 strictly and stops at the first bad sequence, before any YAML is parsed.
///
/// Its JSON path (a stream whose first non-blank byte is `{`) reads the same bytes with each
/// bad sequence as U+FFFD instead, as Go's JSON decoder does, and so does not refuse them.
enum GoYAMLReader {
  /// go-yaml's words for the first invalid UTF-8 sequence or control character of `bytes`
  /// (`invalid leading UTF-8 octet`, …), or nil when there is none or kubectl reads them as JSON.
  static func problem(in bytes: [UInt8]) -> String? {
    let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    if bytes.first(where: { !blank.contains($0) }) == UInt8(ascii: "{") { return nil }
    // A UTF-16 byte-order mark makes go-yaml read UTF-16, which is not simulated.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let width: Int
      var value: UInt32
      switch lead {
      case 0x00..<0x80:
        width = 1
        value = UInt32(lead)
      case 0xC0..<0xE0:
        width = 2
        value = UInt32(lead & 0x1F)
      case 0xE0..<0xF0:
        width = 3
        value = UInt32(lead & 0x0F)
      case 0xF0..<0xF8:
        width = 4
        value = UInt32(lead & 0x07)
      default: return "invalid leading UTF-8 octet"
      }
      guard index + width <= bytes.count else { return "incomplete UTF-8 octet sequence" }
      for offset in 1..<width {
        let trailing = bytes[index + offset]
        guard trailing & 0xC0 == 0x80 else { return "invalid trailing UTF-8 octet" }
        value = value << 6 | UInt32(trailing & 0x3F)
      }
      let shortest: UInt32 = width == 1 ? 0 : width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
      if value < shortest { return "invalid length of a UTF-8 sequence" }
      if (0xD800...0xDFFF).contains(value) || value > 0x10FFFF {
        return "invalid Unicode character"
      }
      // The same pass refuses what YAML does not allow in a stream, whichever comes first.
      let allowed =
        value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0x7E).contains(value)
        || value == 0x85 || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
        || (0x10000...0x10FFFF).contains(value)
      if !allowed { return "control characters are not allowed" }
      index += width
    }
    return nil
  }
}
