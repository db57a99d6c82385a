/// A key pressed in present mode, decoded from the bytes a terminal in raw mode sends.
public enum TerminalKey: Equatable, Sendable {
  case character(Character)
  case enter, escape, backspace, tab
  case up, down, left, right, pageUp, pageDown, home, end
  /// Ctrl-C, Ctrl-D.
  case interrupt, endOfInput
  /// Not a key: the terminal changed size.
  case resize
  /// A control key or sequence present mode has no use for.
  case other
}

/// Turns the bytes of a raw-mode terminal into keys: UTF-8 text, control keys, and the
/// escape sequences of arrow and paging keys (both `ESC [` and `ESC O` forms).
///
/// Bytes that end in the middle of a character or a sequence wait for the next read.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  public init() {}

  /// The keys in `bytes` (with what was left over from before).
  public mutating func decode(_ bytes: [UInt8]) -> [TerminalKey] {
    pending += bytes
    var keys: [TerminalKey] = []
    var index = 0
    while index < pending.count {
      let byte = pending[index]
      switch byte {
      case 0x1B:
        guard index + 1 < pending.count else {
          // A lone ESC at the end of a read is the Escape key (sequences arrive whole).
          keys.append(.escape)
          index += 1
          continue
        }
        let introducer = pending[index + 1]
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
          keys.append(.escape)
          index += 1
          continue
        }
        // Parameters and intermediates, then a final byte in 0x40…0x7E.
        var end = index + 2
        while end < pending.count, !(0x40...0x7E).contains(pending[end]) { end += 1 }
        guard end < pending.count else {
          pending.removeFirst(index)
          return keys
        }
        let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
        keys.append(Self.sequence(final: pending[end], parameters: parameters))
        index = end + 1
      case 0x0D:
        keys.append(.enter)
        // CR LF (a pasted line, some terminals' Enter) is one Enter.
        index += index + 1 < pending.count && pending[index + 1] == 0x0A ? 2 : 1
      case 0x0A:
        keys.append(.enter)
        index += 1
      case 0x7F, 0x08:
        keys.append(.backspace)
        index += 1
      case 0x09:
        keys.append(.tab)
        index += 1
      case 0x03:
        keys.append(.interrupt)
        index += 1
      case 0x04:
        keys.append(.endOfInput)
        index += 1
      case 0x00..<0x20:
        keys.append(.other)
        index += 1
      default:
        let length: Int
        switch byte {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: length = 1  // ASCII, or a byte no character starts with
        }
        guard index + length <= pending.count else {
          pending.removeFirst(index)
          return keys
        }
        let text = String(decoding: pending[index..<(index + length)], as: UTF8.self)
        keys.append(text.first.map { $0 == "\u{FFFD}" ? .other : .character($0) } ?? .other)
        index += length
      }
    }
    pending.removeAll()
    return keys
  }

  private static func sequence(final: UInt8, parameters: String) -> TerminalKey {
    switch (final, parameters) {
    case (UInt8(ascii: "A"), _): return .up
    case (UInt8(ascii: "B"), _): return .down
    case (UInt8(ascii: "C"), _): return .right
    case (UInt8(ascii: "D"), _): return .left
    case (UInt8(ascii: "H"), _): return .home
    case (UInt8(ascii: "F"), _): return .end
    case (UInt8(ascii: "~"), "5"): return .pageUp
    case (UInt8(ascii: "~"), "6"): return .pageDown
    case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): return .home
    case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): return .end
    default: return .other
    }
  }
}
