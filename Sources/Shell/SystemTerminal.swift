import Kubectl
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal of the interactive shell (``LiveTerminal``): Ctrl-C from the SIGINT
/// handler, `nanosleep`, the indicator drawn on stderr with `\r` and erase-line.
///
/// While a command waits, the terminal echoes nothing (`ECHO` and `ECHOCTL` off): the shell
/// prints its own `^C` line once the command has stopped, where bash would, and what the learner
/// types ahead waits for the next prompt, where libedit shows it, instead of landing in the
/// indicator's line.
public final class SystemTerminal: LiveTerminal {
  private struct State {
    var indicatorShown = false
    var indicator = ""
    var savedModes: termios?
  }

  private let state = Mutex(State())
  private let colour: Bool
  private let showsIndicator: Bool
  private let columns: @Sendable () -> Int
  private let recorder: CastRecorder?

  /// - Parameters:
  ///   - colour: whether the indicator may be dimmed (a terminal, no `NO_COLOR`).
  ///   - indicator: whether the terminal can redraw a line (`TERM` is not `dumb`); without it
  ///     waits are silent.
  ///   - columns: the terminal's width now; the indicator never wraps.
  ///   - recorder: where what this terminal writes is also recorded (`--record`).
  public init(
    colour: Bool, indicator: Bool = true, columns: @escaping @Sendable () -> Int,
    recorder: CastRecorder? = nil
  ) {
    self.recorder = recorder
    self.colour = colour
    self.showsIndicator = indicator
    self.columns = columns
  }

  public func commandStarts() {
    InterruptSignal.installSuspendHandler()
    InterruptSignal.reset()
  }

  public func interrupted() -> Bool { InterruptSignal.isSet }

  public func pause(_ duration: Duration) {
    quietenEcho()
    let (seconds, attoseconds) = duration.components
    var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    _ = nanosleep(&request, nil)  // a signal ends it early: the caller checks Ctrl-C
    if InterruptSignal.takeSuspend() { suspend() }
  }

  /// Ctrl-Z while waiting: the terminal as the parent shell expects it, then stop; on `fg`
  /// the wait goes on quietly again and redraws its indicator.
  private func suspend() {
    commandEnds()
    state.withLock { $0.indicator = "" }
    kill(getpid(), SIGSTOP)
    InterruptSignal.installSuspendHandler()
    quietenEcho()
  }

  public func indicate(_ text: String) {
    quietenEcho()
    guard showsIndicator else { return }
    let fitted = Self.fit(text, width: max(columns() - 1, 10))
    let line = colour ? "\r\u{1B}[2m\(fitted)\u{1B}[0m\u{1B}[K" : "\r\(fitted)\u{1B}[K"
    let unchanged = state.withLock { state in
      defer {
        state.indicatorShown = true
        state.indicator = line
      }
      return state.indicatorShown && state.indicator == line
    }
    if !unchanged { show(STDERR_FILENO, line) }
  }

  public func write(_ text: String, to stream: CommandOutput.Stream) {
    eraseIndicator()
    show(stream == .stdout ? STDOUT_FILENO : STDERR_FILENO, text)
  }

  public func commandEnds() {
    InterruptSignal.restoreDefaultSuspend()
    eraseIndicator()
    state.withLock { state in
      if var modes = state.savedModes {
        _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &modes)
        state.savedModes = nil
      }
    }
  }

  private func eraseIndicator() {
    let shown = state.withLock { state in
      defer { state.indicatorShown = false }
      return state.indicatorShown
    }
    if shown { show(STDERR_FILENO, "\r\u{1B}[K") }
  }

  /// Writes `text` to the terminal and to the recording.
  private func show(_ descriptor: Int32, _ text: String) {
    Self.writeAll(descriptor, text)
    recorder?.output(text)
    recorder?.flush()  // a long wait's output is on disk should the session be killed
  }

  /// Switches echo off for the rest of the command.
  private func quietenEcho() {
    state.withLock { state in
      guard state.savedModes == nil else { return }
      var modes = termios()
      guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
      state.savedModes = modes
      modes.c_lflag &= ~tcflag_t(ECHOCTL | ECHO)
      _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &modes)
    }
  }

  /// `text` in `width` terminal columns: what the command waits for is shortened first, so the
  /// elapsed time and the Ctrl-C hint after the first ` · ` stay in view.
  static func fit(_ text: String, width: Int) -> String {
    guard ColumnLayout.displayWidth(text) > width else { return text }
    if let dot = text.range(of: " · ") {
      let tail = String(text[dot.lowerBound...])
      let room = width - ColumnLayout.displayWidth(tail) - 1
      if room >= 8 { return cut(String(text[..<dot.lowerBound]), width: room) + "…" + tail }
      // Too narrow for the activity: the time and the hint alone.
      let bare = "…" + tail.dropFirst(" · ".count - 1)
      if ColumnLayout.displayWidth(bare) <= width { return bare }
    }
    return cut(text, width: width)
  }

  /// The first `width` columns of `text`.
  private static func cut(_ text: String, width: Int) -> String {
    var used = 0
    var result = ""
    for character in text {
      let size = ColumnLayout.displayWidth(String(character))
      guard used + size <= width else { break }
      used += size
      result.append(character)
    }
    return result
  }

  private static func writeAll(_ descriptor: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return -1 }
        return writeBytes(descriptor, base + offset, buffer.count - offset)
      }
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return
      }
    }
  }
}
