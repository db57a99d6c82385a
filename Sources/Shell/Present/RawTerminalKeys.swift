#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal's modes before raw mode, for the signal handler that puts them back.
/// Written once before the handler is installed; read only by the handler.
nonisolated(unsafe) private var modesBeforePresent = termios()

/// SIGTERM or SIGHUP while present mode has the terminal: the modes back, the alternate
/// screen left (both async-signal-safe), then the signal's own ending.
private let leaveTerminalAndDie: @convention(c) (Int32) -> Void = { number in
  _ = tcsetattr(STDIN_FILENO, TCSANOW, &modesBeforePresent)
  let leave: [UInt8] = [0x1B, 0x5B, 0x3F, 0x31, 0x30, 0x34, 0x39, 0x6C]  // ESC [?1049l
  _ = leave.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  signal(number, SIG_DFL)
  raise(number)
}

/// The keys of the real terminal for present mode: stdin in raw mode (no echo, no line
/// buffering, Ctrl-C a key rather than a signal), read with `poll` so that typing can wait
/// between keystrokes and still hear the presenter.
///
/// Output processing stays on, so `\n` still returns to the first column. ``restore()`` puts
/// the terminal back as it was; call it before the process ends.
public final class RawTerminalKeys: KeySource {
  private var saved: termios?
  private var decoder = KeyDecoder()
  private let columnsNow: () -> Int
  private let rowsNow: () -> Int

  /// Puts stdin into raw mode.
  public init(columns: @escaping () -> Int, rows: @escaping () -> Int) {
    columnsNow = columns
    rowsNow = rows
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
    saved = modes
    modesBeforePresent = modes
    for signal in [SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = leaveTerminalAndDie
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
    }
    modes.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    modes.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &modes.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &modes)
    InterruptSignal.installResizeHandler()
  }

  public var columns: Int { columnsNow() }

  public var rows: Int { rowsNow() }

  public func keys(within timeout: Duration?) -> [TerminalKey] {
    var milliseconds: Int32 = -1
    if let timeout {
      let (seconds, attoseconds) = timeout.components
      milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
    while true {
      // A resize that came while the screen was drawn (not during the poll) counts too.
      if InterruptSignal.takeResize() { return [.resize] }
      var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, milliseconds)
      if ready < 0 && errno == EINTR {
        if InterruptSignal.takeResize() { return [.resize] }
        if timeout != nil { return [] }
        continue
      }
      guard ready > 0 else { return [] }
      var buffer = [UInt8](repeating: 0, count: 256)
      let count = read(STDIN_FILENO, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      // The terminal went away: as good as Ctrl-D.
      guard count > 0 else { return [.endOfInput] }
      let keys = decoder.decode(Array(buffer[..<count]))
      if !keys.isEmpty || timeout != nil { return keys }
    }
  }

  /// Puts the terminal back in the modes it had.
  public func restore() {
    guard var modes = saved else { return }
    _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &modes)
    saved = nil
    signal(SIGTERM, SIG_DFL)
    signal(SIGHUP, SIG_DFL)
  }

  deinit { restore() }
}
