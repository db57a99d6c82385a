/// Splits a command's arguments into single-letter flags and operands (`-la`, `-n 5`, `--`).
struct ArgumentScanner {
  var flags: Set<Character> = []
  var values: [Character: String] = [:]
  var operands: [String] = []
  /// The first unknown flag, if any.
  var unknown: Character?

  /// Scans `args`; letters in `valued` take the next argument (or the rest of the word).
  init(_ args: [String], known: String, valued: String = "") {
    var index = 0
    var onlyOperands = false
    while index < args.count {
      let arg = args[index]
      index += 1
      if onlyOperands || arg == "-" || !arg.hasPrefix("-") || arg.count < 2 {
        operands.append(arg)
        continue
      }
      if arg == "--" {
        onlyOperands = true
        continue
      }
      if arg.hasPrefix("--") {
        // Long options: accept and ignore the ones commands commonly get.
        continue
      }
      var letters = Array(arg.dropFirst())
      while !letters.isEmpty {
        let letter = letters.removeFirst()
        if valued.contains(letter) {
          if !letters.isEmpty {
            values[letter] = String(letters)
          } else if index < args.count {
            values[letter] = args[index]
            index += 1
          }
          break
        }
        if known.contains(letter) {
          flags.insert(letter)
        } else if unknown == nil {
          unknown = letter
        }
      }
    }
  }
}
