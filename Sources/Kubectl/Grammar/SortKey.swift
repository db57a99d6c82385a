import Cluster

/// `--sort-by=.lastTimestamp`: a JSONPath field of each object; the list is sorted by it
/// (numbers as numbers, everything else as text, a missing field first).
struct SortKey: Equatable, Sendable {
  var path: [String]

  init(_ text: String) throws(KubectlError) {
    var body = Substring(text)
    if body.hasPrefix("{") && body.hasSuffix("}") { body = body.dropFirst().dropLast() }
    guard body.hasPrefix("."), !body.contains("["), !body.contains("*") else {
      throw .note(
        SimulatorNote(.sortByPaths))
    }
    path = body.dropFirst().split(separator: ".").map(String.init)
  }

  /// Sorts objects by the field (kubectl's natural order: digit runs compare as numbers),
  /// keeping their order where the keys are equal.
  ///
  /// - Throws: kubectl's error when no object has the field at all.
  func sorted<T: Encodable>(_ objects: [T]) throws(KubectlError) -> [T] {
    let encoder = JSONValueEncoder()
    let keyed = objects.enumerated().map { offset, object -> (Int, JSONValue?, T) in
      let value = (try? encoder.encode(object)).flatMap { $0[path: path] }
      return (offset, value, object)
    }
    if !objects.isEmpty && keyed.allSatisfy({ $0.1 == nil }) {
      throw .message(
        "couldn't find any field with path \"{.\(path.joined(separator: "."))}\" in the list of objects"
      )
    }
    return keyed.sorted { a, b in
      switch (a.1, b.1) {
      case (nil, nil), (.null?, .null?), (nil, .null?), (.null?, nil): return a.0 < b.0
      case (nil, _), (.null?, _): return true
      case (_, nil), (_, .null?): return false
      case (let x?, let y?):
        if let p = x.asDouble, let q = y.asDouble, p != q { return p < q }
        let s = x.asString ?? ""
        let t = y.asString ?? ""
        return s == t ? a.0 < b.0 : Self.naturalLess(s, t)
      }
    }.map(\.2)
  }

  /// `pod-2` before `pod-10`: runs of digits compare by value, everything else byte by byte.
  static func naturalLess(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    var i = 0
    var j = 0
    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    while i < x.count && j < y.count {
      if isDigit(x[i]) && isDigit(y[j]) {
        var ei = i
        var ej = j
        while ei < x.count, isDigit(x[ei]) { ei += 1 }
        while ej < y.count, isDigit(y[ej]) { ej += 1 }
        let p = x[i..<ei].drop(while: { $0 == 48 })
        let q = y[j..<ej].drop(while: { $0 == 48 })
        if p.count != q.count { return p.count < q.count }
        if !p.elementsEqual(q) { return p.lexicographicallyPrecedes(q) }
        i = ei
        j = ej
        continue
      }
      if x[i] != y[j] { return x[i] < y[j] }
      i += 1
      j += 1
    }
    return x.count - i < y.count - j
  }
}
