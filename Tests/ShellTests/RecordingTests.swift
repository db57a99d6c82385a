import Cluster
import Container
import Foundation
import Lessons
import TestSupport
import Testing

@testable import Shell

/// asciicast v2 recordings: the lines, the recorder, the two timings, a lesson's recording.
@Suite struct RecordingTests {
  /// Every line parses as JSON; events are `[time, code, text]` with times that never go back.
  static func events(_ cast: String) throws -> (
    header: [String: Any], events: [(Double, String, String)]
  ) {
    let lines = cast.split(separator: "\n").map(String.init)
    let header = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    var events: [(Double, String, String)] = []
    for line in lines.dropFirst() {
      let array = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
      let time = try #require(array[0] as? Double)
      let code = try #require(array[1] as? String)
      let text = try #require(array[2] as? String)
      if let last = events.last { #expect(time >= last.0, "time went back at \(line)") }
      events.append((time, code, text))
    }
    return (header, events)
  }

  @Test(arguments: [
    (Int64(0), "0.000000"), (1, "0.000001"), (1_500_000, "1.500000"), (123_456_789, "123.456789"),
    (-5, "0.000000"),
  ])
  func seconds(microseconds: Int64, text: String) {
    #expect(Asciicast.seconds(microseconds) == text)
  }

  @Test(arguments: [
    ("a\nb", "a\r\nb"), ("a\r\nb", "a\r\nb"), ("\n\n", "\r\n\r\n"), ("no break", "no break"),
    ("中\n文", "中\r\n文"),
  ])
  func terminalText(_ text: String, expected: String) {
    #expect(Asciicast.terminalText(text) == expected)
  }

  @Test func headerAndEvents() throws {
    let header = Asciicast.Header(
      width: 100, height: 30, timestamp: 1_757_926_800, title: "Say \"hi\" <now>", term: "xterm")
    #expect(
      Asciicast.line(for: header)
        == #"{"version":2,"width":100,"height":30,"timestamp":1757926800,"title":"Say \"hi\" \u003cnow\u003e","env":{"TERM":"xterm"}}"#
    )
    #expect(
      Asciicast.line(at: 2_500_000, .marker, "Step 1: 创建")
        == #"[2.500000, "m", "Step 1: 创建"]"#)
    let recorder = CastRecorder(header: Asciicast.Header(width: 80, height: 24))
    recorder.output("one\n", at: 1_000_000)
    recorder.output("two", at: 500_000)  // earlier than the last: kept in order
    recorder.marker("Step 2: x", at: 2_000_000)
    recorder.output("")  // nothing
    let (parsed, events) = try Self.events(recorder.text)
    #expect(parsed["version"] as? Int == 2 && parsed["width"] as? Int == 80)
    #expect(events.map(\.0) == [1, 1, 2])
    #expect(events.map(\.1) == ["o", "o", "m"])
    #expect(events.map(\.2) == ["one\r\n", "two", "Step 2: x"])
  }

