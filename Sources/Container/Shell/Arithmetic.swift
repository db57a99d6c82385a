/// Evaluates `$(( … ))` expressions: integers, variables, `+ - * / %`, comparisons, `&& || !`,
/// parentheses and unary minus (no assignment operators).
struct Arithmetic {
  /// Why an expression could not be evaluated.
  enum Failure: Error, Equatable {
    case syntax(String)
    case divisionByZero
  }

  private var tokens: [String] = []
  private var index = 0
  private var depth = 0
  private let lookup: (String) -> String?

  /// Evaluates `text`, reading variables through `lookup`.
  static func evaluate(_ text: String, lookup: @escaping (String) -> String?) throws(Failure) -> Int
  {
    var evaluator = Arithmetic(lookup: lookup)
    evaluator.tokens = try tokenize(text)
    if evaluator.tokens.isEmpty { return 0 }
    let value = try evaluator.parseOr()
    if evaluator.index < evaluator.tokens.count { throw .syntax(text) }
    return value
  }

  private init(lookup: @escaping (String) -> String?) {
    self.lookup = lookup
  }

  private static func tokenize(_ text: String) throws(Failure) -> [String] {
    var tokens: [String] = []
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" || c == "\n" {
        i += 1
      } else if c.isNumber || c.isLetter || c == "_" || c == "$" {
        var word = ""
        if c == "$" { i += 1 }
        while i < chars.count, chars[i].isNumber || chars[i].isLetter || chars[i] == "_" {
          word.append(chars[i])
          i += 1
        }
        if word.isEmpty { throw .syntax(text) }
        tokens.append(word)
      } else {
        let two = i + 1 < chars.count ? String([c, chars[i + 1]]) : ""
        if ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
          tokens.append(two)
          i += 2
        } else if "+-*/%()<>!".contains(c) {
          tokens.append(String(c))
          i += 1
        } else {
          throw .syntax(text)
        }
      }
    }
    return tokens
  }

  private var peek: String? { index < tokens.count ? tokens[index] : nil }

  private mutating func parseOr() throws(Failure) -> Int {
    var value = try parseAnd()
    while peek == "||" {
      index += 1
      let rhs = try parseAnd()
      value = (value != 0 || rhs != 0) ? 1 : 0
    }
    return value
  }

  private mutating func parseAnd() throws(Failure) -> Int {
    var value = try parseComparison()
    while peek == "&&" {
      index += 1
      let rhs = try parseComparison()
      value = (value != 0 && rhs != 0) ? 1 : 0
    }
    return value
  }

  private mutating func parseComparison() throws(Failure) -> Int {
    var value = try parseSum()
    while let op = peek, ["==", "!=", "<", ">", "<=", ">="].contains(op) {
      index += 1
      let rhs = try parseSum()
      let result: Bool
      switch op {
      case "==": result = value == rhs
      case "!=": result = value != rhs
      case "<": result = value < rhs
      case ">": result = value > rhs
      case "<=": result = value <= rhs
      default: result = value >= rhs
      }
      value = result ? 1 : 0
    }
    return value
  }

  private mutating func parseSum() throws(Failure) -> Int {
    var value = try parseProduct()
    while let op = peek, op == "+" || op == "-" {
      index += 1
      let rhs = try parseProduct()
      value = op == "+" ? value &+ rhs : value &- rhs
    }
    return value
  }

  private mutating func parseProduct() throws(Failure) -> Int {
    var value = try parseUnary()
    while let op = peek, op == "*" || op == "/" || op == "%" {
      index += 1
      let rhs = try parseUnary()
      if op == "*" {
        value = value &* rhs
      } else {
        if rhs == 0 { throw .divisionByZero }
        if value == Int.min && rhs == -1 { throw .divisionByZero }
        value = op == "/" ? value / rhs : value % rhs
      }
    }
    return value
  }

  private mutating func parseUnary() throws(Failure) -> Int {
    depth += 1
    defer { depth -= 1 }
    if depth > ContainerLimits.arithmeticDepth { throw .syntax("nesting") }
    guard let token = peek else { throw .syntax("") }
    index += 1
    switch token {
    case "-": return 0 &- (try parseUnary())
    case "+": return try parseUnary()
    case "!": return try parseUnary() == 0 ? 1 : 0
    case "(":
      let value = try parseOr()
      guard peek == ")" else { throw .syntax(token) }
      index += 1
      return value
    default:
      if let number = Int(token) { return number }
      if token.first?.isNumber == true { throw .syntax(token) }
      let text = lookup(token) ?? ""
      return Int(text.trimmingCharactersInSet()) ?? 0
    }
  }
}
