import Cluster

/// `--sort-by=.lastTimestamp`: a JSONPath field of each object; the list is sorted by it
/// (numbers as numbers, everything else as text, a missing field first).
struct SortKey: Equatable, Sendable {
  var path: [String]

  init(_ text: String) throws(KubectlError) {
    var body = Substring(text)
    if body.hasPrefix("{") && body.hasSuffix("}") { body = body.dropFirst().dropLast() }
    guard body.hasPrefix("."), !body.contains("["), !body.contains("*") else {
      throw .message(
        "kubetutor supports --sort-by with plain field paths such as .lastTimestamp only")
    }
    path = body.dropFirst().split(separator: ".").map(String.init)
  }

  /// Sorts objects by the field, keeping their order where the keys are equal.
  func sorted<T: Encodable>(_ objects: [T]) -> [T] {
    let encoder = JSONValueEncoder()
    let keyed = objects.enumerated().map { offset, object -> (Int, JSONValue?, T) in
      let value = (try? encoder.encode(object)).flatMap { $0[path: path] }
      return (offset, value, object)
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
        return s == t ? a.0 < b.0 : s < t
      }
    }.map(\.2)
  }
}
