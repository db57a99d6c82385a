/// A small regular-expression matcher for `grep`: `^ $ . * + ? [set]` and literals
/// (basic and extended syntax are treated alike), in time linear in the pattern times the line
/// (``ContainerLimits/regexWork`` bounds that product).
struct MiniRegex {
  private enum Atom: Equatable {
    case literal(Character)
    case any
    case set([ClosedRange<Character>], negated: Bool)
  }

  private enum Quantifier { case one, star, plus, optional }

  private var pieces: [(Atom, Quantifier)] = []
  /// The pattern's size in pieces: matching a line costs this times its length.
  var size: Int { pieces.count }
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
    // A `[` after the last `]` opens no set: not looking for one keeps `[[[[…` linear.
    let lastClose = chars.lastIndex(of: "]") ?? -1
    var i = 0
    while i < chars.count {
      var atom: Atom
      let c = chars[i]
      if c == "\\", i + 1 < chars.count {
        i += 1
        atom = .literal(chars[i])
      } else if c == "." {
        atom = .any
      } else if c == "[", i < lastClose, let close = chars[(i + 1)...].firstIndex(of: "]") {
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
  ///
  /// Simulated as an automaton, piece by piece over the set of text positions it can reach:
  /// time linear in the pattern times the line and no recursion, where backtracking would take
  /// exponential time on `a*a*a*…c` and a long pattern would exhaust the stack.
  func matches(_ line: String) -> Bool {
    let text = Array(ignoreCase ? line.lowercased() : line)
    var reach = [Bool](repeating: !anchoredStart, count: text.count + 1)
    reach[0] = true
    for (atom, quantifier) in pieces {
      var next = [Bool](repeating: false, count: text.count + 1)
      switch quantifier {
      case .one, .optional:
        for t in 0..<text.count where reach[t] && accepts(atom, text[t]) { next[t + 1] = true }
        if quantifier == .optional {
          for t in 0...text.count where reach[t] { next[t] = true }
        }
      case .star, .plus:
        // A run of accepted characters carries every position reached before it.
        var carried = false
        for t in 0...text.count {
          if quantifier == .star && reach[t] { carried = true }
          if carried { next[t] = true }
          guard t < text.count else { break }
          if accepts(atom, text[t]) {
            if reach[t] { carried = true }
          } else {
            carried = false
          }
        }
      }
      reach = next
      if !reach.contains(true) { return false }
    }
    return anchoredEnd ? reach[text.count] : reach.contains(true)
  }

  private func accepts(_ atom: Atom, _ c: Character) -> Bool {
    switch atom {
    case .literal(let l): l == c
    case .any: true
    case .set(let ranges, let negated): ranges.contains { $0.contains(c) } != negated
    }
  }
}
