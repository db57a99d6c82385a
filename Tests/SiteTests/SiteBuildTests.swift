import Foundation
import Lessons
import Testing

@testable import Site

@Suite struct SiteBuildTests {
  static func page(_ build: SiteBuild, _ path: String) -> String {
    String(decoding: build.files[path] ?? [], as: UTF8.self)
  }

  @Test func theLayoutTheIssueNames() throws {
    let build = try SiteFixtures.build()
    let expected =
      [
        "index.html", "404.html", "sitemap.xml", "external-links.txt", "assets/site.css",
        "assets/site.js", "assets/player.js",
      ]
      + ["en", "zh"].flatMap { language in
        ["index.html", "search-index.json", "search-index.js"].map { "\(language)/\($0)" }
          + SiteFixtures.catalog.lessons.flatMap { lesson in
            ["index.html", "demo.cast", "demo.js"].map { "\(language)/\(lesson.id)/\($0)" }
          }
      }
    for path in expected { #expect(build.files[path] != nil, "\(path)") }
  }

  @Test func twoBuildsAreByteIdentical() throws {
    #expect(try SiteFixtures.build().files == SiteFixtures.build().files)
  }

  @Test func aLessonPageShowsTheSimulatorsOutputInBothLanguages() throws {
    let build = try SiteFixtures.build()
    let en = Self.page(build, "en/lifecycle-demo/index.html")
    let zh = Self.page(build, "zh/lifecycle-demo/index.html")
    #expect(en.contains("<html lang=\"en\">"))
    #expect(zh.contains("<html lang=\"zh-CN\">"))
    for page in [en, zh] {
      #expect(page.contains("<samp>Hello from the postStart handler\n</samp>"))
      #expect(page.contains("lifecycle-demo   0/1     ContainerCreating   0          1s"))
      #expect(
        page.contains(
          "<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"../../zh/lifecycle-demo/index.html\">")
      )
      #expect(page.contains("<svg class=\"timeline\""))
    }
    #expect(en.contains("href=\"../../zh/lifecycle-demo/index.html\" hreflang=\"zh-CN\""))
    #expect(zh.contains("href=\"../../en/lifecycle-demo/index.html\" hreflang=\"en\""))
    #expect(zh.contains("kubetutor shell --lesson lifecycle-demo --lang zh"))
    #expect(!zh.contains("class=\"badge\""))
    // The transcripts are the English's: the same bytes on both pages.
    func terminals(_ page: String) -> [String] {
      page.components(separatedBy: "<div class=\"terminal\" role=\"group\"").dropFirst().map {
        $0.components(separatedBy: "<pre><code>")[1].components(separatedBy: "</code></pre>")[0]
      }
    }
    // Create, get, wait, exec, cat (and exit), delete, timeline.
    #expect(terminals(en).count == 7)
    #expect(terminals(en) == terminals(zh))
  }

