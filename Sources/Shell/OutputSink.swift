import Container
import Kubectl

/// Where a ``ShellSession`` writes what the screen shows, in order.
///
/// The session never prints: it hands every piece of text, tagged with its stream, to a sink.
/// The CLI's sinks write to file descriptors; tests collect into a ``TranscriptBuffer``.
public protocol OutputSink {
  /// Receives `text` written to `stream`, in the order the session produced it.
  mutating func write(_ text: String, to stream: CommandOutput.Stream)
  /// Called after each line has run: a chance to push buffered text to the screen.
  mutating func flush()
  /// Receives a moment of the session that is not text of its own (a prompt shown, a line
  /// entered, a step begun): what a recording needs to place the text in time.
  mutating func note(_ moment: SessionMoment)
}

extension OutputSink {
  public mutating func flush() {}

  /// By default a line entered where nothing echoes it (a script, a pipe) is written after
  /// its prompt, as a terminal would show it, so the output is a transcript; other moments
  /// leave no text.
  public mutating func note(_ moment: SessionMoment) {
    if case .entered(let prompt, let line, echoed: false) = moment {
      write(prompt + line + "\n", to: .stdout)
    }
  }
}

/// A moment of a session that a sink may want besides the text: see ``OutputSink/note(_:)``.
public enum SessionMoment: Equatable, Sendable {
  /// The reader is about to wait for a line after showing `prompt`.
  case prompted(String)
  /// `line` was entered after `prompt`; `echoed` when the terminal already shows it.
  case entered(prompt: String, line: String, echoed: Bool)
  /// The line has run; the simulated clock now reads `at`.
  case finished(at: Instant)
  /// The simulated clock reads `at` before the first line (a lesson's earlier steps were
  /// replayed): a recording's time starts there.
  case clockStarts(at: Instant)
  /// A lesson step begins (the title a recording's chapter marker takes).
  case stepBegins(String)
  /// The terminal is now `columns` wide and `rows` high.
  case resized(columns: Int, rows: Int)
}

/// An ``OutputSink`` that keeps everything in memory: the transcript tests compare.
public struct TranscriptBuffer: OutputSink, Sendable {
  /// Every write, in order.
  public private(set) var chunks: [CommandOutput.Chunk] = []

  public init() {}

  public mutating func write(_ text: String, to stream: CommandOutput.Stream) {
    guard !text.isEmpty else { return }
    chunks.append(CommandOutput.Chunk(stream: stream, text: text))
  }

  /// Both streams interleaved, as a terminal shows them.
  public var text: String { chunks.map(\.text).joined() }
  /// Only what went to stdout.
  public var stdout: String { chunks.filter { $0.stream == .stdout }.map(\.text).joined() }
  /// Only what went to stderr.
  public var stderr: String { chunks.filter { $0.stream == .stderr }.map(\.text).joined() }
}
