/// A shell pattern (`*.txt`, `[a-z]?`) for globbing, `case` and `${x%pattern}`.
struct Pattern: Equatable, Sendable {
  enum Element: Equatable, Sendable {
    case character(Character)
    case anyCharacter
    case anyString
    case set([ClosedRange<Character>], negated: Bool)
  }

  var elements: [Element]

  /// Builds a pattern from pieces of text; quoted pieces match literally.
  init(pieces: [(text: String, quoted: Bool)]) {
    var elements: [Element] = []
    for piece in pieces {
      if piece.quoted {
        elements += piece.text.map { .character($0) }
        continue
      }
      let chars = Array(piece.text)
      // A `[` after the last `]` starts no set: not looking for one keeps `[[[[…` linear.
      let lastClose = chars.lastIndex(of: "]") ?? -1
      var i = 0
      while i < chars.count {
        let c = chars[i]
        switch c {
        case "*": elements.append(.anyString)
        case "?": elements.append(.anyCharacter)
        case "\\" where i + 1 < chars.count:
          i += 1
          elements.append(.character(chars[i]))
        case "[":
          if i < lastClose, let (set, end) = Pattern.parseSet(chars, from: i) {
            elements.append(set)
            i = end
          } else {
            elements.append(.character(c))
          }
        default: elements.append(.character(c))
        }
        i += 1
      }
    }
    self.elements = elements
  }

  /// A pattern from unquoted text.
  init(_ text: String) {
    self.init(pieces: [(text, false)])
  }

  /// Whether the pattern has any wildcard (otherwise globbing leaves the word alone).
  var hasWildcards: Bool {
    elements.contains { if case .character = $0 { false } else { true } }
  }

  /// Whether the whole of `text` matches.
  func matches(_ text: String) -> Bool {
    var work = 0
    return matches(Array(text)[...], work: &work)
  }

  /// Whether the pattern matches `chars`, adding the characters it compared to `work`.
  func matches(_ chars: ArraySlice<Character>, work: inout Int) -> Bool {
    // Iterative matcher with single-star backtracking: linear in practice, no recursion.
    var p = 0
    var t = chars.startIndex
    var starP = -1
    var starT = t
    while t < chars.endIndex {
      work += 1
      if p < elements.count, Pattern.matchesOne(elements[p], chars[t]) {
        p += 1
        t += 1
      } else if p < elements.count, elements[p] == .anyString {
        starP = p
        starT = t
        p += 1
      } else if starP >= 0 {
        p = starP + 1
        starT += 1
        t = starT
      } else {
        return false
      }
    }
    while p < elements.count, elements[p] == .anyString { p += 1 }
    return p == elements.count
  }

  private static func matchesOne(_ element: Element, _ c: Character) -> Bool {
    switch element {
    case .character(let e): e == c
    case .anyCharacter: true
    case .anyString: false
    case .set(let ranges, let negated): ranges.contains { $0.contains(c) } != negated
    }
  }

  private static func parseSet(_ chars: [Character], from start: Int) -> (Element, Int)? {
    var i = start + 1
    var negated = false
    if i < chars.count, chars[i] == "!" || chars[i] == "^" {
      negated = true
      i += 1
    }
    var ranges: [ClosedRange<Character>] = []
    var first = true
    while i < chars.count {
      let c = chars[i]
      if c == "]" && !first { return (.set(ranges, negated: negated), i) }
      first = false
      if i + 2 < chars.count, chars[i + 1] == "-", chars[i + 2] != "]" {
        let low = c
        let high = chars[i + 2]
        if low <= high { ranges.append(low...high) }
        i += 3
      } else {
        ranges.append(c...c)
        i += 1
      }
    }
    return nil
  }
}
