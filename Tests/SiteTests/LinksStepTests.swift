import Testing

@testable import Site

@Suite struct LinksStepTests {
  static func run(_ files: [String: String]) throws(SiteFailure) -> SiteBuild {
    var build = SiteBuild(
      input: .init(catalog: .init(lessons: []), theme: try SiteFixtures.theme()))
    for (path, text) in files { build.write(path, text) }
    try LinksStep.run(&build)
    return build
  }

  @Test func internalLinksAndAnchorsResolve() throws {
    let build = try Self.run([
      "en/index.html": "<a href=\"a/index.html#s\">x</a><a href=\"../zh/index.html\">zh</a>",
      "en/a/index.html":
        "<h2 id=\"s\">S</h2><a href=\"#s\">self</a><a href=\"../index.html\">up</a>",
      "zh/index.html": "<a href=\"https://kubernetes.io/zh-cn/\">k8s</a>",
    ])
    #expect(build.externalLinks == ["https://kubernetes.io/zh-cn/": ["zh/index.html"]])
    #expect(
      build.files["external-links.txt"].map { String(decoding: $0, as: UTF8.self) }
        == "https://kubernetes.io/zh-cn/\n    zh/index.html\n")
  }

  @Test(arguments: [
    (
      "<a href=\"b/index.html\">",
      "en/index.html: broken link `b/index.html`: no file en/b/index.html"
    ),
    (
      "<a href=\"#nowhere\">",
      "en/index.html: broken link `#nowhere`: en/index.html has no id `nowhere`"
    ),
    (
      "<script src=\"https://cdn.example/x.js\"></script>",
      "en/index.html: loads `https://cdn.example/x.js` from outside the site (keep it in assets/)"
    ),
    (
      "<section data-src=\"demo.js\"></section>",
      "en/index.html: broken link `demo.js`: no file en/demo.js"
    ),
    (
      "<section data-src=\"https://cdn.example/cast.js\"></section>",
      "en/index.html: loads `https://cdn.example/cast.js` from outside the site (keep it in assets/)"
    ),
    (
      "<link rel=\"stylesheet\" href=\"https://fonts.example/f.css\">",
      "en/index.html: loads `https://fonts.example/f.css` from outside the site (keep it in assets/)"
    ),
  ])
  func brokenOrOutsideReferencesFail(html: String, expected: String) {
    #expect(throws: SiteFailure.self) { try Self.run(["en/index.html": html]) }
    do {
      _ = try Self.run(["en/index.html": html])
    } catch {
      #expect(error.step == "links")
      #expect(error.problems.map(\.description) == [expected])
    }
  }

  @Test(arguments: [
    ("../zh/index.html", "en/a/index.html", "en/zh/index.html"),
    ("../../zh/index.html", "en/a/index.html", "zh/index.html"),
    ("./b/", "en/index.html", "en/b/"),
  ])
  func resolve(path: String, page: String, expected: String) {
    #expect(LinksStep.resolve(path, from: page) == expected)
  }
}
