import Cluster
import Kubectl
import Lessons

/// A lesson's reference solution as an asciicast recording: each step a chapter marker, each
/// command typed at its prompt and answered, on the simulated clock (``RecordingSink``).
///
/// Deterministic: the same lesson gives the same bytes, so the site can embed it at build time.
public enum LessonCast {
  /// The recording of `lesson`'s solutions, with step titles in `language`.
  public static func record(
    _ lesson: Lesson, language: Language, width: Int = 100, height: Int = 30,
    config: ClusterConfig = ClusterConfig()
  ) -> String {
    record(lesson, languages: [language], width: width, height: height, config: config)[
      language] ?? ""
  }

  /// The recording of `lesson`'s solutions in each of `languages`, played once: the session
  /// speaks no language of its own, so only the title and the markers' words differ.
  public static func record(
    _ lesson: Lesson, languages: [Language], width: Int = 100, height: Int = 30,
    config: ClusterConfig = ClusterConfig()
  ) -> [Language: String] {
    let header = Asciicast.Header(width: width, height: height, timestamp: config.epoch.unixSeconds)
    let recorder = CastRecorder(header: header)
    var session = LessonReplay.run(lesson, steps: 0, config: config).session
    var sink = RecordingSink(
      base: Discard(), recorder: recorder, timing: .simulated(epoch: config.epoch))
    for (index, step) in lesson.steps.enumerated() {
      sink.note(.stepBegins(placeholder(index)))
      for (line, _) in step.commands {
        sink.note(.prompted(session.prompt))
        sink.note(.entered(prompt: session.prompt, line: line, echoed: true))
        session.run(line: line, output: &sink)
        sink.note(.finished(at: session.cluster.now))
      }
    }
    // The last prompt, so the recording ends on a terminal ready for more.
    sink.note(.prompted(session.prompt))
    let text = recorder.text
    let body = Array(text.utf8.drop { $0 != UInt8(ascii: "\n") })
    // The body in pieces around each marker's placeholder, `"m", "\u0001<index>"`: no output
    // line holds those bytes (its quotes would be escaped).
    let tag = Array(#""m", "\u0001"#.utf8)
    var pieces: [(bytes: ArraySlice<UInt8>, step: Int?)] = []
    var start = 0
    var index = 0
    while index + tag.count <= body.count {
      guard body[index] == tag[0], body[index..<index + tag.count].elementsEqual(tag) else {
        index += 1
        continue
      }
      var end = index + tag.count
      var step = 0
      while end < body.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(body[end]) {
        step = step * 10 + Int(body[end] - UInt8(ascii: "0"))
        end += 1
      }
      end += 1  // the closing quote
      pieces.append((body[start..<index + 5], step))  // `"m", `
      start = end
      index = end
    }
    pieces.append((body[start...], nil))
    var casts: [Language: String] = [:]
    for language in languages {
      let strings = UIStrings(language)
      let prose = lesson.text(in: language)
      var titled = header
      titled.title = prose?.title ?? lesson.id
      var cast = Array(Asciicast.line(for: titled).utf8)
      cast.reserveCapacity(body.count + cast.count + 512)
      for (bytes, step) in pieces {
        cast.append(contentsOf: bytes)
        guard let step, step < lesson.steps.count else { continue }
        let id = lesson.steps[step].id
        let heading = prose?.step(id)?.title ?? lesson.prose[.en]?.step(id)?.title
        let marker = strings.text(.stepMarker, ["n": "\(step + 1)", "title": heading ?? id])
        cast.append(contentsOf: GoJSON.quote(marker).utf8)
      }
      casts[language] = String(decoding: cast, as: UTF8.self)
    }
    return casts
  }

  /// What step `index`'s marker says until the recording is put in a language: a control
  /// character no step title has, then the index.
  private static func placeholder(_ index: Int) -> String { "\u{1}\(index)" }

  /// A screen nobody looks at: the recording is the point.
  private struct Discard: OutputSink {
    mutating func write(_ text: String, to stream: CommandOutput.Stream) {}
  }
}
