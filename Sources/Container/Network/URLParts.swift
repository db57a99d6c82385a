/// A parsed `http://host:port/path` URL (what curl and wget accept).
struct URLParts: Equatable {
  var scheme: String
  var host: String
  var port: Int
  var path: String

  init?(_ text: String) {
    var rest = Substring(text)
    scheme = "http"
    if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://") {
      scheme = rest[..<colon].lowercased()
      rest = rest[rest.index(colon, offsetBy: 3)...]
    }
    guard scheme == "http" || scheme == "https" else { return nil }
    let authority = rest.prefix { $0 != "/" && $0 != "?" }
    path = String(rest.dropFirst(authority.count))
    if path.isEmpty || path.first == "?" { path = "/" + path }
    var hostPart = String(authority)
    port = scheme == "https" ? 443 : 80
    if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
      guard let number = Int(hostPart[hostPart.index(after: colon)...]),
        (1...65535).contains(number)
      else { return nil }
      port = number
      hostPart = String(hostPart[..<colon])
    }
    guard !hostPart.isEmpty else { return nil }
    host = hostPart
  }
}
