/// Checks every link and reference on every page: an internal one must reach a file the build
/// wrote and, with a `#fragment`, an element with that id; external ones are listed (never
/// fetched) for `external-links.txt`. A page may link out, but may not load anything from
/// outside the site (`src`, a stylesheet), so it works offline and behind any firewall.
enum LinksStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    var ids: [String: Set<String>] = [:]
    let pages = build.files.keys.filter { $0.hasSuffix(".html") }.sorted()
    for page in pages {
      ids[page] = Set(attributes("id", in: text(build.files[page])))
    }
    var problems: [SiteError] = []
    var external: [String: [String]] = [:]
    let basePath = build.input.baseURL.map(PagesStep.pathOf)
    for page in pages {
      let html = text(build.files[page])
      let references =
        attributes("href", in: html).map { ($0, false) }
        + attributes("src", in: html).map { ($0, true) }
      for (reference, loads) in references {
        if isExternal(reference) {
          if loads || isStylesheet(reference, in: html) {
            problems.append(
              SiteError(
                path: page, "loads `\(reference)` from outside the site (keep it in assets/)"))
          } else if !reference.hasPrefix("mailto:") {
            external[reference, default: []].append(page)
          }
          continue
        }
        let (path, fragment) = split(reference)
        var target: String
        if path.isEmpty {
          target = page
        } else if path.hasPrefix("/") {
          let base = basePath ?? "/"
          guard path.hasPrefix(base) else {
            problems.append(
              SiteError(path: page, "`\(reference)` is outside the site's address \(base)"))
            continue
          }
          target = String(path.dropFirst(base.count))
        } else {
          target = resolve(path, from: page)
        }
        if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        guard build.files[target] != nil else {
          problems.append(SiteError(path: page, "broken link `\(reference)`: no file \(target)"))
          continue
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"),
          !(ids[target]?.contains(fragment) ?? false)
        {
          problems.append(
            SiteError(path: page, "broken link `\(reference)`: \(target) has no id `\(fragment)`"))
        }
      }
    }
    guard problems.isEmpty else { throw SiteFailure(step: "links", problems: problems) }
    build.externalLinks = external.mapValues { Array(Set($0)).sorted() }
    var report = ""
    for url in external.keys.sorted() {
      report += url + "\n" + (build.externalLinks[url] ?? []).map { "    " + $0 + "\n" }.joined()
    }
    build.write("external-links.txt", report)
  }

  static func text(_ bytes: [UInt8]?) -> String { String(decoding: bytes ?? [], as: UTF8.self) }

  static func isExternal(_ reference: String) -> Bool {
    if reference.hasPrefix("//") { return true }
    guard let colon = reference.firstIndex(of: ":") else { return false }
    let scheme = reference[..<colon]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
      && !reference[..<colon].contains("/")
  }

  /// Whether `reference` is the `href` of a `<link rel="stylesheet">` (or icon, preload…) in
  /// `html`: anything a `<link>` names is loaded.
  static func isStylesheet(_ reference: String, in html: String) -> Bool {
    html.contains("<link")
      && html.split(separator: "<").contains {
        $0.hasPrefix("link ") && $0.contains("href=\"\(HTML.escape(reference))\"")
          && !$0.contains("rel=\"alternate\"")
      }
  }

  /// The values of every `name="…"` attribute in `html`, unescaped.
  static func attributes(_ name: String, in html: String) -> [String] {
    var values: [String] = []
    let marker = " \(name)=\""
    var rest = html[...]
    while let range = rest.range(of: marker) {
      let after = rest[range.upperBound...]
      guard let end = after.firstIndex(of: "\"") else { break }
      values.append(unescape(String(after[..<end])))
      rest = after[end...]
    }
    return values
  }

  static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacing("&amp;", with: "&").replacing("&quot;", with: "\"")
      .replacing("&#39;", with: "'").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
  }

  static func split(_ reference: String) -> (path: String, fragment: String?) {
    let withoutQuery = reference.split(
      separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    guard let hash = reference.firstIndex(of: "#") else {
      return (String(withoutQuery.first ?? ""), nil)
    }
    let path = String(reference[..<hash]).split(separator: "?", maxSplits: 1).first.map(String.init)
    return (path ?? "", String(reference[reference.index(after: hash)...]))
  }

  /// `../zh/index.html` seen from `en/lifecycle-demo/index.html` → `en/zh/index.html`…
  static func resolve(_ path: String, from page: String) -> String {
    var parts = page.split(separator: "/").dropLast().map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      switch part {
      case ".", "": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/") + (path.hasSuffix("/") ? "/" : "")
  }
}
