/// Minimal JSON string escaping for the httpbin bodies.
enum JSONText {
  static func escape(_ text: String) -> String {
    var result = ""
    for c in text {
      switch c {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(c)
      }
    }
    return result
  }
}
