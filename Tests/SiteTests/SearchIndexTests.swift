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
}
