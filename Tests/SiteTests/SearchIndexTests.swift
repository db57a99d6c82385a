import Testing

@testable import Site

@Suite struct SearchIndexTests {
  @Test(arguments: [
    ("The preStop hook", ["the", "prestop", "hook"]),
    ("kubectl delete pod lifecycle-demo", ["kubectl", "delete", "pod", "lifecycle", "demo"]),
    ("宽限期", ["宽", "限", "宽限", "期", "限期"]),
    ("在 Pod 删除前运行", ["在", "pod", "删", "除", "删除", "前", "除前", "运", "前运", "行", "运行"]),
    ("SIGTERM：优雅", ["sigterm", "优", "雅", "优雅"]),
  ])
  func terms(text: String, expected: [String]) {
    #expect(SearchIndex.terms(text) == expected)
  }

  @Test func indexIsSortedJSONAndSafeInAScript() {
    var index = SearchIndex()
    index.documents = [
      .init(url: "a/index.html#x", title: "Zeta </script>", lesson: "L", text: "宽限期 \"q\""),
      .init(url: "b/index.html", title: "Alpha", lesson: "L", text: "alpha zeta"),
    ]
    let json = index.json()
    #expect(!json.contains("</script>"))
    #expect(json.contains("\"宽限\":[0]"))
    #expect(json.contains("\"zeta\":[0,1]"))
    let keys = json.split(separator: "\"terms\":")[1]
    #expect(keys.hasPrefix("{\"alpha\":[1]"))
    #expect(json == index.json())
  }

  @Test func plainTextLeavesOutTerminalOutput() {
    let html =
      "<p>Run <code>kubectl</code> &amp; wait</p><button class=\"copy\">Copy</button><pre>"
      + "<span class=\"prompt host\">$ </span><kbd>get pods</kbd>\n<samp>NAME READY\n</samp></pre>"
    #expect(SearchIndex.plainText(html) == "Run kubectl & wait get pods")
  }

  @Test(arguments: [
    ["The preStop hook RUNS 2 times", "kubectl delete pod lifecycle-demo", ""],
    ["在 Pod 删除前运行：宽限期 30 秒", "SIGTERM，优雅 exit;  <b>x</b> 宽限", "㐀㐁 a1B2"],
    // A combining mark is no letter: it ends the word before it, as with strings.
    ["cafe\u{301} Cafe"],
  ])
  func postingsFromBytesAreThePostingsFromStrings(texts: [String]) throws {
    let bytewise = try #require(SearchPostings.bytewise(texts))
    #expect(bytewise == SearchPostings.stringwise(texts))
  }

  /// Letters whose lowercasing, canonical equivalence or order bytes would get wrong.
  @Test(arguments: [
    "café", "カタカナ", "한국어", "Ｆｕｌｌ", "\u{F900}", "İstanbul", "Ⅻ", "ΣΑΣ",
  ])
  func otherLettersAreLeftToStrings(text: String) {
    #expect(SearchPostings.bytewise(["plain 宽限", text]) == nil)
    #expect(
      SearchPostings.of(["plain 宽限", text]) == SearchPostings.stringwise(["plain 宽限", text]))
  }

  /// The lessons' own text takes the quick way, and it gives what strings give.
  @Test func theLessonsIndexesComeFromBytes() throws {
    let build = try SiteFixtures.build()
    for (language, index) in build.search {
      let texts = index.documents.map { $0.title + " " + $0.lesson + " " + $0.text }
      let bytewise = SearchPostings.bytewise(texts)
      #expect(bytewise != nil, "\(language)")
      #expect(bytewise == SearchPostings.stringwise(texts), "\(language)")
    }
  }

  /// The snippet is the text's words joined by single spaces, cut at 160 characters.
  @Test(arguments: [0, 1, 158, 159, 160, 161, 200])
  func snippetsAreTheFirstWords(length: Int) {
    for text in [
      String(repeating: "a", count: length), "  lead\n" + String(repeating: "宽 ", count: length),
      String(repeating: "ab cd\n\n", count: length / 3 + 1) + "  ",
    ] {
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
      let expected = words.count <= 160 ? words : String(words.prefix(159)) + "…"
      #expect(SearchIndex.snippet(text) == expected)
    }
  }
}
