/// Text utilities: `echo printf head tail wc grep seq tee basename dirname test [`.
enum TextCommands {
  static let all: [Program] = [
    echo, printf, head, tail, wc, grep, seq, tee, basename, dirname, test, bracket,
  ]

  static let echo = Program(name: "echo") { machine, inv throws(ShellControl) in
    machine.out(inv, EchoFormatter.render(inv.operands, escapesByDefault: false))
    return 0
  }

  static let printf = Program(name: "printf") { machine, inv throws(ShellControl) in
    guard let format = inv.operands.first else {
      machine.report(inv, .missingOperand)
      return 1
    }
    let (output, error) = PrintfFormatter.render(
      format: format, arguments: Array(inv.operands.dropFirst()))
    machine.out(inv, output)
    if let error {
      machine.err(inv, error + "\n")
      return 1
    }
    return 0
  }

  /// Reads the named files (or stdin), reporting missing ones; nil entries failed.
  private static func inputs(_ files: [String], _ machine: inout Machine, _ inv: Invocation) -> [(
    name: String, text: String?
  )] {
    if files.isEmpty { return [("-", machine.stdin(inv))] }
    return files.map { file in
      if file == "-" { return (file, machine.stdin(inv)) }
      do throws(FileSystemError) {
        return (file, try machine.readFile(inv.absolute(file)))
      } catch {
        machine.report(inv, .cannotOpen(file, error.kind))
        return (file, nil)
      }
    }
  }

  private static func lines(_ text: String) -> [String] {
    LineSplitter.lines(text)
  }

  /// `-n 5`, `-5`, `-n +2` → count and whether it counts from the start.
  private static func count(_ inv: Invocation) -> (args: [String], count: Int, fromStart: Bool) {
    var args: [String] = []
    var count = 10
    var fromStart = false
    var rest = inv.operands[...]
    while let arg = rest.popFirst() {
      if arg == "-n" || arg == "-c", let value = rest.popFirst() {
        fromStart = value.hasPrefix("+")
        count = Int(value.trimmingPrefix("+").trimmingPrefix("-")) ?? 10
      } else if arg.hasPrefix("-n"), arg.count > 2 {
        let value = String(arg.dropFirst(2))
        fromStart = value.hasPrefix("+")
        count = Int(value.trimmingPrefix("+")) ?? 10
      } else if arg.count > 1, arg.hasPrefix("-"), let n = Int(arg.dropFirst()) {
        count = n
      } else if arg == "-f" || arg == "-F" || arg == "-q" || arg == "-v" {
        args.append(arg)
      } else {
        args.append(arg)
      }
    }
    return (args, count, fromStart)
  }

  static let head = Program(name: "head") { machine, inv throws(ShellControl) in
    let (files, n, _) = count(inv)
    var status: Int32 = 0
    let sources = inputs(files.filter { !$0.hasPrefix("-") || $0 == "-" }, &machine, inv)
    for (index, source) in sources.enumerated() {
      guard let text = source.text else {
        status = 1
        continue
      }
      if sources.count > 1 {
        machine.out(inv, (index > 0 ? "\n" : "") + "==> \(source.name) <==\n")
      }
      machine.out(inv, lines(text).prefix(n).map { $0 + "\n" }.joined())
    }
    return status
  }

  static let tail = Program(name: "tail") { machine, inv throws(ShellControl) in
    let (args, n, fromStart) = count(inv)
    let follow = args.contains("-f") || args.contains("-F")
    var status: Int32 = 0
    let sources = inputs(args.filter { !$0.hasPrefix("-") || $0 == "-" }, &machine, inv)
    for (index, source) in sources.enumerated() {
      guard let text = source.text else {
        status = 1
        continue
      }
      if sources.count > 1 {
        machine.out(inv, (index > 0 ? "\n" : "") + "==> \(source.name) <==\n")
      }
      let all = lines(text)
      let selected = fromStart ? Array(all.dropFirst(max(0, n - 1))) : Array(all.suffix(n))
      machine.out(inv, selected.map { $0 + "\n" }.joined())
    }
    if follow {
      // `tail -f` never ends on its own; it runs until the exec is cut off.
      try machine.advance(by: .seconds(86_400 * 365))
    }
    return status
  }

