import Dispatch

/// Checks every link and reference on every page: an internal one must reach a file the build
/// wrote and, with a `#fragment`, an element with that id; external ones are listed (never
/// fetched) for `external-links.txt`. A page may link out, but may not load anything from
/// outside the site (`src`, a stylesheet), so it works offline and behind any firewall. A
/// `data-src` counts as a `src`: it is what a page's script loads later (the player's
/// recording).
enum LinksStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    var ids: [String: Set<String>] = [:]
    let pages = build.files.keys.filter { $0.hasSuffix(".html") }.sorted()
    var scanned: [String: Tags] = [:]
    // The pages are read at once, each on its own.
    let files = build.files
    let read = ConcurrentSlots<Tags>(count: pages.count)
    DispatchQueue.concurrentPerform(iterations: pages.count) { index in
      read.set(index, Tags(files[pages[index]] ?? []))
    }
    for (page, tags) in zip(pages, read.values) {
      guard let tags else { continue }
      ids[page] = Set(tags.ids)
      scanned[page] = tags
    }
    var problems: [SiteError] = []
    var external: [String: [String]] = [:]
    let basePath = build.input.baseURL.map(PagesStep.pathOf)
    for page in pages {
      for (reference, loads) in scanned[page]?.references ?? [] {
        if isExternal(reference) {
          if loads {
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

  static func isExternal(_ reference: String) -> Bool {
    if reference.hasPrefix("//") { return true }
    guard let colon = reference.firstIndex(of: ":") else { return false }
    let scheme = reference[..<colon]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
      && !reference[..<colon].contains("/")
  }

  static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacing("&amp;", with: "&").replacing("&quot;", with: "\"")
      .replacing("&#39;", with: "'").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
  }

  /// `a/index.html?q=x#s` → (`a/index.html`, `s`).
  static func split(_ reference: String) -> (path: String, fragment: String?) {
    let hash = reference.firstIndex(of: "#")
    let beforeHash = reference[..<(hash ?? reference.endIndex)]
    let path = beforeHash.prefix { $0 != "?" }
    return (String(path), hash.map { String(reference[reference.index(after: $0)...]) })
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

/// The ids and references of one page, read in one pass over its bytes: `id`, `href`, `src`
/// and `data-src` attributes, double-quoted as the generator and cmark write them.
struct Tags: Sendable {
  var ids: [String] = []
  /// Each `href`, `src` or `data-src`, and whether the page loads it (a `src`, a `data-src`,
  /// or a `<link>` other than an `alternate`) rather than links to it.
  var references: [(String, loads: Bool)] = []

  /// The attributes it reads: `id`, the references, and `rel` (an `alternate` link's `href`).
  static let read: [[UInt8]] = ["id", "href", "src", "data-src", "rel"].map { Array($0.utf8) }

  init(_ bytes: [UInt8]) {
    var index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      // One tag: its name, then its attributes up to `>`.
      var end = index + 1
      var quoted = false
      while end < count, quoted || bytes[end] != UInt8(ascii: ">") {
        if bytes[end] == UInt8(ascii: "\"") { quoted.toggle() }
        end += 1
      }
      let tag = bytes[(index + 1)..<min(end, count)]
      index = end + 1
      guard let first = tag.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "!") else {
        continue
      }
      let name = tag.prefix { $0 != 0x20 && $0 != 0x0A }
      let isLink = name.elementsEqual("link".utf8)
      var attributes: [(String, String)] = []
      var cursor = tag.startIndex
      while let equals = tag[cursor...].firstIndex(of: UInt8(ascii: "=")) {
        var nameStart = equals
        while nameStart > tag.startIndex, tag[nameStart - 1] != 0x20, tag[nameStart - 1] != 0x0A {
          nameStart -= 1
        }
        let open = equals + 1
        guard open < tag.endIndex, tag[open] == UInt8(ascii: "\""),
          let close = tag[(open + 1)...].firstIndex(of: UInt8(ascii: "\""))
        else {
          cursor = open
          continue
        }
        // Only the attributes read below become strings: most are classes and labels.
        let name = tag[nameStart..<equals]
        if Self.read.contains(where: { name.elementsEqual($0) }) {
          attributes.append(
            (
              String(decoding: name, as: UTF8.self),
              LinksStep.unescape(String(decoding: tag[(open + 1)..<close], as: UTF8.self))
            ))
        }
        cursor = close + 1
      }
      let alternate = attributes.contains { $0.0 == "rel" && $0.1 == "alternate" }
      for (key, value) in attributes {
        switch key {
        case "id": ids.append(value)
        case "href": references.append((value, isLink && !alternate))
        case "src", "data-src": references.append((value, true))
        default: break
        }
      }
    }
  }
}
