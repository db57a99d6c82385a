import Container
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an asciicast v2 recording (``Asciicast``) as a session goes on: to a file, line by
/// line, so that what was recorded before a crash stays playable; or in memory, for the site.
///
/// Shared by everything that writes to the screen (the session's sink, the live terminal,
/// present mode), hence a class; its state is behind a lock.
public final class CastRecorder: Sendable {
  private struct State {
    var descriptor: Int32?
    var pending: [UInt8] = []
    /// In memory: the events so far.
    var events: [Asciicast.Event] = []
    /// The latest event time: events never go back in time.
    var last: Int64 = 0
    var failure: String?
  }

  private let state: Mutex<State>
  private let clock: (any WallClock)?
  private let start: Instant?
  /// In memory: the header (nil when writing to a file).
  private let header: Asciicast.Header?

  /// Starts a recording into the file at `path` (created or truncated, mode 0644), timed by
  /// `clock` when events are recorded without a time.
  public init(path: String, header: Asciicast.Header, clock: (any WallClock)? = nil)
    throws(RecordingError)
  {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw RecordingError(path: path, reason: String(cString: strerror(errno)))
    }
    state = Mutex(State(descriptor: descriptor))
    self.clock = clock
    start = clock?.now()
    self.header = nil
    append(Asciicast.line(for: header))
    flush()
  }

  /// Starts a recording kept in memory (``text``), with times given by the caller.
  public init(header: Asciicast.Header) {
    state = Mutex(State())
    clock = nil
    start = nil
    self.header = header
  }

  /// Microseconds since the recording began, by its clock (0 without one).
  public var elapsed: Int64 {
    guard let clock, let start else { return 0 }
    return (clock.now() - start).microseconds
  }

  /// Records text written to the screen, at `time` (microseconds) or now.
  public func output(_ text: String, at time: Int64? = nil) {
    guard !text.isEmpty else { return }
    record(
      Asciicast.Event(time: time ?? elapsed, code: .output, data: Asciicast.terminalText(text)))
  }

  /// Records a chapter marker named `label`, at `time` (microseconds) or now.
  public func marker(_ label: String, at time: Int64? = nil) {
    record(Asciicast.Event(time: time ?? elapsed, code: .marker, data: label))
  }

  /// The time of the latest event (microseconds).
  public var latest: Int64 { state.withLock { $0.last } }

  /// Pushes recorded lines to the file.
  public func flush() {
    state.withLock { state in
      guard let descriptor = state.descriptor, !state.pending.isEmpty, state.failure == nil else {
        state.pending.removeAll()  // nothing more reaches a file that failed
        return
      }
      var offset = 0
      while offset < state.pending.count {
        let written = state.pending[offset...].withUnsafeBytes { bytes -> Int in
          guard let base = bytes.baseAddress else { return 0 }
          return writeBytes(descriptor, base, bytes.count)
        }
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          state.failure = String(cString: strerror(errno))
          break
        }
      }
      state.pending.removeAll(keepingCapacity: true)
    }
  }

  /// Ends the recording: flushes and closes the file.
  /// - Returns: why the recording is incomplete, if a write failed.
  @discardableResult
  public func finish() -> String? {
    flush()
    return state.withLock { state in
      if let descriptor = state.descriptor {
        if fsync(descriptor) != 0 && errno != EINVAL && state.failure == nil {
          state.failure = String(cString: strerror(errno))
        }
        close(descriptor)
        state.descriptor = nil
      }
      return state.failure
    }
  }

  /// The events so far (in-memory recordings only).
  public var events: [Asciicast.Event] { state.withLock { $0.events } }

  /// The recording so far (in-memory recordings only), one line per event, ending in a newline.
  public var text: String {
    guard let header else { return "" }
    return Asciicast.text(header: header, events: events)
  }

  /// Records `event`, no earlier than the one before it.
  func record(_ event: Asciicast.Event) {
    let full = state.withLock { state in
      // Events never go back in time: the time is fixed and the line kept under one lock, so
      // writers on several threads keep their order.
      var event = event
      state.last = max(state.last, event.time)
      event.time = state.last
      if header != nil {
        state.events.append(event)
        return false
      }
      guard state.failure == nil else { return false }  // a failed file takes no more
      state.pending.append(contentsOf: Asciicast.line(at: event.time, event.code, event.data).utf8)
      state.pending.append(UInt8(ascii: "\n"))
      return state.pending.count >= 1 << 16
    }
    if full { flush() }
  }

  private func append(_ line: String) {
    let full = state.withLock { state in
      state.pending.append(contentsOf: line.utf8)
      state.pending.append(UInt8(ascii: "\n"))
      return state.pending.count >= 1 << 16
    }
    if full { flush() }
  }
}

/// A recording could not be started: the file and why.
public struct RecordingError: Error, Equatable, Sendable {
  public var path: String
  public var reason: String

  /// The message, as kubetutor prints it.
  public var message: String { "kubetutor: cannot record to '\(path)': \(reason)\n" }
}

extension Duration {
  /// The duration in whole microseconds.
  var microseconds: Int64 {
    let (seconds, attoseconds) = components
    return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
  }
}