  static let wc = Program(name: "wc") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "lwcm")
    var selected = scan.flags
    if selected.isEmpty { selected = ["l", "w", "c"] }
    var status: Int32 = 0
    let sources = inputs(scan.operands, &machine, inv)
    var rows: [([Int], String?)] = []
    var totals = [0, 0, 0]
    for source in sources {
      guard let text = source.text else {
        status = 1
        continue
      }
      let counts = [
        LineSplitter.count(text),
        text.split(whereSeparator: { $0 == " " || LineSplitter.isNewline($0) || $0 == "\t" }).count,
        text.utf8.count,
      ]
      for i in 0..<3 { totals[i] += counts[i] }
      rows.append((counts, source.name == "-" ? nil : source.name))
    }
    if rows.count > 1 { rows.append((totals, "total")) }
    let keys: [Character] = ["l", "w", "c"]
    let single = selected.count == 1
    let width =
      inv.style == .busybox ? 7 : (scan.operands.isEmpty ? 7 : max(1, String(totals[2]).count))
    for (counts, name) in rows {
      var fields: [String] = []
      for (i, key) in keys.enumerated()
      where selected.contains(key) || (key == "c" && selected.contains("m")) {
        let text = String(counts[i])
        fields.append(
          single ? text : String(repeating: " ", count: max(0, width - text.count)) + text)
      }
      machine.out(inv, fields.joined(separator: " ") + (name.map { " " + $0 } ?? "") + "\n")
    }
    return status
  }

  static let grep = Program(name: "grep") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "ivcnqlEFhHrsowx", valued: "e")
    var operands = scan.operands
    guard let pattern = scan.values["e"] ?? (operands.isEmpty ? nil : operands.removeFirst()) else {
      machine.err(
        inv,
        inv.style == .gnu
          ? "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"
          : "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n"
      )
      return 2
    }
    let regex = MiniRegex(
      pattern, ignoreCase: scan.flags.contains("i"), fixed: scan.flags.contains("F"))
    let invert = scan.flags.contains("v")
    let quiet = scan.flags.contains("q")
    let sources = inputs(operands, &machine, inv)
    let showNames = sources.count > 1 && !scan.flags.contains("h")
    var matched = false
    var failed = false
    for source in sources {
      guard let text = source.text else {
        failed = true
        continue
      }
      var count = 0
      for (number, line) in lines(text).enumerated() {
        let lineText = String(line)
        guard (regex.size + 2) * (lineText.utf8.count + 1) <= ContainerLimits.regexWork else {
          machine.err(inv, "grep: memory exhausted\n")
          return 2
        }
        let isMatch: Bool
        if scan.flags.contains("x") {
          isMatch =
            MiniRegex("^(" + pattern + ")$", ignoreCase: scan.flags.contains("i"), fixed: false)
            .matches(lineText)
            || (scan.flags.contains("i")
              ? lineText.lowercased() == pattern.lowercased() : lineText == pattern)
        } else {
          isMatch = regex.matches(lineText)
        }
        guard isMatch != invert else { continue }
        matched = true
        count += 1
        if quiet { return 0 }
        if scan.flags.contains("c") || scan.flags.contains("l") { continue }
        var prefix = showNames ? source.name + ":" : ""
        if scan.flags.contains("n") { prefix += "\(number + 1):" }
        machine.out(inv, prefix + lineText + "\n")
      }
      if scan.flags.contains("c") {
        machine.out(inv, (showNames ? source.name + ":" : "") + "\(count)\n")
      }
      if scan.flags.contains("l") && count > 0 { machine.out(inv, source.name + "\n") }
    }
    if failed && !scan.flags.contains("s") { return 2 }
    return matched ? 0 : 1
  }

  static let seq = Program(name: "seq") { machine, inv throws(ShellControl) in
    let numbers = inv.operands.compactMap { Int($0) }
    guard !numbers.isEmpty, numbers.count == inv.operands.count, numbers.count <= 3 else {
      machine.report(
        inv,
        inv.operands.isEmpty
          ? .missingOperand
          : .custom("invalid floating point argument: '\(inv.operands.first ?? "")'"))
      return 1
    }
    let first = numbers.count > 1 ? numbers[0] : 1
    let step = numbers.count == 3 ? numbers[1] : 1
    let last = numbers[numbers.count - 1]
    guard step != 0 else { return 1 }
    var value = first
    var output = ""
    var emitted = 0
    while (step > 0 ? value <= last : value >= last) && emitted < 1_000_000 {
      output += "\(value)\n"
      value += step
      emitted += 1
      if emitted % 1000 == 0 { try machine.step() }
    }
    machine.out(inv, output)
    return 0
  }

  static let tee = Program(name: "tee") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "ai")
    let text = machine.stdin(inv)
    var status: Int32 = 0
    for file in scan.operands {
      do throws(FileSystemError) {
        try machine.kernel.fs.write(
          inv.absolute(file), contents: text, append: scan.flags.contains("a"))
      } catch {
        machine.report(inv, .custom("\(file): \(error.kind.posixDescription)"))
        status = 1
      }
    }
    machine.out(inv, text)
    return status
  }

  static let basename = Program(name: "basename") { machine, inv throws(ShellControl) in
    guard let path = inv.operands.first else {
      machine.report(inv, .missingOperand)
      return 1
    }
    var name = FilePath.basename(path)
    if inv.operands.count > 1, let suffix = inv.operands.last, name.hasSuffix(suffix),
      name != suffix
    {
      name = String(name.dropLast(suffix.count))
    }
    machine.out(inv, name + "\n")
    return 0
  }

  static let dirname = Program(name: "dirname") { machine, inv throws(ShellControl) in
    guard let path = inv.operands.first else {
      machine.report(inv, .missingOperand)
      return 1
    }
    var trimmed = path
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else {
      machine.out(inv, ".\n")
      return 0
    }
    var head = String(trimmed[..<slash])
    while head.count > 1 && head.hasSuffix("/") { head.removeLast() }
    machine.out(inv, (head.isEmpty ? "/" : head) + "\n")
    return 0
  }

  static let test = Program(name: "test") { machine, inv throws(ShellControl) in
    runTest(&machine, inv, operands: inv.operands)
  }

  static let bracket = Program(name: "[") { machine, inv throws(ShellControl) in
    guard inv.operands.last == "]" else {
      machine.err(inv, "[: missing ']'\n")
      return 2
    }
    return runTest(&machine, inv, operands: Array(inv.operands.dropLast()))
  }

  private static func runTest(_ machine: inout Machine, _ inv: Invocation, operands: [String])
    -> Int32
  {
    let (status, error) = TestExpression.evaluate(operands, fs: machine.kernel.fs, cwd: inv.cwd)
    if let error { machine.err(inv, "\(inv.name): \(error)\n") }
    return status
  }
}
