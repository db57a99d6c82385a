import Cluster
import Kubectl
import Lessons
import Shell

/// Runs the commands a lesson's English text shows, block by block, through the learner's own
/// scripted shell, and keeps what each printed.
///
/// The story is the text's, not the reference solution's: the setup runs first, then every
/// ```` ```shell ```` and ```` ```container ```` block of the intro and the steps in order, one
/// second per line as in `kubetutor run`. So a page shows exactly what a reader who types the
/// page's commands sees. Three things make the build fail rather than publish a wrong page: a
/// command that fails unless the step's solution marks it `! `; a ```` ```container ```` block
/// with no container shell open; a step whose checks do not hold after its blocks.
public enum TranscriptRunner {
  /// The transcripts of `lesson`, or the problems that make its text untrue.
  public static func run(_ lesson: Lesson) -> Result<LessonTranscripts, SiteFailure> {
    guard let prose = lesson.prose[.en] else {
      return .failure(
        SiteFailure(
          step: "transcripts",
          problems: [SiteError(path: lesson.directory + "/en.md", "the English text is missing")]))
    }
    var session = LessonReplay.session(for: lesson)
    var ignored = TranscriptBuffer()
    for line in lesson.setup.lines { session.run(line: line, output: &ignored) }
    var result = LessonTranscripts()
    var problems: [SiteError] = []
    let steps = Dictionary(
      lesson.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for section in [prose.intro] + prose.steps {
      let step = steps[section.id]
      let expectedFailures = Set((step?.commands ?? []).filter(\.fails).map(\.text))
      var transcripts: [Transcript] = []
      for block in section.blocks {
        var transcript = Transcript()
        if block.inContainer && session.execSession == nil {
          problems.append(
            SiteError(
              path: prose.path, line: block.line,
              "a ```container block needs a container shell open (`kubectl exec -it POD -- sh` in a ```shell block before it)"
            ))
          continue
        }
        if !block.inContainer && session.execSession != nil {
          close(&session, into: &transcript)
        }
        for (position, command) in block.commands.enumerated() {
          if !block.inContainer, position > 0, session.execSession != nil {
            problems.append(
              SiteError(
                path: prose.path, line: command.line,
                "`\(command.text)` would be typed into the container shell the line before opened: end the ```shell block after `kubectl exec -it` and put the container's commands in a ```container block"
              ))
            break
          }
          let prompt = session.prompt
          var output = TranscriptBuffer()
          session.run(line: command.text, output: &output)
          transcript.entries.append(
            Transcript.Entry(
              prompt: prompt, command: command.text, output: output.chunks, added: false))
          if case .timeline(let pod)? = try? OuterCommand.parse(command.text),
            let timeline = session.cluster.timeline(ofPod: pod, in: "default")
          {
            transcript.timelines.append(
              TimelineSnapshot(timeline: timeline, now: session.cluster.now))
          }
          guard session.isAtCommandPrompt, session.lastStatus != 0,
            !expectedFailures.contains(command.text)
          else { continue }
          let said = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
          problems.append(
            SiteError(
              path: prose.path, line: command.line,
              "`\(command.text)` fails (status \(session.lastStatus)): \(said) (if that is meant, mark it `! \(command.text)` in the step's solution)"
            ))
        }
        if block.inContainer && session.execSession != nil { close(&session, into: &transcript) }
        transcripts.append(transcript)
      }
      if session.execSession != nil {
        var closing = Transcript()
        close(&session, into: &closing)
      }
      result.sections[section.id] = transcripts
      if let step {
        let findings = step.checks.compactMap { $0.finding(in: session.cluster) }
        if !findings.isEmpty {
          problems.append(
            SiteError(
              path: prose.path, line: section.line,
              "step `\(step.id)`: after the commands its text shows, its checks fail: "
                + findings.map { $0.text(.en) }.joined(separator: " ")
                + " (show the missing command in a ```shell block)"))
        }
      }
    }
    result.finalTimelines = session.cluster.podTimelines.map {
      TimelineSnapshot(timeline: $0, now: session.cluster.now)
    }
    guard problems.isEmpty else {
      return .failure(SiteFailure(step: "transcripts", problems: problems))
    }
    return .success(result)
  }

  /// Types `exit` in the open container shell, as the learner must before the next `$` command.
  static func close(_ session: inout ShellSession, into transcript: inout Transcript) {
    let prompt = session.prompt
    var output = TranscriptBuffer()
    session.run(line: "exit", output: &output)
    transcript.entries.append(
      Transcript.Entry(prompt: prompt, command: "exit", output: output.chunks, added: true))
  }
}
