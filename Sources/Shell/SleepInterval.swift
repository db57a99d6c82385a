/// Parses GNU `sleep` intervals (`5`, `0.5`, `1m`, `2h`, `1d`, several summed) into a `Duration`.
///
/// Used by `sleep` and the `ff` fast-forward builtin. Intervals are capped at
/// ``maximum``: a single command may not move the simulated clock further than that, so that
/// `sleep inf` or `sleep 1e300` cannot stall the simulation or overflow the clock.
public enum SleepInterval {
  /// The longest interval one command may skip.
  public static let maximum: Duration = .seconds(7 * 24 * 3600)
  /// ``maximum`` as the learner would write it.
  public static let maximumText = "7d"

  /// Parses the arguments of `command` (`sleep` or `ff`), summing them as GNU sleep does.
  ///
  /// - Throws: ``ShellError/missingOperand(command:)``, ``ShellError/invalidInterval(command:argument:)``
  ///   or ``ShellError/intervalTooLong(command:argument:)``.
  public static func parse(_ arguments: [String], command: String) throws(ShellError) -> Duration {
    guard !arguments.isEmpty else { throw .missingOperand(command: command) }
    var totalSeconds = 0.0
    for argument in arguments {
      let seconds = try seconds(in: argument, command: command)
      totalSeconds += seconds
      guard totalSeconds <= Double(maximum.components.seconds) else {
        throw .intervalTooLong(command: command, argument: argument)
      }
    }
    // Millisecond resolution is the cluster clock's; rounding keeps `sleep 0.0005` at zero.
    return .milliseconds(Int64((totalSeconds * 1000).rounded()))
  }

  private static func seconds(in argument: String, command: String) throws(ShellError) -> Double {
    var number = Substring(argument)
    var multiplier = 1.0
    switch number.last {
    case "s": multiplier = 1
    case "m": multiplier = 60
    case "h": multiplier = 3600
    case "d": multiplier = 86_400
    default: break
    }
    if let last = number.last, "smhd".contains(last) { number = number.dropLast() }
    // Only plain decimal numbers: Double() alone would also take "nan", "inf" and hex.
    let allowed = number.unicodeScalars.allSatisfy {
      ("0"..."9").contains($0) || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-"
    }
    guard !number.isEmpty, number.first != "-", allowed, let value = Double(number), value.isFinite,
      value >= 0
    else {
      throw .invalidInterval(command: command, argument: argument)
    }
    let seconds = value * multiplier
    guard seconds <= Double(maximum.components.seconds) else {
      throw .intervalTooLong(command: command, argument: argument)
    }
    return seconds
  }
}
