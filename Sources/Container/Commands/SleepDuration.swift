/// Parses `sleep` operands (`10`, `0.5`, `2m`, `1h`, `infinity`) into milliseconds.
enum SleepDuration {
  static func milliseconds(_ text: String) -> Int64? {
    if text == "infinity" || text == "inf" { return Int64.max / 4 }
    var number = text
    var multiplier: Double = 1000
    if let last = number.last, "smhd".contains(last) {
      number.removeLast()
      multiplier = last == "s" ? 1000 : last == "m" ? 60_000 : last == "h" ? 3_600_000 : 86_400_000
    }
    guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." }),
      let value = Double(number), value.isFinite
    else { return nil }
    let ms = value * multiplier
    return ms > Double(Int64.max / 4) ? Int64.max / 4 : Int64(ms)
  }
}
