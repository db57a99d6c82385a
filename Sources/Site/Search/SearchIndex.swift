import Cluster

/// The search index of one language: the documents (one per lesson section) and, for each
/// term, the documents that hold it. `site.js` tokenizes a query the same way.
///
/// Words of Latin script are lowercased runs of letters and digits. Chinese has no spaces, so
/// each run of CJK characters gives its single characters and every pair of neighbours
/// (bigrams): a query of two or more characters matches by its pairs, one character by itself.
struct SearchIndex: Sendable {
  struct Document: Equatable, Sendable {
    /// Relative to the language's directory: `lifecycle-demo/index.html#create`.
    var url: String
    var title: String
    /// The lesson's title (the document's own for a lesson's intro).
    var lesson: String
    var text: String
  }

  var documents: [Document] = []
  /// ``json()``, once it has been worked out (the pages step does it, one language per thread).
  var encoded: String?

  /// The terms of `text`, in order of first appearance, each once.
  static func terms(_ text: String) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    func add(_ term: String) {
      if seen.insert(term).inserted { result.append(term) }
    }
    var word = String.UnicodeScalarView()
    var previousCJK: Unicode.Scalar?
    func endWord() {
      if !word.isEmpty { add(String(word)) }
      word = String.UnicodeScalarView()
    }
    for scalar in text.lowercased().unicodeScalars {
      if isCJK(scalar) {
        endWord()
        add(String(scalar))
        if let previous = previousCJK {
          var pair = String.UnicodeScalarView()
          pair.append(previous)
          pair.append(scalar)
          add(String(pair))
        }
        previousCJK = scalar
      } else if isWordScalar(scalar) {
        previousCJK = nil
        word.append(scalar)
      } else {
        previousCJK = nil
        endWord()
      }
    }
    endWord()
    return result
  }

  /// Letters and numbers: `\p{L}` and `\p{N}`, as `site.js` matches them.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII's letters and digits are its only scalars in those categories (a quick answer for
    // most of the text; the general category is a table lookup).
    if scalar.isASCII {
      return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default: return false
    }
  }

  /// Han ideographs, kana and Hangul: scripts written without spaces between words.
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
      0x20000...0x2FA1F:
      return true
    default:
      return false
    }
  }

  /// The index as JSON: `{"documents":[…],"terms":{"term":[0,3],…}}`, terms sorted, so two
  /// builds write the same bytes.
  func json() -> String {
    let postings = SearchPostings.of(
      documents.map { $0.title + " " + $0.lesson + " " + $0.text })
    var out = "{\"documents\":["
    for (index, document) in documents.enumerated() {
      if index > 0 { out += "," }
      out +=
        "{\"url\":\(GoJSON.quote(document.url)),\"title\":\(GoJSON.quote(document.title)),"
        + "\"lesson\":\(GoJSON.quote(document.lesson)),\"text\":\(GoJSON.quote(Self.snippet(document.text)))}"
    }
    out += "],\"terms\":{"
    for (index, (term, holders)) in zip(postings.terms, postings.documents).enumerated() {
      if index > 0 { out += "," }
      out +=
        GoJSON.quote(String(decoding: term, as: UTF8.self)) + ":["
        + holders.map(String.init).joined(separator: ",") + "]"
    }
    return out + "}}"
  }

  /// The first words of a section, shown under a result.
  static func snippet(_ text: String) -> String {
    // The words joined by single spaces, as `split` and `joined` would give them, but only as
    // far as the snippet goes: a section's whole text is long.
    var words = ""
    var count = 0
    var space = false
    for character in text {
      if character == " " || character == "\n" {
        space = count > 0
        continue
      }
      if space {
        guard count < 160 else { return String(words.prefix(159)) + "…" }
        words.append(" ")
        count += 1
        space = false
      }
      guard count < 160 else { return String(words.prefix(159)) + "…" }
      words.append(character)
      count += 1
    }
    return words
  }

  /// The text of `html` a reader sees, without the output in terminal blocks (`<samp>`, which
  /// would fill the index with YAML), their prompts and their copy buttons.
  static func plainText(_ html: String) -> String {
    // Built as bytes: appending scalar by scalar to a `String` was most of the work.
    var text: [UInt8] = []
    text.reserveCapacity(html.utf8.count)
    var inTag = false
    var tag: [UInt8] = []
    // The element being left out, and how deep in elements of its name we are.
    var skipping: (name: ArraySlice<UInt8>, depth: Int)?
    var entity: String?
    for character in html.unicodeScalars {
      if inTag {
        guard character == ">" else {
          UTF8.encode(character) { tag.append($0) }
          continue
        }
        inTag = false
        let closing = tag.first == UInt8(ascii: "/")
        let name = (closing ? tag.dropFirst() : tag[...]).prefix {
          $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "/")
        }
        if let skip = skipping {
          if name.elementsEqual(skip.name) {
            let depth = skip.depth + (closing ? -1 : 1)
            skipping = depth == 0 ? nil : (skip.name, depth)
          }
        } else if !closing,
          name.elementsEqual("samp".utf8) || name.elementsEqual("button".utf8)
            || (name.elementsEqual("span".utf8) && contains(tag, "class=\"prompt"))
        {
          skipping = (Array(name)[...], 1)
        }
        if skipping == nil { text.append(UInt8(ascii: " ")) }
        continue
      }
      if character == "<" {
        inTag = true
        tag.removeAll(keepingCapacity: true)
        continue
      }
      guard skipping == nil else { continue }
      if var pending = entity {
        if character == ";" {
          text += decoded(pending).utf8
          entity = nil
        } else {
          pending.unicodeScalars.append(character)
          entity = pending.utf8.count > 8 ? nil : pending
        }
        continue
      }
      if character == "&" {
        entity = ""
        continue
      }
      UTF8.encode(character) { text.append($0) }
    }
    return String(decoding: text, as: UTF8.self)
      .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
      .joined(separator: " ")
  }

  /// Whether `bytes` hold `part` somewhere.
  static func contains(_ bytes: [UInt8], _ part: String) -> Bool {
    let needle = Array(part.utf8)
    guard needle.count <= bytes.count else { return false }
    return (0...(bytes.count - needle.count)).contains { start in
      bytes[start..<(start + needle.count)].elementsEqual(needle)
    }
  }

  static func decoded(_ entity: String) -> String {
    switch entity {
    case "amp": "&"
    case "lt": "<"
    case "gt": ">"
    case "quot": "\""
    case "#39": "'"
    default: " "
    }
  }
}
