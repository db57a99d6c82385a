import Container
import Kubectl
import Synchronization

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

/// Passes on at most a budget of bytes written to it (``ShellLimits/outputBytes`` for one
/// command line) and counts the rest, so that a command printing without end (a fork bomb's
/// errors, a huge log) cannot flood the screen or a transcript.
struct BoundedSink<Base: OutputSink>: OutputSink {
  var base: Base
  /// Bytes that may still pass.
  private(set) var remaining: Int
  /// Bytes left out.
  private(set) var dropped = 0
  /// Whether what passed ends a line (the note about the rest then starts one of its own).
  private(set) var endsLine = true

  init(base: Base, limit: Int) {
    self.base = base
    self.remaining = limit
  }

  mutating func write(_ text: String, to stream: CommandOutput.Stream) {
    let count = text.utf8.count
    if dropped == 0, count <= remaining {
      remaining -= count
      if count > 0 { endsLine = text.utf8.last == UInt8(ascii: "\n") }
      base.write(text, to: stream)
      return
    }
    if dropped == 0 {
      let kept = Self.prefix(of: text, bytes: remaining)
      if !kept.isEmpty { endsLine = kept.utf8.last == UInt8(ascii: "\n") }
      base.write(kept, to: stream)
      dropped = count - kept.utf8.count
      remaining = 0
      return
    }
    dropped += count
  }

  mutating func flush() { base.flush() }

  mutating func note(_ moment: SessionMoment) { base.note(moment) }

  /// The start of `text` that fits in `bytes`: up to its last whole line that fits, else to a
  /// character boundary.
  static func prefix(of text: String, bytes: Int) -> String {
    let utf8 = text.utf8
    guard bytes < utf8.count else { return text }
    var end = utf8.index(utf8.startIndex, offsetBy: max(0, bytes))
    if let newline = utf8[..<end].lastIndex(of: UInt8(ascii: "\n")) {
      end = utf8.index(after: newline)
    } else {
      while end > utf8.startIndex, String.Index(end, within: text.unicodeScalars) == nil {
        end = utf8.index(before: end)
      }
    }
    return String(String.UnicodeScalarView(text.unicodeScalars[..<end]))
  }
}

/// The output budget of one paced command's streamed text (``ShellLimits/outputBytes``),
/// shared by the copies of its ``LivePacer``.
final class StreamBudget: Sendable {
  private let state = Mutex((remaining: ShellLimits.outputBytes, dropped: 0, endsLine: true))

  /// The part of `text` that may still be shown; the rest is counted.
  func admit(_ text: String) -> String {
    state.withLock { state in
      let count = text.utf8.count
      let kept =
        state.dropped == 0 && count <= state.remaining
        ? text
        : state.dropped == 0
          ? BoundedSink<TranscriptBuffer>.prefix(of: text, bytes: state.remaining) : ""
      if !kept.isEmpty { state.endsLine = kept.utf8.last == UInt8(ascii: "\n") }
      state.remaining -= kept.utf8.count
      state.dropped += count - kept.utf8.count
      return kept
    }
  }

  /// Bytes left out so far.
  var dropped: Int { state.withLock { $0.dropped } }
  /// Whether what was shown ends a line.
  var endsLine: Bool { state.withLock { $0.endsLine } }
}
