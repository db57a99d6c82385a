/// `test` / `[`: file tests, string and integer comparisons, `!`, `-a`, `-o`.
enum TestExpression {
  /// The result: 0 true, 1 false, 2 error (with the message text, without the program prefix).
  static func evaluate(_ args: [String], fs: FileSystem, cwd: String) -> (
    status: Int32, error: String?
  ) {
    var parser = Evaluator(args: args, fs: fs, cwd: cwd)
    do {
      if args.isEmpty { return (1, nil) }
      let value = try parser.parseOr()
      if parser.index < args.count { return (2, "unexpected operator") }
      return (value ? 0 : 1, nil)
    } catch {
      return (2, error.message)
    }
  }

  struct Failure: Error {
    var message: String
  }

  private struct Evaluator {
    var args: [String]
    var fs: FileSystem
    var cwd: String
    var index = 0
    var depth = 0

    mutating func parseOr() throws(Failure) -> Bool {
      var value = try parseAnd()
      while index < args.count, args[index] == "-o" {
        index += 1
        let rhs = try parseAnd()
        value = value || rhs
      }
      return value
    }

    mutating func parseAnd() throws(Failure) -> Bool {
      var value = try parseNot()
      while index < args.count, args[index] == "-a" {
        index += 1
        let rhs = try parseNot()
        value = value && rhs
      }
      return value
    }

    mutating func parseNot() throws(Failure) -> Bool {
      depth += 1
      defer { depth -= 1 }
      if depth > ContainerLimits.testDepth { throw Failure(message: "expression too complex") }
      guard index < args.count else { throw Failure(message: "argument expected") }
      if args[index] == "!" && args.count - index > 1 {
        index += 1
        return !(try parseNot())
      }
      return try parsePrimary()
    }

    mutating func parsePrimary() throws(Failure) -> Bool {
      let remaining = args.count - index
      let first = args[index]
      if first == "(" && remaining >= 3 {
        index += 1
        let value = try parseOr()
        guard index < args.count, args[index] == ")" else {
          throw Failure(message: "closing paren expected")
        }
        index += 1
        return value
      }
      if remaining >= 3 {
        let op = args[index + 1]
        let binary = ["=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot"]
        if binary.contains(op) {
          let lhs = first
          let rhs = args[index + 2]
          index += 3
          switch op {
          case "=", "==": return lhs == rhs
          case "!=": return lhs != rhs
          case "-nt", "-ot": return false
          default:
            guard let a = Int(lhs.trimmingCharactersInSet()) else {
              throw Failure(message: "Illegal number: \(lhs)")
            }
            guard let b = Int(rhs.trimmingCharactersInSet()) else {
              throw Failure(message: "Illegal number: \(rhs)")
            }
            switch op {
            case "-eq": return a == b
            case "-ne": return a != b
            case "-lt": return a < b
            case "-le": return a <= b
            case "-gt": return a > b
            default: return a >= b
            }
          }
        }
      }
      if remaining >= 2, first.count == 2, first.hasPrefix("-"), let flag = first.last,
        "efdxrwsznLhcbpSgukGO".contains(flag)
      {
        let operand = args[index + 1]
        index += 2
        let path = FilePath.normalize(operand, cwd: cwd)
        switch flag {
        case "z": return operand.isEmpty
        case "n": return !operand.isEmpty
        case "e": return fs.exists(path)
        case "f": return fs.isFile(path)
        case "d": return fs.isDirectory(path)
        case "x": return fs.node(at: path)?.isExecutable ?? false
        case "r", "w": return fs.exists(path)
        case "s": return (fs.node(at: path)?.size ?? 0) > 0
        case "L", "h": return fs.linkNode(at: path)?.kind == .symlink
        default: return false
        }
      }
      index += 1
      return !first.isEmpty
    }
  }
}
