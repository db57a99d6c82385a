import Lessons
import Testing

@testable import Site

@Suite struct TranscriptRunnerTests {
  static let yaml = """
    id: test
    order: 1
    files: [pod.yaml]
    steps:
      - id: create
        checks: [{pod: lifecycle-demo, status: Running}]
        solution:
          - kubectl apply -f pod.yaml
          - kubectl wait --for=condition=Ready pod/lifecycle-demo
    """

  static func prose(_ block: String) -> String {
    """
    ---
    title: T
    summary: S
    ---
    Intro.

    ## Create {#create}

    \(block)
    ### Stuck? {.hint}

    Apply it.

    ## Done {#finish}

    Well done.
    """
  }

  static func failure(_ block: String, yaml: String = yaml) throws -> [String] {
    let lesson = try SiteFixtures.lesson(yaml: yaml, en: prose(block))
    guard case .failure(let failure) = TranscriptRunner.run(lesson) else { return [] }
    return failure.problems.map(\.description)
  }

  @Test func theTextsCommandsRunWithTheirOutput() throws {
    let lesson = try SiteFixtures.lesson(
      yaml: Self.yaml,
      en: Self.prose(
        "```shell\nkubectl apply -f pod.yaml\nkubectl wait --for=condition=Ready pod/lifecycle-demo\nkubectl exec -it lifecycle-demo -- sh\n```\n\n```container\ncat /usr/share/message\n```\n"
      ))
    let result = try TranscriptRunner.run(lesson).get()
    let blocks = try #require(result.sections["create"])
    #expect(blocks.count == 2)
    #expect(blocks[0].entries.map(\.command).last == "kubectl exec -it lifecycle-demo -- sh")
    #expect(blocks[0].entries.first?.output.map(\.text).joined() == "pod/lifecycle-demo created\n")
    // The container block: its line at the container's prompt, then the `exit` the site adds.
    #expect(blocks[1].entries.map(\.command) == ["cat /usr/share/message", "exit"])
    #expect(blocks[1].entries.map(\.added) == [false, true])
    #expect(blocks[1].entries[0].prompt.hasSuffix("# "))
    #expect(
      blocks[1].entries[0].output.map(\.text).joined() == "Hello from the postStart handler\n")
  }

  @Test func aFailingCommandStopsTheBuildUnlessTheSolutionMarksIt() throws {
    #expect(
      try Self.failure("```shell\nkubectl apply -f pod.yaml\nkubectl get pod nothing\n```\n") == [
        "01-test/en.md:11: `kubectl get pod nothing` fails (status 1): Error from server (NotFound): pods \"nothing\" not found (if that is meant, mark it `! kubectl get pod nothing` in the step's solution)",
        "01-test/en.md:7: step `create`: after the commands its text shows, its checks fail: Pod `lifecycle-demo` shows STATUS `ContainerCreating`, not `Running` yet. (show the missing command in a ```shell block)",
      ])
    let marked = Self.yaml + "\n      - \"! kubectl get pod nothing\""
    #expect(
      try Self.failure(
        "```shell\nkubectl apply -f pod.yaml\nkubectl get pod nothing\nkubectl wait --for=condition=Ready pod/lifecycle-demo\n```\n",
        yaml: marked) == [])
  }

  @Test func aShellBlockEndsAtTheContainerShellItOpens() throws {
    #expect(
      try Self.failure(
        "```shell\nkubectl apply -f pod.yaml\nkubectl wait --for=condition=Ready pod/lifecycle-demo\nkubectl exec -it lifecycle-demo -- sh\nls\n```\n"
      ) == [
        "01-test/en.md:13: `ls` would be typed into the container shell the line before opened: end the ```shell block after `kubectl exec -it` and put the container's commands in a ```container block"
      ])
  }

  @Test func aContainerBlockNeedsAContainerShell() throws {
    #expect(
      try Self.failure(
        "```container\nls\n```\n\n```shell\nkubectl apply -f pod.yaml\nkubectl wait --for=condition=Ready pod/lifecycle-demo\n```\n"
      ) == [
        "01-test/en.md:9: a ```container block needs a container shell open (`kubectl exec -it POD -- sh` in a ```shell block before it)"
      ])
  }
}
