import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The built `kubetutor` on a pseudo-terminal of its own: the interactive shell (libedit, the
/// wall clock, progress and history on disk) without tmux, for tests that type at it and kill
/// it. What it prints is read all the time (a full terminal would stop it) and kept.
final class PseudoTerminal: Sendable {
  let process: Process
  private let master: Int32
  private let screen = ScreenText()

  /// Starts `kubetutor ARGUMENTS` in `directory` with exactly `environment` (plus `PATH`).
  init(_ arguments: [String], directory: String, environment: [String: String]) throws {
    let master = openPseudoTerminal(O_RDWR | O_NOCTTY)
    guard master >= 0, grantPseudoTerminal(master) == 0, unlockPseudoTerminal(master) == 0,
      let name = pseudoTerminalName(master)
    else { throw Failure(problem: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
    let slavePath = String(cString: name)
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slave = open(slavePath, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw Failure(problem: "cannot open \(slavePath)") }
    self.master = master
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var variables = environment
    variables["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    process.environment = variables
    // Closed by hand once the child has it, below: a handle that also closed it when the
    // Process went away would close whatever descriptor had that number by then (a later
    // terminal's master), and that terminal would see nothing.
    let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = handle
    self.process = process
    let screen = self.screen
    // The reader alone closes the master, once the program's side is gone (reads fail): if
    // anything closed it sooner, a later terminal could get the same descriptor number and this
    // reader would take that terminal's output.
    let reader = Thread {
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else {
          close(master)
          return
        }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        screen.text.withLock { $0 += text }
      }
    }
    try process.run()
    close(slave)
    reader.start()
  }

  /// Everything the program has written so far.
  var output: String { screen.text.withLock { $0 } }

  /// Types `text` (a line ends with `\r`, as the Enter key sends).
  func type(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Waits until the output holds `text`; false after `timeout` seconds.
  func wait(for text: String, timeout: Double = 30) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if output.contains(text) { return true }
      usleep(10_000)
    }
    return false
  }

  /// Sends `signal` and waits for the process to end.
  func kill(_ signal: Int32) {
    _ = Glibc.kill(process.processIdentifier, signal)
    process.waitUntilExit()
  }

  /// Waits for the process to end by itself; false after `timeout` seconds (then it is killed).
  func waitForExit(timeout: Double = 30) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    guard process.isRunning else { return true }
    kill(SIGKILL)
    return false
  }

  deinit {
    if process.isRunning { kill(SIGKILL) }
  }

  struct Failure: Error, CustomStringConvertible {
    var problem: String
    var description: String { problem }
  }
}

// Glibc's module map leaves out the pseudo-terminal calls (they need _XOPEN_SOURCE).
@_silgen_name("posix_openpt")
private func openPseudoTerminal(_ flags: Int32) -> Int32
@_silgen_name("grantpt")
private func grantPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt")
private func unlockPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname")
private func pseudoTerminalName(_ descriptor: Int32) -> UnsafeMutablePointer<CChar>?

/// What a pseudo-terminal's program wrote, shared with the thread that reads it.
private final class ScreenText: Sendable {
  let text = Mutex("")
}
