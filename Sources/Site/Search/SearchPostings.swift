/// The terms of a search index, sorted, and for each the documents that hold it: what
/// ``SearchIndex/json()`` writes under `"terms"`.
///
/// Worked out on UTF-8 bytes where that gives the same answer as `String`s, which is most of
/// the time and much faster: hashing and comparing a `String` of Chinese normalizes it
/// (Unicode canonical equivalence) every time, and that was most of the pages step's work.
struct SearchPostings: Equatable {
  /// UTF-8, sorted as `String`s sort.
  var terms: [[UInt8]] = []
  /// Per term, the indexes of the documents that hold it, in order.
  var documents: [[Int]] = []

  /// The postings of `texts` (one per document), by bytes when that is exact, else by strings.
  static func of(_ texts: [String]) -> SearchPostings {
    bytewise(texts) ?? stringwise(texts)
  }

  /// The postings through ``SearchIndex/terms(_:)``: `String`s hashed, compared and sorted.
  static func stringwise(_ texts: [String]) -> SearchPostings {
    var postings: [String: [Int]] = [:]
    for (index, text) in texts.enumerated() {
      for term in SearchIndex.terms(text) { postings[term, default: []].append(index) }
    }
    var result = SearchPostings()
    for term in postings.keys.sorted() {
      result.terms.append(Array(term.utf8))
      result.documents.append(postings[term] ?? [])
    }
    return result
  }

  /// The same postings from bytes, or nil if a text has a term that is not plain ASCII letters
  /// and digits or CJK unified ideographs. With only those, the text's lowercasing touches
  /// only ASCII, no two different byte strings are canonically equivalent, and `String` order
  /// is the order of the scalars, which is UTF-8's byte order: bytes decide as strings do.
  static func bytewise(_ texts: [String]) -> SearchPostings? {
    var ids: [Term: Int] = [:]
    var terms: [[UInt8]] = []
    var documents: [[Int]] = []
    for (document, text) in texts.enumerated() {
      func add(_ term: [UInt8]) {
        if let id = ids[Term(bytes: term)] {
          if documents[id].last != document { documents[id].append(document) }
        } else {
          ids[Term(bytes: term)] = terms.count
          terms.append(term)
          documents.append([document])
        }
      }
      var word: [UInt8] = []
      var previous: [UInt8] = []  // the CJK character just before, if the last scalar was one
      for scalar in text.unicodeScalars {
        let value = scalar.value
        if value < 0x80 {
          previous.removeAll(keepingCapacity: true)
          let byte = UInt8(value)
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            word.append(byte)
          case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            word.append(byte + 0x20)
          default:
            if !word.isEmpty { add(word) }
            word.removeAll(keepingCapacity: true)
          }
        } else if (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) {
          if !word.isEmpty { add(word) }
          word.removeAll(keepingCapacity: true)
          let character: [UInt8] = [
            UInt8(0xE0 | (value >> 12)), UInt8(0x80 | ((value >> 6) & 0x3F)),
            UInt8(0x80 | (value & 0x3F)),
          ]
          add(character)
          if !previous.isEmpty { add(previous + character) }
          previous = character
        } else if SearchIndex.isCJK(scalar) || SearchIndex.isWordScalar(scalar) {
          return nil
        } else {
          previous.removeAll(keepingCapacity: true)
          if !word.isEmpty { add(word) }
          word.removeAll(keepingCapacity: true)
        }
      }
      if !word.isEmpty { add(word) }
    }
    let order = terms.indices.sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
    return SearchPostings(terms: order.map { terms[$0] }, documents: order.map { documents[$0] })
  }

  /// A term's bytes as a dictionary key, hashed in one go rather than byte by byte as an
  /// array's elements are.
  struct Term: Hashable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }
}
