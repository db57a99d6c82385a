/// What one kubectl command printed and how it ended; the caller (the shell) does the printing.
///
/// Output is kept as ordered chunks so a transcript interleaves stdout and stderr exactly as a
/// terminal shows them.
public struct CommandOutput: Equatable, Sendable {
  /// Which stream a chunk was written to.
  public enum Stream: Equatable, Sendable {
    case stdout
    case stderr
  }

  /// A piece of output, in the order it was written.
  public struct Chunk: Equatable, Sendable {
    public var stream: Stream
    public var text: String
    /// The kubetutor note this chunk says in English, for the shell to translate.
    public var note: SimulatorNote?

    public init(stream: Stream, text: String, note: SimulatorNote? = nil) {
      self.stream = stream
      self.text = text
      self.note = note
    }
  }

  public var chunks: [Chunk] = []
  public var exitCode: Int32 = 0
  /// Set when `kubectl exec -it POD -- /bin/bash` opened an interactive container shell: the
  /// following lines go to it until it exits.
  public var session: ExecSession?
  /// Set when Ctrl-C stopped the command while it waited (only on a terminal, with a ``Pacer``).
  public var interrupted = false

  public init() {}

  /// Everything written to stdout.
  public var stdout: String { chunks.filter { $0.stream == .stdout }.map(\.text).joined() }
  /// Everything written to stderr.
  public var stderr: String { chunks.filter { $0.stream == .stderr }.map(\.text).joined() }
  /// Both streams interleaved, as a terminal shows them.
  public var combined: String { chunks.map(\.text).joined() }

  /// Appends text to stdout.
  public mutating func out(_ text: String) {
    guard !text.isEmpty else { return }
    chunks.append(Chunk(stream: .stdout, text: text))
  }

  /// Appends text to stderr.
  public mutating func err(_ text: String) {
    guard !text.isEmpty else { return }
    chunks.append(Chunk(stream: .stderr, text: text))
  }

  /// Ctrl-C stopped the command: kubectl dies of SIGINT, which a shell reports as status 130.
  public mutating func markInterrupted() {
    interrupted = true
    exitCode = 130
  }

  /// Appends a kubetutor note (to stderr unless told), on its own line after `prefix`.
  public mutating func note(_ note: SimulatorNote, prefix: String = "", stream: Stream = .stderr) {
    chunks.append(Chunk(stream: stream, text: prefix + note.english + "\n", note: note))
  }

  public static func == (lhs: CommandOutput, rhs: CommandOutput) -> Bool {
    lhs.chunks == rhs.chunks && lhs.exitCode == rhs.exitCode
      && (lhs.session == nil) == (rhs.session == nil) && lhs.interrupted == rhs.interrupted
  }
}
