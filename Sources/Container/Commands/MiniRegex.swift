/// A small regular-expression matcher for `grep`: `^ $ . * + ? [set]` and literals
/// (basic and extended syntax are treated alike). Backtracking is bounded by input size.
struct MiniRegex {
  private enum Atom: Equatable {
    case literal(Character)
    case any
    case set([ClosedRange<Character>], negated: Bool)
  }

  private enum Quantifier { case one, star, plus, optional }

  private var pieces: [(Atom, Quantifier)] = []
  private var anchoredStart = false
  private var anchoredEnd = false
  private let ignoreCase: Bool

  init(_ pattern: String, ignoreCase: Bool, fixed: Bool) {
    self.ignoreCase = ignoreCase
    var chars = Array(ignoreCase ? pattern.lowercased() : pattern)
    if fixed {
      pieces = chars.map { (.literal($0), .one) }
      return
    }
    if chars.first == "^" {
      anchoredStart = true
      chars.removeFirst()
    }
    if chars.last == "$", chars.count < 2 || chars[chars.count - 2] != "\\" {
      anchoredEnd = true
      chars.removeLast()
    }
    var i = 0
    while i < chars.count {
      var atom: Atom
      let c = chars[i]
      if c == "\\", i + 1 < chars.count {
        i += 1
        atom = .literal(chars[i])
      } else if c == "." {
        atom = .any
      } else if c == "[", let close = chars[(i + 1)...].firstIndex(of: "]") {
        var body = Array(chars[(i + 1)..<close])
        var negated = false
        if body.first == "^" {
          negated = true
          body.removeFirst()
        }
        var ranges: [ClosedRange<Character>] = []
        var j = 0
        while j < body.count {
          if j + 2 < body.count, body[j + 1] == "-", body[j] <= body[j + 2] {
            ranges.append(body[j]...body[j + 2])
            j += 3
          } else {
            ranges.append(body[j]...body[j])
            j += 1
          }
        }
        atom = .set(ranges, negated: negated)
        i = close
      } else {
        atom = .literal(c)
      }
      i += 1
      var quantifier = Quantifier.one
      if i < chars.count {
        switch chars[i] {
        case "*":
          quantifier = .star
          i += 1
        case "+":
          quantifier = .plus
          i += 1
        case "?":
          quantifier = .optional
          i += 1
        case "\\" where i + 1 < chars.count && (chars[i + 1] == "+" || chars[i + 1] == "?"):
          quantifier = chars[i + 1] == "+" ? .plus : .optional
          i += 2
        default: break
        }
      }
      pieces.append((atom, quantifier))
    }
  }

  /// Whether the pattern occurs in `line`.
  func matches(_ line: String) -> Bool {
    let text = Array(ignoreCase ? line.lowercased() : line)
    if anchoredStart { return match(0, text, 0) }
    for start in 0...text.count where match(0, text, start) { return true }
    return false
  }

  private func match(_ p: Int, _ text: [Character], _ t: Int) -> Bool {
    if p == pieces.count { return !anchoredEnd || t == text.count }
    let (atom, quantifier) = pieces[p]
    switch quantifier {
    case .one:
      return t < text.count && accepts(atom, text[t]) && match(p + 1, text, t + 1)
    case .optional:
      if t < text.count && accepts(atom, text[t]) && match(p + 1, text, t + 1) { return true }
      return match(p + 1, text, t)
    case .star, .plus:
      var end = t
      while end < text.count && accepts(atom, text[end]) { end += 1 }
      let minimum = quantifier == .plus ? t + 1 : t
      guard end >= minimum else { return false }
      var k = end
      while k >= minimum {
        if match(p + 1, text, k) { return true }
        k -= 1
      }
      return false
    }
  }

  private func accepts(_ atom: Atom, _ c: Character) -> Bool {
    switch atom {
    case .literal(let l): l == c
    case .any: true
    case .set(let ranges, let negated): ranges.contains { $0.contains(c) } != negated
    }
  }
}
