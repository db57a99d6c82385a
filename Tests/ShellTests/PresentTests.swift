import Cluster
import Foundation
import Lessons
import TestSupport
import Testing

@testable import Shell

/// Present mode: keys, wrapping, the state of a presentation, and the screens a session shows.
@Suite struct PresentTests {
  static var lesson: Lesson {
    get throws { try #require(LessonEngineTests.catalog.lesson("lifecycle-demo")) }
  }

  @Test(
    arguments: [
      ([0x20], [TerminalKey.character(" ")]),
      ([0x0D], [.enter]),
      ([0x1B, 0x5B, 0x43], [.right]),
      ([0x1B, 0x4F, 0x44], [.left]),
      ([0x1B, 0x5B, 0x36, 0x7E], [.pageDown]),
      ([0x1B, 0x5B, 0x35, 0x7E], [.pageUp]),
      ([0x1B], [.escape]),
      ([0x03, 0x04, 0x7F], [.interrupt, .endOfInput, .backspace]),
      ([0x0D, 0x0A, 0x0D], [.enter, .enter]),  // CR LF is one Enter
      ([0xE4, 0xB8, 0xAD, 0x71], [.character("中"), .character("q")]),
      ([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43], [.right]),  // Ctrl-→
      ([0x1B, 0x5B, 0x39, 0x39, 0x7A], [.other]),
      ([0xFF], [.other]),
    ] as [([UInt8], [TerminalKey])])
  func keys(bytes: [UInt8], expected: [TerminalKey]) {
    var decoder = KeyDecoder()
    #expect(decoder.decode(bytes) == expected)
  }

  /// A character or a sequence split across two reads waits for the rest.
  @Test func splitReads() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0xE4, 0xB8]) == [])
    #expect(decoder.decode([0xAD]) == [.character("中")])
    #expect(decoder.decode([0x1B, 0x5B]) == [])
    #expect(decoder.decode([0x36, 0x7E, 0x20]) == [.pageDown, .character(" ")])
  }

  @Test(arguments: [
    ("one two three four", 9, ["one two", "three", "four"]),
    ("a-very-long-word fits nowhere", 8, ["a-very-long-word", "fits", "nowhere"]),
    ("容器的生命周期回调。", 8, ["容器的生", "命周期回", "调。"]),
    ("运行 `kubectl get pods` 查看", 12, ["运行", "`kubectl get", "pods` 查看"]),
    ("（括号）里面", 8, ["（括号）", "里面"]),
    ("（括号）里面", 6, ["（括", "号）里", "面"]),
    ("里面（括号）", 6, ["里面", "（括", "号）"]),
    ("见“容器”一节", 6, ["见“容", "器”一", "节"]),
    ("", 10, [""]),
  ])
  func wrap(text: String, width: Int, expected: [String]) {
    #expect(PresentScreen.wrap(text, width: width) == expected)
  }

  @Test func wrappedListItemsHang() {
    #expect(
      PresentScreen.wrapKeepingIndent("- the postStart handler writes", width: 16)
        == ["- the postStart", "  handler writes"])
    #expect(
      PresentScreen.wrapKeepingIndent("    kubectl get pod lifecycle-demo", width: 10)
        == ["    kubectl get pod lifecycle-demo"])
  }

  /// Going back or jumping rebuilds the same cluster as getting there step by step.
  @Test func jumpingRebuildsTheCluster() throws {
    var walked = Presentation(lesson: try Self.lesson, language: .en)
    #expect(walked.screen == .intro && walked.nextCommand == nil)
    walked.advance()
    #expect(walked.screen == .step(0))
    #expect(walked.nextCommand == "kubectl apply -f lifecycle-events.yaml")
    let next = walked.runNext()
    let ran = try #require(next)
    #expect(ran.output == "pod/lifecycle-demo created\n")
    #expect(ran.stepDone == true)
    walked.advance()
    walked.advance()  // step 2's commands run unseen on the way
    #expect(walked.screen == .step(2))
    let jumped = Presentation(lesson: try Self.lesson, language: .en, step: 2)
    #expect(jumped.screen == .step(2))
    #expect(podsTable(walked) == podsTable(jumped))
    #expect(podsTable(jumped).contains("Running"))

    var back = jumped
    back.go(to: .step(0))
    #expect(podsTable(back) == "No resources found in default namespace.\n")
    back.go(to: .finish)
    #expect(back.following == nil && back.preceding == .step(3))
    #expect(podsTable(back) == "No resources found in default namespace.\n")
  }

  private func podsTable(_ presentation: Presentation) -> String {
    var copy = presentation
    return copy.runOwn("kubectl get pods")
  }

  /// Keys from a list; the pauses between keystrokes are recorded, not slept.
  struct ScriptedKeys: KeySource {
    var script: [[TerminalKey]]
    var waits: [Duration?] = []
    var columns = 80

    mutating func keys(within timeout: Duration?) -> [TerminalKey] {
      waits.append(timeout)
      // While typing, an empty turn is a keystroke's pause that passed with no key pressed.
      return script.isEmpty ? [] : script.removeFirst()
    }
  }

  /// The whole lesson presented key by key, in both languages: the screens as a golden file.
  @Test(arguments: [Lessons.Language.en, .zh])
  func presentation(language: Lessons.Language) throws {
    var loop = PresentLoop(
      presentation: Presentation(lesson: try Self.lesson, language: language), colour: false,
      pace: .zero)
    let space = [TerminalKey.character(" ")]
    var keys = ScriptedKeys(
      script: [
        space, space, [.character("t")], [.character("?")], [.character("x")], space, space, space,
        space, [.character("b")],
        [.character("4")], [.enter], space, [.character(":")],
        "kubectl get pods".map { .character($0) }, [.enter], space, space,
        [.character("q")],
      ])
    var output = TranscriptBuffer()
    loop.run(keys: &keys, output: &output)
    #expect(keys.script.isEmpty)
    let outcome = Golden.check(
      output.text.replacingOccurrences(of: "\u{1B}[H\u{1B}[2J", with: "\n=== screen ===\n")
        + "\n=== stopped ===\n" + loop.stoppedAt,
      named: "present-lifecycle-demo-\(language.rawValue).txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  /// Keys read together with the one that hurries the typing are not lost (a clicker's double
  /// press), and the keys that go on are the same while typing as between commands.
  @Test func keysReadTogetherAreKept() throws {
    var loop = PresentLoop(
      presentation: Presentation(lesson: try Self.lesson, language: .en, step: 0), colour: false,
      pace: .milliseconds(50))
    var keys = ScriptedKeys(script: [
      [.character(" ")], [.down, .character(" ")], [.character("q")],
    ])
    var output = TranscriptBuffer()
    loop.run(keys: &keys, output: &output)
    // `↓` hurried the first command; the Space read with it went on to step 2.
    #expect(loop.presentation.screen == .step(1))
  }

  /// Paused, with the keys at an end: present mode stops rather than wait forever.
  @Test func pausedWhenTheKeysEndStops() throws {
    var loop = PresentLoop(
      presentation: Presentation(lesson: try Self.lesson, language: .en, step: 0), colour: false,
      pace: .milliseconds(50))
    var keys = ScriptedKeys(script: [[.character(" ")], [.character("p")]])
    var output = TranscriptBuffer()
    loop.run(keys: &keys, output: &output)
    #expect(keys.waits.count < 10)
  }

  /// A pasted line at `:` ends at its line break; what follows is not taken as keys.
  @Test func pasteAtTheOwnCommandPromptIsNotKeys() throws {
    var loop = PresentLoop(
      presentation: Presentation(lesson: try Self.lesson, language: .en, step: 0), colour: false,
      pace: .zero)
    var decoder = KeyDecoder()
    let pasted = decoder.decode(Array("echo hi\r\nq3b".utf8))
    var keys = ScriptedKeys(script: [[.character(":")], pasted, [.character(" ")]])
    var output = TranscriptBuffer()
    loop.run(keys: &keys, output: &output)
    #expect(output.text.contains("hi\n"))
    #expect(loop.presentation.screen == .step(0))
    #expect(loop.presentation.commandIndex == 1)  // the Space after the paste typed a command
  }

  /// Typing waits between keystrokes; Space finishes the command at once, `p` pauses it.
  @Test func typingPacesAndHurries() throws {
    var loop = PresentLoop(
      presentation: Presentation(lesson: try Self.lesson, language: .en, step: 0), colour: false,
      pace: .milliseconds(50))
    // Space starts typing; after two keystrokes `p` pauses, Space goes on; after one more
    // keystroke Space types the rest at once.
    var keys = ScriptedKeys(
      script: [
        [.character(" ")], [], [], [.character("p")], [.character(" ")], [],
        [.character(" ")], [.character("q")],
      ])
    var output = TranscriptBuffer()
    loop.run(keys: &keys, output: &output)
    #expect(
      output.text.contains("$ kubectl apply -f lifecycle-events.yaml\npod/lifecycle-demo created\n")
    )
    let timed = keys.waits.compactMap { $0 }
    #expect(timed.count == 5)
    #expect(timed.allSatisfy { $0 >= .milliseconds(30) && $0 <= .milliseconds(110) })
    // While paused the loop waits for a key without a time limit.
    #expect(keys.waits.filter { $0 == nil }.count == 3)
  }
}
