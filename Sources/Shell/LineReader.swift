/// What a ``LineReader`` got from the learner.
public enum LineInput: Equatable, Sendable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed was dropped.
  case interrupt
  /// Ctrl-D on an empty line, or the end of a script.
  case end
  /// A key the shell ignores stopped the line (Ctrl-\): a fresh prompt, nothing else.
  case ignored
  /// A line longer than ``ShellLimits/lineBytes``, dropped unread: its length in bytes.
  case tooLong(Int)
}

/// A source of typed lines: libedit on a terminal, a file or pipe otherwise, an array in tests.
public protocol LineReader {
  /// Whether the reader shows the prompt and the typed line itself (a terminal does).
  ///
  /// When false, the loop writes `prompt + line + "\n"` into the transcript, so the output of
  /// `kubetutor run` looks like the screen of someone typing those lines.
  var echoesInput: Bool { get }
  /// Reads the next line, showing `prompt` if the reader is interactive.
  mutating func readLine(prompt: String) -> LineInput
  /// Records a line the shell ran, for Up-arrow recall; readers without history ignore it.
  mutating func remember(_ line: String)
  /// Whether the reader offers Tab completion (and so wants ``prepareCompletion(_:)``).
  var completes: Bool { get }
  /// Gives the reader what Tab may offer while the next line is typed.
  mutating func prepareCompletion(_ context: CompletionContext)
  /// The width of the terminal now (it follows window resizes); nil when not a terminal.
  var columns: Int? { get }
  /// The height of the terminal now; nil when not a terminal.
  var rows: Int? { get }
}

extension LineReader {
  public mutating func remember(_ line: String) {}
  public var completes: Bool { false }
  public mutating func prepareCompletion(_ context: CompletionContext) {}
  public var columns: Int? { nil }
  public var rows: Int? { nil }
}

/// A ``LineReader`` over a fixed list of lines: transcript tests.
public struct ScriptedLineReader: LineReader, Sendable {
  private var inputs: [LineInput]
  private var position = 0

  /// Reads `lines` in order, then reports the end.
  public init(_ lines: [String]) {
    self.inputs = lines.map { .line($0) }
  }

  /// Reads `inputs` in order (lines, interrupts, an early end), then reports the end.
  public init(inputs: [LineInput]) {
    self.inputs = inputs
  }

  /// Splits a script into lines the way ``StreamLineReader`` does (a final line without `\n` counts).
  public init(script: String) {
    var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if script.hasSuffix("\n") || script.isEmpty { lines.removeLast() }
    self.init(lines)
  }

  public var echoesInput: Bool { false }

  public mutating func readLine(prompt: String) -> LineInput {
    guard position < inputs.count else { return .end }
    defer { position += 1 }
    return inputs[position]
  }
}
