import Lessons

/// `sitemap.xml`: every lesson list and lesson page, with each page's other languages as
/// `xhtml:link` alternates, as search engines read them.
enum SitemapStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    let base = build.input.baseURL ?? ""
    let languages = Language.allCases
    let paths = ["index.html"] + build.lessons.map { "\($0.id)/index.html" }
    var xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    for path in paths {
      for language in languages {
        xml += "  <url>\n    <loc>\(HTML.escape(base + language.rawValue + "/" + path))</loc>\n"
        for other in languages {
          let hreflang = build.input.theme.strings[other]?["htmlLang"] ?? other.rawValue
          xml +=
            "    <xhtml:link rel=\"alternate\" hreflang=\"\(HTML.escape(hreflang))\" "
            + "href=\"\(HTML.escape(base + other.rawValue + "/" + path))\"/>\n"
        }
        xml += "  </url>\n"
      }
    }
    build.write("sitemap.xml", xml + "</urlset>\n")
    if build.input.baseURL == nil {
      build.notes.append(
        "sitemap.xml lists addresses relative to the site; pass --base-url to publish it")
    }
  }
}
