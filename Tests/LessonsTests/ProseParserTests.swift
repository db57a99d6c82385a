import Testing

@testable import Lessons

@Suite struct ProseParserTests {
  static let english = """
    ---
    title: Demo
    summary: A demo lesson.
    ---
    The intro.

    ## Make it {#make}

    Type this:

    ```shell
    kubectl apply -f pod.yaml
    # a comment is not a command
    ```

    ```container
    cat /usr/share/message
    ```

    ```yaml
    kind: Pod
    ## not a heading inside a code block
    ```

    ### Nudge {.hint}

    A first hint.

    ### Command {.hint}

    ```shell
    kubectl get pods
    ```

    ### For the room {.notes}

    Speaker notes.

    ## Done {#finish}

    Well done.
    """

  @Test func readsSectionsHintsNotesAndCommands() throws {
    let prose = try ProseParser.parse(Self.english, path: "en.md", language: .en)
    #expect(prose.title == "Demo")
    #expect(prose.summary == "A demo lesson.")
    #expect(prose.intro.body == "The intro.")
    #expect(prose.steps.map(\.id) == ["make"])
    let step = try #require(prose.step("make"))
    #expect(step.title == "Make it")
    #expect(step.line == 7)
    #expect(step.hints == ["A first hint.", "```shell\nkubectl get pods\n```"])
    #expect(step.notes == "Speaker notes.")
    #expect(step.body.contains("## not a heading inside a code block"))
    #expect(
      step.commands == [
        ProseCommand(line: 12, text: "kubectl apply -f pod.yaml"),
        ProseCommand(line: 17, text: "cat /usr/share/message", inContainer: true),
        ProseCommand(line: 32, text: "kubectl get pods"),
      ])
    #expect(prose.finish?.body == "Well done.")
    #expect(step.source == nil)
  }

  @Test func theHashCoversTheTextButNotTheSourceLine() throws {
    let prose = try ProseParser.parse(Self.english, path: "en.md", language: .en)
    let edited = try ProseParser.parse(
      Self.english.replacing("A first hint.", with: "A better hint."), path: "en.md", language: .en)
    #expect(prose.step("make")?.hash != edited.step("make")?.hash)
    #expect(prose.finish?.hash == edited.finish?.hash)
    let translated = try ProseParser.parse(
      Self.english.replacing(
        "## Make it {#make}\n", with: "## Make it {#make}\n<!-- source: abc -->\n"),
      path: "zh.md", language: .zh)
    #expect(translated.step("make")?.source == "abc")
    #expect(translated.step("make")?.hash == prose.step("make")?.hash)
  }

  @Test(arguments: [
    (
      "no front matter",
      "en.md:1: expected front matter: a `---` line, `title: …`, `summary: …`, `---`"
    ),
    ("---\ntitle: x\n", "en.md:1: the front matter has no closing `---`"),
    ("---\ntitle: x\n---\n", "en.md:1: the front matter needs a `summary`"),
    (
      "---\ntitle: x\nsummary: y\nauthor: z\n---\n",
      "en.md:4: unknown front matter key `author` (title, summary)"
    ),
    (
      "---\ntitle: x\nsummary: y\n---\n## Step\n",
      "en.md:5: a `##` heading starts a step and needs an id, as in `## Create the Pod {#create}`"
    ),
    ("---\ntitle: x\nsummary: y\n---\n## A {#a}\n## B {#a}\n", "en.md:6: the id `a` is used twice"),
    (
      "---\ntitle: x\nsummary: y\n---\n## A {#a}\n### Tip {.tip}\n",
      "en.md:6: unknown section `{.tip}` (a `###` heading can be `{.hint}` or `{.notes}`)"
    ),
    (
      "---\ntitle: x\nsummary: y\n---\n## A {#a}\n```shell\nls\n",
      "en.md:6: this code block is not closed"
    ),
    (
      "---\ntitle: x\nsummary: y\n---\n## End {#finish}\n## A {#a}\n",
      "en.md:5: `{#finish}` must be the last section"
    ),
  ])
  func malformedProseSaysWhereAndWhat(text: String, message: String) {
    do {
      _ = try ProseParser.parse(text, path: "en.md", language: .en)
      Issue.record("parsed: \(text)")
    } catch {
      #expect(error.description == message)
    }
  }
}

@Suite struct ProseStyleTests {
  @Test func chineseLinesMayNotBreakBetweenCharactersAndNeverSayNin() {
    let text = "第一行写到这里\n接着写。\n\n请您注意 `kubectl`\n下一行。\n```\n代码\n里面\n```\n"
    #expect(
      ProseStyle.problems(in: text, path: "zh.md", language: .zh).map(\.description) == [
        "zh.md:1: a line break between two Chinese characters shows as a space; join the lines",
        "zh.md:4: address the reader as 你, not 您",
      ])
    #expect(ProseStyle.problems(in: text, path: "en.md", language: .en).isEmpty)
  }
}
