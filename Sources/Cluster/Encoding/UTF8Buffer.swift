/// A growing buffer of UTF-8 bytes that the printers append to, then turn into one `String`.
///
/// An `[UInt8]` checks that its storage is unique on every append, and a `String` does more;
/// printing a 100-pod list appends about a million times. This buffer owns its memory alone
/// (it cannot be copied), so an append is a capacity check and a store.
public struct UTF8Buffer: ~Copyable {
  @usableFromInline var base: UnsafeMutablePointer<UInt8>
  @usableFromInline var capacity: Int
  @usableFromInline var written: Int

  /// The number of bytes written.
  public var count: Int { written }

  /// An empty buffer with room for `capacity` bytes before it grows.
  public init(capacity: Int = 256) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
    written = 0
  }

  deinit { base.deallocate() }

  /// Makes room for `extra` more bytes.
  @usableFromInline
  mutating func reserve(_ extra: Int) {
    guard written + extra > capacity else { return }
    let newCapacity = max(capacity * 2, written + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: written)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends one byte.
  @inlinable
  public mutating func append(_ byte: UInt8) {
    if written == capacity { reserve(1) }
    base[written] = byte
    written += 1
  }

  /// Appends bytes.
  @inlinable
  public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + written).initialize(from: source, count: bytes.count)
    written += bytes.count
  }

  /// Appends the first `n` bytes of another buffer.
  @inlinable
  public mutating func append(_ other: borrowing UTF8Buffer, prefix n: Int) {
    append(UnsafeBufferPointer(start: other.base, count: min(n, other.written)))
  }

  /// Appends a literal's bytes.
  @inlinable
  public mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends a string's UTF-8 bytes.
  @inlinable
  public mutating func append(contentsOf text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
      for byte in text.utf8 { append(byte) }
    }
  }

  /// Appends a character's UTF-8 bytes.
  @inlinable
  public mutating func append(scalar: Unicode.Scalar) {
    let v = scalar.value
    if v < 0x80 {
      append(UInt8(v))
    } else if v < 0x800 {
      append(UInt8(0xC0 | v >> 6))
      append(UInt8(0x80 | v & 0x3F))
    } else if v < 0x1_0000 {
      append(UInt8(0xE0 | v >> 12))
      append(UInt8(0x80 | v >> 6 & 0x3F))
      append(UInt8(0x80 | v & 0x3F))
    } else {
      append(UInt8(0xF0 | v >> 18))
      append(UInt8(0x80 | v >> 12 & 0x3F))
      append(UInt8(0x80 | v >> 6 & 0x3F))
      append(UInt8(0x80 | v & 0x3F))
    }
  }

  /// Appends `count` copies of a byte.
  @inlinable
  public mutating func append(repeating byte: UInt8, count n: Int) {
    guard n > 0 else { return }
    reserve(n)
    (base + written).initialize(repeating: byte, count: n)
    written += n
  }

  /// The decimal digits of an integer, without making a `String`.
  @inlinable
  public mutating func append(decimal value: Int64) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    reserve(digits)
    var position = written + digits - 1
    repeat {
      base[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
      position -= 1
    } while magnitude > 0
    written += digits
  }

  /// The bytes written, as a string.
  public consuming func string() -> String {
    String(decoding: UnsafeBufferPointer(start: base, count: written), as: UTF8.self)
  }
}
