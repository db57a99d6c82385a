/// Writes each language's search index twice: `search-index.json` for tools, and
/// `search-index.js`, the same data as a script, which a page can load from `file://` where
/// browsers refuse to fetch JSON.
enum SearchStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    for (language, index) in build.search {
      let json = index.encoded ?? index.json()
      build.write("\(language.rawValue)/search-index.json", json + "\n")
      build.write("\(language.rawValue)/search-index.js", "window.kubetutorSearch = \(json);\n")
    }
  }
}
