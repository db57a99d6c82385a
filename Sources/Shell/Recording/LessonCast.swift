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
    let strings = UIStrings(language)
    let title = lesson.text(in: language)?.title ?? lesson.id
    let recorder = CastRecorder(
      header: Asciicast.Header(
        width: width, height: height, timestamp: config.epoch.unixSeconds, title: title))
    var session = LessonReplay.run(lesson, steps: 0, config: config).session
    var sink = RecordingSink(
      base: Discard(), recorder: recorder, timing: .simulated(epoch: config.epoch))
    let prose = lesson.text(in: language)
    for (index, step) in lesson.steps.enumerated() {
      let heading = prose?.step(step.id)?.title ?? lesson.prose[.en]?.step(step.id)?.title
      sink.note(
        .stepBegins(strings.text(.stepMarker, ["n": "\(index + 1)", "title": heading ?? step.id])))
      for (line, _) in step.commands {
        sink.note(.prompted(session.prompt))
        sink.note(.entered(prompt: session.prompt, line: line, echoed: true))
        session.run(line: line, output: &sink)
        sink.note(.finished(at: session.cluster.now))
      }
    }
    // The last prompt, so the recording ends on a terminal ready for more.
    sink.note(.prompted(session.prompt))
    return recorder.text
  }

  /// A screen nobody looks at: the recording is the point.
  private struct Discard: OutputSink {
    mutating func write(_ text: String, to stream: CommandOutput.Stream) {}
  }
}
