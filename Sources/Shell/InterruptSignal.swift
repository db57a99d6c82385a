import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C, as the process's SIGINT handler records it.
///
/// One handler serves both libedit (Ctrl-C while typing: the line is dropped) and a command that
/// waits on a terminal (Ctrl-C stops it, see ``LivePacer``); the shell itself never dies of it.
enum InterruptSignal {
  private static let received = Atomic<Bool>(false)
  private static let quitReceived = Atomic<Bool>(false)
  private static let suspendReceived = Atomic<Bool>(false)
  private static let resizeReceived = Atomic<Bool>(false)

  /// Installs a SIGWINCH handler (present mode redraws its screen at the new width).
  static func installResizeHandler() {
    set(SIGWINCH) { _ in InterruptSignal.resizeReceived.store(true, ordering: .relaxed) }
  }

  /// Whether the terminal was resized since the last call; forgets it.
  static func takeResize() -> Bool { resizeReceived.exchange(false, ordering: .relaxed) }

  /// Installs the handlers, without `SA_RESTART` so that libedit's `read()` and our sleeps
  /// return at once (swift-notes.md §1, the "both" mode).
  static func install() {
    set(SIGINT) { _ in InterruptSignal.received.store(true, ordering: .relaxed) }
    // Ctrl-\ (SIGQUIT): an interactive bash ignores it, and so does this shell, which would
    // otherwise die with the learner's cluster (or print the Swift runtime's backtrace). A
    // handler rather than SIG_IGN, because libedit's read still returns on it and the reader
    // must tell that from Ctrl-D.
    set(SIGQUIT) { _ in InterruptSignal.quitReceived.store(true, ordering: .relaxed) }
  }

  /// Installs the Ctrl-Z handler used while a command waits: the wait notices it, tidies the
  /// terminal and stops the process itself (libedit handles Ctrl-Z at the prompt on its own).
  static func installSuspendHandler() {
    set(SIGTSTP) { _ in InterruptSignal.suspendReceived.store(true, ordering: .relaxed) }
  }

  /// Gives Ctrl-Z back its default action once the command is over: libedit, at the prompt,
  /// passes it on to whatever handler it finds and would otherwise never stop the shell.
  static func restoreDefaultSuspend() {
    set(SIGTSTP, SIG_DFL)
  }

  private static func set(_ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }

  /// Whether Ctrl-Z came since the last call; forgets it.
  static func takeSuspend() -> Bool { suspendReceived.exchange(false, ordering: .relaxed) }

  /// Whether Ctrl-\ came since the last ``reset()``; forgets it.
  static func takeQuit() -> Bool { quitReceived.exchange(false, ordering: .relaxed) }

  /// Forgets an earlier Ctrl-C.
  static func reset() {
    received.store(false, ordering: .relaxed)
    suspendReceived.store(false, ordering: .relaxed)
    quitReceived.store(false, ordering: .relaxed)
  }

  /// Whether Ctrl-C came since the last ``reset()`` or ``take()``; forgets it.
  static func take() -> Bool { received.exchange(false, ordering: .relaxed) }

  /// Whether Ctrl-C came since the last ``reset()``, without forgetting it.
  static var isSet: Bool { received.load(ordering: .relaxed) }
}