  @Test func fileRecordingIsPlayableWhileItGoesOn() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rec-\(UUID().uuidString).cast"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let clock = ManualWallClock(Instant(seconds: 1_000))
    let recorder = try CastRecorder(
      path: path, header: Asciicast.Header(width: 80, height: 24), clock: clock)
    clock.move(by: .milliseconds(1250))
    recorder.output("$ ")
    recorder.flush()
    // What was flushed is there before the recording ends (a crash keeps it).
    let partial = try String(contentsOfFile: path, encoding: .utf8)
    #expect(partial.hasSuffix("[1.250000, \"o\", \"$ \"]\n"))
    clock.move(by: .seconds(2))
    recorder.marker("Step 1: Create the Pod")
    #expect(recorder.finish() == nil)
    let (_, events) = try Self.events(try String(contentsOfFile: path, encoding: .utf8))
    #expect(events.map(\.0) == [1.25, 3.25])
  }

  @Test func unwritableRecordingIsAnError() {
    #expect(throws: RecordingError.self) {
      try CastRecorder(
        path: "/nonexistent-dir/x.cast", header: Asciicast.Header(width: 80, height: 24))
    }
    let error = RecordingError(path: "/nonexistent-dir/x.cast", reason: "No such file or directory")
    #expect(
      error.message
        == "kubetutor: cannot record to '/nonexistent-dir/x.cast': No such file or directory\n")
  }

  /// `run --record`: each line typed within its second, output when the command finished,
  /// the screen's text unchanged.
  @Test func simulatedTimingFollowsTheClock() throws {
    var session = Fixtures.session()
    let lines = ["kubectl apply -f pods/lifecycle-events.yaml", "sleep 10", "echo done"]
    var reader = ScriptedLineReader(lines)
    let recorder = CastRecorder(header: Asciicast.Header(width: 80, height: 24))
    var sink = RecordingSink(
      base: TranscriptBuffer(), recorder: recorder,
      timing: .simulated(epoch: session.configuration.cluster.epoch))
    _ = ShellLoop.run(session: &session, reader: &reader, output: &sink)
    #expect(sink.base.text == Fixtures.transcript(lines).text)
    let (_, events) = try Self.events(recorder.text)
    let outputs = events.filter { $0.1 == "o" }
    // The prompt at 0, the first line's characters within its second, its output at 1 s.
    #expect(outputs[0].0 == 0 && outputs[0].2 == "$ ")
    let created = try #require(outputs.first { $0.2.hasPrefix("pod/lifecycle-demo created") })
    #expect(created.0 == 1)
    let typed = outputs.prefix { !$0.2.hasPrefix("pod/") }.dropFirst().map(\.2).joined()
    #expect(typed == "kubectl apply -f pods/lifecycle-events.yaml\r\n")
    #expect(outputs.dropFirst().prefix(43).allSatisfy { $0.0 > 0 && $0.0 < 1 })
    // `sleep 10` takes its ten seconds: the next prompt comes at 1 + 1 + 10.
    let prompts = outputs.filter { $0.2 == "$ " }.map(\.0)
    #expect(prompts == [0, 1, 12, 13])
    let done = try #require(outputs.first { $0.2 == "done\r\n" })
    #expect(done.0 == 13)
  }

  /// The interactive shell's timing: by the wall clock, the echoed line recorded once.
  @Test func wallTimingRecordsWhatTheTerminalShowed() throws {
    let clock = ManualWallClock(Instant(seconds: 50))
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "wall-\(UUID().uuidString).cast"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let recorder = try CastRecorder(
      path: path, header: Asciicast.Header(width: 80, height: 24), clock: clock)
    var sink = RecordingSink(base: TranscriptBuffer(), recorder: recorder, timing: .wall)
    sink.note(.prompted("$ "))
    clock.move(by: .seconds(3))
    sink.note(.entered(prompt: "$ ", line: "echo hi", echoed: true))
    sink.write("hi\n", to: .stdout)
    clock.move(by: .milliseconds(500))
    sink.note(.stepBegins("Step 2: Wait"))
    #expect(sink.base.text == "hi\n")  // the terminal echoed the line itself
    recorder.finish()
    let (_, events) = try Self.events(try String(contentsOfFile: path, encoding: .utf8))
    #expect(events.map(\.0) == [0, 3, 3, 3.5])
    #expect(events.map(\.2) == ["$ ", "echo hi\r\n", "hi\r\n", "Step 2: Wait"])
  }

  @Test(arguments: [Language.en, .zh])
  func lessonRecordingHasAChapterPerStep(language: Lessons.Language) throws {
    let lesson = try #require(LessonEngineTests.catalog.lesson("lifecycle-demo"))
    let cast = LessonCast.record(lesson, language: language)
    #expect(cast == LessonCast.record(lesson, language: language))  // deterministic
    let (header, events) = try Self.events(cast)
    #expect(header["title"] as? String == lesson.text(in: language)?.title)
    let markers = events.filter { $0.1 == "m" }
    let titles = lesson.steps.enumerated().map { index, step in
      UIStrings(language).text(
        .stepMarker,
        ["n": "\(index + 1)", "title": lesson.text(in: language)?.step(step.id)?.title ?? ""])
    }
    #expect(markers.map(\.2) == titles)
    let screen = events.filter { $0.1 == "o" }.map(\.2).joined()
    #expect(screen.contains("pod/lifecycle-demo created\r\n"))
    #expect(screen.contains("Hello from the postStart handler\r\n"))
    #expect(screen.contains("pod \"lifecycle-demo\" deleted"))
  }
}
