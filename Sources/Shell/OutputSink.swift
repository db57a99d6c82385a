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
}

extension OutputSink {
  public mutating func flush() {}
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
