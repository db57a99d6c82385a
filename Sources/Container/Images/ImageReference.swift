/// A parsed image reference: registry/repository and tag (digest references are not simulated).
struct ImageReference: Equatable {
  var repository: String
  var tag: String

  init?(_ text: String) {
    guard !text.isEmpty, !text.contains(" "), !text.contains("@") else { return nil }
    var name = text
    var tag = "latest"
    if let colon = text.lastIndex(of: ":"), !text[colon...].contains("/") {
      name = String(text[..<colon])
      tag = String(text[text.index(after: colon)...])
      if tag.isEmpty { return nil }
    }
    var components = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    if components.contains(where: \.isEmpty) { return nil }
    let first = components[0]
    let hasRegistry =
      components.count > 1 && (first.contains(".") || first.contains(":") || first == "localhost")
    var registry = "docker.io"
    if hasRegistry { registry = components.removeFirst() }
    if registry == "index.docker.io" || registry == "registry-1.docker.io" {
      registry = "docker.io"
    }
    if registry == "docker.io" && components.count == 1 { components.insert("library", at: 0) }
    repository = registry + "/" + components.joined(separator: "/")
    self.tag = tag
  }
}
