/// `echo`'s option and escape handling, which differs between dash, bash/busybox and coreutils.
enum EchoFormatter {
  /// The text `echo args` prints. dash interprets backslash escapes always and knows only
  /// `-n`; bash, busybox and coreutils need `-e` for escapes.
  static func render(_ args: [String], escapesByDefault: Bool) -> String {
    var newline = true
    var escapes = escapesByDefault
    var index = 0
    while index < args.count {
      let arg = args[index]
      // (Not `arg.count > 1`: counting the characters of a megabyte argument walks all of it.)
      guard arg.hasPrefix("-"), !arg.dropFirst().isEmpty else { break }
      let flags = arg.dropFirst()
      if escapesByDefault {
        // dash: only a lone -n is an option.
        guard arg == "-n" else { break }
        newline = false
      } else {
        guard flags.allSatisfy({ "neE".contains($0) }) else { break }
        for flag in flags {
          if flag == "n" { newline = false }
          if flag == "e" { escapes = true }
          if flag == "E" { escapes = false }
        }
      }
      index += 1
    }
    var text = args[index...].joined(separator: " ")
    if escapes {
      let (expanded, stop) = interpretEscapes(text, octalNeedsZero: true)
      text = expanded
      if stop { return text }
    }
    return newline ? text + "\n" : text
  }

  /// Expands `\n`, `\t`, `\\`, `\0NNN`…; `stop` is true after `\c`.
  static func interpretEscapes(_ text: String, octalNeedsZero: Bool) -> (String, stop: Bool) {
    var result = ""
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      guard c == "\\", i + 1 < chars.count else {
        result.append(c)
        i += 1
        continue
      }
      let next = chars[i + 1]
      i += 2
      switch next {
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "r": result.append("\r")
      case "a": result.append("\u{07}")
      case "b": result.append("\u{08}")
      case "f": result.append("\u{0C}")
      case "v": result.append("\u{0B}")
      case "e": result.append("\u{1B}")
      case "\\": result.append("\\")
      case "c": return (result, true)
      case "0", "1", "2", "3", "4", "5", "6", "7":
        if octalNeedsZero && next != "0" {
          result.append("\\")
          result.append(next)
          continue
        }
        var value = octalNeedsZero ? 0 : Int(String(next)) ?? 0
        var digits = 0
        while digits < 3, i < chars.count, let d = Int(String(chars[i])), d < 8 {
          value = value * 8 + d
          i += 1
          digits += 1
        }
        if let scalar = Unicode.Scalar(value & 0xFF) { result.append(Character(scalar)) }
      default:
        result.append("\\")
        result.append(next)
      }
    }
    return (result, false)
  }
}
