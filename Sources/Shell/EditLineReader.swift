@preconcurrency import CEditLine
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What Tab may offer while the current line is typed (libedit's hook is a C function).
private let completionContext = Mutex(CompletionContext())

/// A ``LineReader`` on a terminal, through libedit's readline-compatible API.
///
/// Gives the prompt, line editing, history (in memory and in a history file written whole
/// through ``HistoryFile``, failing silently when it cannot be written), Ctrl-R search, tab completion from ``CompletionTable``
/// with the session's live ``CompletionContext``, and
/// Ctrl-C that cancels the line and keeps going: the "both" mode of swift-notes.md §1, where our
/// own SIGINT handler (no `SA_RESTART`) is installed and libedit's signal handling stays on so
/// that Ctrl-Z/`fg` and resizing keep working. libedit holds global state: make one per process.
/// Only use it when stdin and stdout are both terminals.
public struct EditLineReader: LineReader {
  private let historyPath: String?
  private let colour: Bool
  private var directoryReady = false
  /// The directory the process was last moved to for file completion.
  private var lastDirectory: String?

  /// Sets up libedit and loads the history file.
  ///
  /// - Parameters:
  ///   - historyPath: the history file (``StateDirectory/historyFile(environment:)``),
  ///     its directory created on the first write; `nil` keeps history in memory only.
  ///   - colour: whether the prompt is shown in bold.
  public init(historyPath: String?, colour: Bool = false) {
    self.historyPath = historyPath
    self.colour = colour
    Self.enableUTF8Input()
    rl_readline_name = UnsafePointer(strdup("kubetutor"))
    rl_attempted_completion_function = attemptCompletion
    using_history()
    stifle_history(Int32(ShellLimits.historyEntries))
    // Only a file libedit wrote (``HistoryFile/prepare(_:strings:)`` set any other aside).
    if let historyPath, HistoryFile.problem(at: historyPath) == nil {
      _ = read_history(historyPath)
    }
    InterruptSignal.install()
  }

  public var echoesInput: Bool { true }

  public var completes: Bool { true }

  /// The prompt in bold. `\u{1}…\u{2}` tell libedit the escape sequences take no room on the
  /// line; libedit drops a literal at the very end of a prompt, so the reset goes before the
  /// prompt's last character.
  static func bold(_ prompt: String) -> String {
    guard let last = prompt.last else { return prompt }
    return "\u{1}\u{1B}[1m\u{2}" + prompt.dropLast() + "\u{1}\u{1B}[0m\u{2}" + String(last)
  }

  public var columns: Int? { ShellLauncher.terminalColumns }

  public var rows: Int? { ShellLauncher.terminalRows }

  public mutating func prepareCompletion(_ context: CompletionContext) {
    completionContext.withLock { $0 = context }
    // libedit completes file names relative to the process's directory: keep it where the
    // shell is (`cd`, a lesson's workspace).
    if let directory = context.workingDirectory, directory != lastDirectory {
      if chdir(directory) == 0 { lastDirectory = directory }
    }
  }

  public mutating func readLine(prompt: String) -> LineInput {
    InterruptSignal.reset()
    let shown = colour ? Self.bold(prompt) : prompt
    guard let raw = readline(shown) else {
      // readline returns NULL for Ctrl-D and, with our handlers, for Ctrl-C and Ctrl-\.
      if InterruptSignal.take() { return .interrupt }
      return InterruptSignal.takeQuit() ? .ignored : .end
    }
    defer { free(raw) }
    let bytes = UnsafeRawBufferPointer(start: raw, count: strlen(raw))
    return .line(String(decoding: bytes, as: UTF8.self))
  }

  public mutating func remember(_ line: String) {
    _ = add_history(line)
    guard let historyPath else { return }
    if !directoryReady {
      // Created on demand, private to the learner; if that fails, history stays in memory.
      StateDirectory.create(PathResolver.resolve("..", from: historyPath))
      directoryReady = true
    }
    HistoryFile.save(to: historyPath)  // unwritable: keep going without it
  }

  /// Without a UTF-8 `LC_CTYPE` libedit silently drops multibyte input (swift-notes.md §1).
  private static func enableUTF8Input() {
    let current = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
    let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? current
    if ctype == "C" || ctype == "POSIX" {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}

/// libedit's completion hook: words from ``CompletionTable`` or, for paths, libedit's filename completion.
private let attemptCompletion:
  @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
      let word = text.map { String(cString: $0) } ?? ""
      var before = ""
      if let buffer = rl_line_buffer, start > 0 {
        let bytes = UnsafeRawBufferPointer(start: buffer, count: min(Int(start), strlen(buffer)))
        before = String(decoding: bytes, as: UTF8.self)
      }
      let context = completionContext.withLock { $0 }
      switch CompletionTable.candidates(before: before, word: word, context: context) {
      case .files:
        rl_attempted_completion_over = 0
        return nil
      case .words(let words):
        rl_attempted_completion_over = 1
        guard !words.isEmpty else { return nil }
        // A directory completes to `dir/`, ready for the next part, without a space after it.
        rl_completion_append_character =
          words.count == 1 && words[0].hasSuffix("/") ? 0 : Int32(UInt8(ascii: " "))
        return completionMatches(words, text: text)
      }
    }

/// Builds libedit's match array: the common prefix first, then each match, NULL-terminated.
private func completionMatches(_ words: [String], text: UnsafePointer<CChar>?)
  -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
{
  var prefix = words[0]
  for word in words.dropFirst() {
    while !word.hasPrefix(prefix) { prefix.removeLast() }
  }
  let entries = [prefix] + (words.count > 1 ? words : [])
  guard let array = calloc(entries.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)
  else { return nil }
  let matches = array.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  for (index, entry) in entries.enumerated() { matches[index] = strdup(entry) }
  matches[entries.count] = nil
  return matches
}
