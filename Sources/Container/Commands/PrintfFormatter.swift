/// `printf FORMAT [ARG]…`: `%s %d %i %u %x %X %o %c %b %%` with flags and widths; the format
/// is reused while arguments remain.
enum PrintfFormatter {
  /// The output, plus an error text for a bad numeric argument.
  static func render(format: String, arguments: [String]) -> (output: String, error: String?) {
    var output = ""
    var error: String?
    var args = arguments[...]
    let chars = Array(format)
    var rounds = 0
    repeat {
      rounds += 1
      var consumed = false
      var i = 0
      while i < chars.count {
        let c = chars[i]
        if c == "\\" {
          var j = i
          var escape = "\\"
          j += 1
          if j < chars.count {
            escape.append(chars[j])
            j += 1
          }
          if escape == "\\0"
            || (escape.count == 2 && escape.last.map { "1234567".contains($0) } == true)
          {
            while j < chars.count, escape.count < 5, "01234567".contains(chars[j]) {
              escape.append(chars[j])
              j += 1
            }
          }
          output += EchoFormatter.interpretEscapes(escape, octalNeedsZero: false).0
          i = j
          continue
        }
        guard c == "%", i + 1 < chars.count else {
          output.append(c)
          i += 1
          continue
        }
        if chars[i + 1] == "%" {
          output.append("%")
          i += 2
          continue
        }
        var j = i + 1
        var flags = ""
        while j < chars.count, "-+ 0#".contains(chars[j]) {
          flags.append(chars[j])
          j += 1
        }
        var width = ""
        while j < chars.count, chars[j].isNumber {
          width.append(chars[j])
          j += 1
        }
        var precision: Int?
        if j < chars.count, chars[j] == "." {
          j += 1
          var p = ""
          while j < chars.count, chars[j].isNumber {
            p.append(chars[j])
            j += 1
          }
          precision = Int(p.prefix(5)) ?? 0
        }
        guard j < chars.count else {
          output += String(chars[i...])
          break
        }
        let conversion = chars[j]
        i = j + 1
        let arg = args.popFirst()
        if arg != nil { consumed = true }
        var text: String
        switch conversion {
        case "s":
          text = arg ?? ""
          if let precision { text = String(text.prefix(precision)) }
        case "b":
          text = EchoFormatter.interpretEscapes(arg ?? "", octalNeedsZero: true).0
        case "c":
          text = String((arg ?? "").prefix(1))
        case "d", "i", "u", "x", "X", "o":
          var number = 0
          if let arg, !arg.isEmpty {
            if let n = Int(arg.trimmingCharactersInSet()) {
              number = n
            } else if arg.hasPrefix("'") || arg.hasPrefix("\""),
              let scalar = arg.dropFirst().unicodeScalars.first
            {
              number = Int(scalar.value)
            } else {
              error = "printf: \(arg): invalid number"
            }
          }
          switch conversion {
          case "x": text = String(number, radix: 16)
          case "X": text = String(number, radix: 16).uppercased()
          case "o": text = String(number, radix: 8)
          default: text = String(number)
          }
          if flags.contains("+") && number >= 0 && (conversion == "d" || conversion == "i") {
            text = "+" + text
          }
        default:
          text = "%" + flags + width + String(conversion)
        }
        if let w = Int(width.prefix(5)), text.count < w {
          let padding = w - text.count
          if flags.contains("-") {
            text += String(repeating: " ", count: padding)
          } else if flags.contains("0") && "diuxXo".contains(conversion) {
            let negative = text.hasPrefix("-")
            let digits = negative ? String(text.dropFirst()) : text
            text = (negative ? "-" : "") + String(repeating: "0", count: padding) + digits
          } else {
            text = String(repeating: " ", count: padding) + text
          }
        }
        output += text
      }
      if !consumed { break }
    } while !args.isEmpty && rounds < 10_000
    return (output, error)
  }
}
