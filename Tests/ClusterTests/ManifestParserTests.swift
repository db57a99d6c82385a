import Cluster
import Testing

@Suite struct ManifestParserTests {
  @Test func multiDocumentDropsEmptyDocuments() throws {
    let text =
      "---\n# only a comment\n---\napiVersion: v1\nkind: Pod\n---\n---\nkind: Pod\napiVersion: v1\n"
    let documents = try ManifestParser.documents(from: text)
    #expect(documents.count == 2)
    #expect(documents[0]["kind"] == .string("Pod"))
  }

  @Test func scalarsResolveLikeGoYAML() throws {
    let documents = try ManifestParser.documents(
      from: "a: 80\nb: \"80\"\nc: true\nd: null\ne: 1.5\nf: hello\n")
    #expect(documents[0]["a"] == .int(80))
    #expect(documents[0]["b"] == .string("80"))
    #expect(documents[0]["c"] == .bool(true))
    #expect(documents[0]["d"] == .null)
    #expect(documents[0]["e"] == .double(1.5))
    #expect(documents[0]["f"] == .string("hello"))
  }

  struct SyntaxCase: Sendable, CustomTestStringConvertible {
    var text: String
    var message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    SyntaxCase(
      text: "metadata:\n  name: x\n  labels: a: b\n",
      message: "yaml: line 3: mapping values are not allowed in this context"),
    SyntaxCase(
      text: "a:\n\tb: 1\n", message: "yaml: line 2: found character that cannot start any token"),
  ])
  func syntaxErrorsNameTheLine(_ c: SyntaxCase) {
    #expect(throws: ManifestError.self) { try ManifestParser.documents(from: c.text) }
    do {
      _ = try ManifestParser.documents(from: c.text)
    } catch {
      #expect(error.message == c.message)
    }
  }

  @Test func aliasBombIsRefusedQuickly() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = level == 1 ? "a" : "l\(level - 1)"
      text +=
        "l\(level): &l\(level) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
    }
    do {
      _ = try ManifestParser.documents(from: text)
      Issue.record("an alias bomb was accepted")
    } catch {
      #expect(error == .excessiveAliasing)
    }
  }
}
