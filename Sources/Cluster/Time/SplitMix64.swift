import Container

/// A small seeded pseudo-random generator (SplitMix64), so every run with a seed is identical.
///
/// The core never touches a global random source: UIDs, container IDs and image pull durations
/// all come from the cluster's own generator.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// `count` lowercase hexadecimal digits.
  public mutating func hex(_ count: Int) -> String {
    var out = ""
    out.reserveCapacity(count)
    let digits = Array("0123456789abcdef")
    while out.count < count {
      var word = next()
      for _ in 0..<16 where out.count < count {
        out.append(digits[Int(word & 0xF)])
        word >>= 4
      }
    }
    return out
  }

  /// `count` characters of Kubernetes' random-name alphabet (no vowels, no look-alike digits),
  /// as in `kube-api-access-x5k2q` and the names made from a `generateName`.
  public mutating func nameSuffix(_ count: Int = 5) -> String {
    let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
    var suffix = ""
    for _ in 0..<count { suffix.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
    return suffix
  }

  /// A random version-4 UUID in its canonical lowercase form.
  public mutating func uuid() -> String {
    let h = Array(hex(32))
    let variant = Array("89ab")[Int(next() % 4)]
    return String(h[0..<8]) + "-" + String(h[8..<12]) + "-4" + String(h[13..<16]) + "-"
      + String(variant) + String(h[17..<20]) + "-" + String(h[20..<32])
  }

  /// A duration uniformly drawn between two bounds, in whole milliseconds.
  public mutating func duration(between low: Duration, and high: Duration) -> Duration {
    let lo = low.wholeMilliseconds
    let hi = max(lo, high.wholeMilliseconds)
    return .milliseconds(lo + Int64(next() % UInt64(hi - lo + 1)))
  }
}
