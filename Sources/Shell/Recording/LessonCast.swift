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

  /// The recording of `lesson`'s solutions in each of `languages`, simulated once: the session
  /// speaks no language of its own, so only the title and the markers' words differ.
  public static func record(
    _ lesson: Lesson, languages: [Language], width: Int = 100, height: Int = 30,
    config: ClusterConfig = ClusterConfig()
  ) -> [Language: String] {
    let header = Asciicast.Header(
      width: width, height: height, timestamp: config.epoch.unixSeconds)
    let recorder = CastRecorder(header: header)
    var session = LessonReplay.run(lesson, steps: 0, config: config).session
    // Time starts after the lesson's setup, where the learner's first command comes.
    var sink = RecordingSink(
      base: Discard(), recorder: recorder, timing: .simulated(epoch: session.cluster.now))
    var markers: [Int] = []  // the step each marker event begins, in order
    for (index, step) in lesson.steps.enumerated() {
      sink.note(.stepBegins(step.id))
      markers.append(index)
      for (line, _) in step.commands {
        sink.note(.prompted(session.prompt))
        sink.note(.entered(prompt: session.prompt, line: line, echoed: true))
        session.run(line: line, output: &sink)
        sink.note(.finished(at: session.cluster.now))
      }
    }
    // The last prompt, so the recording ends on a terminal ready for more.
    sink.note(.prompted(session.prompt))
    let events = recorder.events
    // Every line but the markers' is the same in each language: written once.
    let lines = events.map { Asciicast.line(at: $0.time, $0.code, $0.data) }
    let length = lines.reduce(0) { $0 + $1.utf8.count + 1 }
    var casts: [Language: String] = [:]
    for language in languages {
      let strings = UIStrings(language)
      let prose = lesson.text(in: language)
      var titled = header
      titled.title = prose?.title ?? lesson.id
      var remaining = markers[...]
      // As Asciicast.text(header:events:) writes it, the markers in `language`.
      var text = Asciicast.line(for: titled) + "\n"
      text.reserveCapacity(text.utf8.count + length + 256 * markers.count)
      for (event, line) in zip(events, lines) {
        guard event.code == .marker, let index = remaining.popFirst() else {
          text += line + "\n"
          continue
        }
        let id = lesson.steps[index].id
        let heading = prose?.step(id)?.title ?? lesson.prose[.en]?.step(id)?.title ?? id
        text +=
          Asciicast.line(
            at: event.time, event.code,
            strings.text(.stepMarker, ["n": "\(index + 1)", "title": heading])) + "\n"
      }
      casts[language] = text
    }
    return casts
  }

  /// A screen nobody looks at: the recording is the point.
  private struct Discard: OutputSink {
    mutating func write(_ text: String, to stream: CommandOutput.Stream) {}
  }
}
