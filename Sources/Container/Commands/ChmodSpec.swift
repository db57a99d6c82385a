/// Parses chmod modes: octal (`755`) or symbolic (`+x`, `u+x,go-w`, `a=r`).
enum ChmodSpec {
  static func apply(_ spec: String, to mode: UInt16) -> UInt16? {
    if let octal = UInt16(spec, radix: 8) { return octal }
    var result = mode
    for clause in spec.split(separator: ",") {
      var who = clause.prefix { "ugoa".contains($0) }
      let rest = clause.dropFirst(who.count)
      guard let op = rest.first, "+-=".contains(op) else { return nil }
      let perms = rest.dropFirst()
      guard perms.allSatisfy({ "rwxX".contains($0) }) else { return nil }
      if who.isEmpty { who = "a" }
      var bits: UInt16 = 0
      for p in perms {
        let base: UInt16 = p == "r" ? 4 : p == "w" ? 2 : 1
        if who.contains("u") || who.contains("a") { bits |= base << 6 }
        if who.contains("g") || who.contains("a") { bits |= base << 3 }
        if who.contains("o") || who.contains("a") { bits |= base }
      }
      switch op {
      case "+": result |= bits
      case "-": result &= ~bits
      default:
        var mask: UInt16 = 0
        if who.contains("u") || who.contains("a") { mask |= 0o700 }
        if who.contains("g") || who.contains("a") { mask |= 0o070 }
        if who.contains("o") || who.contains("a") { mask |= 0o007 }
        result = (result & ~mask) | bits
      }
    }
    return result
  }
}
