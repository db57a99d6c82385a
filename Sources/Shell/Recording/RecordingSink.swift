import Container
import Kubectl

/// An ``OutputSink`` that passes everything on to another sink and records it in a
/// ``CastRecorder``.
///
/// Two timings, for the two kinds of session:
/// - ``Timing/wall``: the interactive shell. Text is recorded when it is written, by the
///   recorder's wall clock; a line the terminal echoed is recorded when it is entered.
/// - ``Timing/simulated(epoch:)``: `kubetutor run` and the site, where time is the simulated
///   clock's (DESIGN.md, Time). Each line takes its one second to be typed, a character at a
///   time, and what a command printed appears when the command has finished, so the recording
///   plays at the pace the lesson describes (a 30-second grace period takes 30 seconds).
public struct RecordingSink<Base: OutputSink>: OutputSink {
  /// Where events take their times from.
  public enum Timing: Sendable {
    case wall
    case simulated(epoch: Instant)
  }

  /// The sink the text goes on to (the screen).
  public var base: Base
  /// The recording.
  public let recorder: CastRecorder
  private var timing: Timing
  /// Simulated timing: the time text written now appears at (the end of the last command).
  private var now: Int64 = 0
  /// Simulated timing: what the running line wrote, shown once it has finished.
  private var held: [(Asciicast.Code, String)] = []
  private var lineRunning = false

  public init(base: Base, recorder: CastRecorder, timing: Timing) {
    self.base = base
    self.recorder = recorder
    self.timing = timing
  }

  /// How long typing a line of `count` characters takes in a simulated recording: a steady
  /// hand, faster for long lines, always within the line's second.
  static func keystroke(count: Int) -> Int64 {
    min(60_000, 800_000 / Int64(max(count, 1)))
  }

  public mutating func write(_ text: String, to stream: CommandOutput.Stream) {
    base.write(text, to: stream)
    record(.output, text)
  }

  public mutating func flush() {
    base.flush()
    recorder.flush()
  }

  public mutating func note(_ moment: SessionMoment) {
    // The base sink writes a script's line after its prompt on its own screen; the recording
    // takes the line from the moment instead, typed at its pace.
    base.note(moment)
    switch (moment, timing) {
    case (.prompted(let prompt), .wall):
      record(.output, prompt)
      // Waiting for the learner: what the recording has so far goes to disk.
      recorder.flush()
    case (.prompted(let prompt), .simulated):
      record(.output, prompt)
    case (.entered(_, let line, _), .wall):
      recorder.output(line + "\n")
    case (.entered(_, let line, _), .simulated):
      let step = Self.keystroke(count: line.count)
      var time = now
      for character in line {
        time += step
        recorder.output(String(character), at: time)
      }
      recorder.output("\n", at: time + step)
      lineRunning = true
    case (.finished(let instant), .simulated(let epoch)):
      now = max(now, (instant - epoch).microseconds)
      lineRunning = false
      for (code, text) in held { emit(code, text, at: now) }
      held = []
    case (.finished, .wall), (.clockStarts, .wall):
      break
    case (.clockStarts(let instant), .simulated):
      timing = .simulated(epoch: instant)
    case (.stepBegins(let title), _):
      record(.marker, title)
    case (.resized(let columns, let rows), _):
      record(.resize, "\(columns)x\(rows)")
    }
  }

  private mutating func record(_ code: Asciicast.Code, _ text: String) {
    switch timing {
    case .wall: emit(code, text, at: nil)
    case .simulated:
      if lineRunning { held.append((code, text)) } else { emit(code, text, at: now) }
    }
  }

  private func emit(_ code: Asciicast.Code, _ text: String, at time: Int64?) {
    switch code {
    case .output: recorder.output(text, at: time)
    case .marker: recorder.marker(text, at: time)
    case .resize:
      recorder.record(Asciicast.Event(time: time ?? recorder.elapsed, code: .resize, data: text))
    }
  }
}
