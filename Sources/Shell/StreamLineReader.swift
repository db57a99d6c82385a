#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``LineReader`` over a file descriptor: a script file, or stdin when it is not a terminal.
///
/// Reads with `read(2)` in blocks (never stdio, so it cannot fight libedit over stdin) and
/// splits on `\n`. A final line without a newline is still returned; a trailing `\r` (a script
/// saved with CRLF endings) is dropped; bytes that are not UTF-8 become U+FFFD. The scan for
/// the next newline resumes where it stopped, and a line longer than `maximumLine` is read to
/// its end without being kept (``LineInput/tooLong(_:)``), so memory stays bounded.
public struct StreamLineReader: LineReader {
  private let descriptor: Int32
  private let maximumLine: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var scanned = 0
  private var atEnd = false
  /// Bytes of a too-long line dropped so far (nil: not in one).
  private var skipped: Int?

  /// Reads from an open file descriptor (0 for stdin). The reader does not close it.
  public init(descriptor: Int32, maximumLine: Int = ShellLimits.lineBytes) {
    self.descriptor = descriptor
    self.maximumLine = maximumLine
  }

  public var echoesInput: Bool { false }

  public mutating func readLine(prompt: String) -> LineInput {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        let length = newline - start
        defer {
          start = newline + 1
          scanned = start
          compact()
        }
        if let skipped {
          self.skipped = nil
          return .tooLong(skipped + length)
        }
        if length > maximumLine { return .tooLong(length) }
        return .line(decode(buffer[start..<newline]))
      }
      scanned = buffer.count
      if buffer.count - start > maximumLine {
        // Too long already: count it and let the bytes go, up to its newline.
        skipped = (skipped ?? 0) + buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        scanned = 0
      }
      if atEnd {
        if let skipped {
          self.skipped = nil
          let length = skipped + buffer.count - start
          start = buffer.count
          scanned = start
          return .tooLong(length)
        }
        guard start < buffer.count else { return .end }
        let line = decode(buffer[start...])
        start = buffer.count
        scanned = start
        return .line(line)
      }
      fill()
    }
  }

  private mutating func fill() {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      buffer.append(contentsOf: chunk[0..<count])
    } else if count < 0 && errno == EINTR {
      return
    } else {
      atEnd = true
    }
  }

  /// Drops consumed bytes once they dominate the buffer, keeping memory bounded by one line.
  private mutating func compact() {
    guard start > 1 << 16, start * 2 > buffer.count else { return }
    buffer.removeFirst(start)
    scanned -= start
    start = 0
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var slice = bytes
    if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
    return String(decoding: slice, as: UTF8.self)
  }
}