  /// A changed English section shows in English, with a badge, on the Chinese page.
  @Test func aStaleTranslationShowsTheEnglishWithABadge() throws {
    var catalog = SiteFixtures.catalog
    let index = try #require(catalog.lessons.firstIndex { $0.id == "lifecycle-demo" })
    catalog.lessons[index].prose[.zh]?.steps[0].source = "0000000000000000"
    let build = try SiteFixtures.build(catalog)
    let zh = Self.page(build, "zh/lifecycle-demo/index.html")
    #expect(
      zh.contains(
        "<section class=\"step\" id=\"create\" aria-labelledby=\"create-title\" lang=\"en\">"))
    #expect(zh.contains("本节英文原文在翻译后有改动，此处显示英文。"))
    #expect(zh.contains("Create the Pod from the manifest."))
    #expect(zh.contains("本页部分内容尚未翻译或译自旧版英文"))
    #expect(Self.page(build, "zh/index.html").contains("<span class=\"badge\">"))
    catalog.lessons[index].prose[.zh] = nil
    let missing = Self.page(try SiteFixtures.build(catalog), "zh/lifecycle-demo/index.html")
    #expect(missing.contains("本页尚未翻译，以英文显示。"))
    #expect(missing.contains("<html lang=\"zh-CN\">"))
  }

  @Test func boldThatCommonMarkLeavesAsTextFailsTheBuild() throws {
    var catalog = SiteFixtures.catalog
    let index = try #require(catalog.lessons.firstIndex { $0.id == "lifecycle-demo" })
    catalog.lessons[index].prose[.zh]?.steps[1].body += "\n\n**注意：**这里。\n"
    #expect {
      try SiteFixtures.build(catalog)
    } throws: { error in
      (error as? SiteFailure)?.problems.map(\.description) == [
        "01-lifecycle-demo/zh.md:37: section `running`: a `**` is shown as it is, not as bold: CommonMark does not close `**` between punctuation and a letter (`**注意：**文字`); put the punctuation outside (`**注意**：文字`)"
      ]
    }
  }

  @Test(arguments: [
    ("a: [", "this yaml block is not valid YAML"),
    (
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec: {}",
      "this manifest is refused by the API server: The Pod \"x\" is invalid"
    ),
  ])
  func yamlBlocksMustBeRight(yaml: String, expected: String) throws {
    var catalog = SiteFixtures.catalog
    let index = try #require(catalog.lessons.firstIndex { $0.id == "lifecycle-demo" })
    let english = try #require(catalog.lessons[index].prose[.en])
    catalog.lessons[index].prose[.en]?.steps[0].body += "\n\n```yaml\n\(yaml)\n```\n"
    let lines = english.steps[0].body.split(separator: "\n", omittingEmptySubsequences: false).count
    #expect {
      try SiteFixtures.build(catalog)
    } throws: { error in
      let problem = (error as? SiteFailure)?.problems.first
      return problem?.path == "01-lifecycle-demo/en.md"
        && problem?.line == english.steps[0].line + lines + 2
        && problem?.problem.hasPrefix(expected) == true
    }
  }

  @Test func aTranslationWithOtherCommandsFailsTheBuild() throws {
    var catalog = SiteFixtures.catalog
    let index = try #require(catalog.lessons.firstIndex { $0.id == "lifecycle-demo" })
    catalog.lessons[index].prose[.zh]?.steps[0].blocks[0].commands[0].text = "kubectl create -f x"
    #expect {
      try SiteFixtures.build(catalog)
    } throws: { error in
      guard let failure = error as? SiteFailure else { return false }
      return failure.step == "pages"
        && failure.problems.map(\.description).first?.contains(
          "01-lifecycle-demo/zh.md:") == true
        && failure.problems.first?.problem.contains("differ from the English's") == true
    }
  }

  @Test func searchFindsEnglishAndChinese() throws {
    let build = try SiteFixtures.build()
    let en = Self.page(build, "en/search-index.json")
    let zh = Self.page(build, "zh/search-index.json")
    #expect(en.contains("\"prestop\":["))
    #expect(zh.contains("\"宽限\":["))
    #expect(Self.page(build, "zh/search-index.js").hasPrefix("window.kubetutorSearch = {"))
  }

  @Test func theSitemapListsEveryPageWithItsAlternates() throws {
    let input = SiteBuild.Input(
      catalog: SiteFixtures.catalog, theme: try SiteFixtures.theme(),
      baseURL: "https://example.org/docs")
    let build = try SitePipeline.build(input)
    let sitemap = Self.page(build, "sitemap.xml")
    #expect(sitemap.contains("<loc>https://example.org/docs/zh/lifecycle-demo/index.html</loc>"))
    #expect(
      sitemap.components(separatedBy: "<url>").count - 1 == 2
        * (1 + SiteFixtures.catalog.lessons.count))
    #expect(Self.page(build, "404.html").contains("href=\"/docs/en/index.html\""))
    #expect(build.notes.isEmpty)
  }

  @Test func aBrokenLessonStopsTheBuild() throws {
    let broken = LessonCatalog(
      lessons: [], errors: [LessonError(path: "01-x/lesson.yaml", line: 3, "unknown key `stepz`")])
    #expect {
      try SiteFixtures.build(broken)
    } throws: { error in
      (error as? SiteFailure)?.problems.map(\.description) == [
        "01-x/lesson.yaml:3: unknown key `stepz`"
      ]
    }
  }
}
