import Testing

@testable import Site

@Suite struct MarkdownRendererTests {
  @Test(arguments: [
    ("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "<table>"),
    ("~~gone~~", "<del>gone</del>"),
    ("see https://kubernetes.io/docs", "<a href=\"https://kubernetes.io/docs\">"),
    ("这是**重要**的内容。", "<strong>重要</strong>"),
    ("- [x] done", "checked=\"\""),
    // Raw HTML and script links never reach a page: lesson files come from contributors.
    ("<script>alert(1)</script>", "<!-- raw HTML omitted -->"),
    ("[x](javascript:alert(1))", "<a href=\"\">x</a>"),
    ("```yaml\na: <b>\n```", "<code class=\"language-yaml\">a: &lt;b&gt;"),
  ])
  func rendersGitHubMarkdownSafely(markdown: String, expected: String) {
    let html = MarkdownRenderer.render(markdown) { _ in nil }
    #expect(html.contains(expected), "\(html)")
    #expect(!html.contains("<script>"))
  }

  @Test func codeBlocksAreHandedToTheCaller() {
    var seen: [MarkdownRenderer.CodeBlock] = []
    let html = MarkdownRenderer.render("Text\n\n```shell\nkubectl get pods\n```\n\n    indented\n")
    {
      seen.append($0)
      return $0.info == "shell" ? "<div class=\"t\">T</div>" : nil
    }
    #expect(seen.map(\.info) == ["shell", ""])
    #expect(seen.first?.code == "kubectl get pods\n")
    #expect(seen.first?.line == 3)
    #expect(html == "<p>Text</p>\n<div class=\"t\">T</div>\n<pre><code>indented\n</code></pre>\n")
  }
}
