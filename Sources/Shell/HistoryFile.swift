@preconcurrency import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shell's history file (``StateDirectory/historyFile(environment:)``), in libedit's
/// format: a `_HiStOrY_V2_` line, then one line per entry, its special characters escaped
/// (`\040` for a space), so the file is printable UTF-8 text.
///
/// libedit reads whatever it is given (a NUL cuts an entry short, a 5 MB line becomes an
/// entry, a file without the first line is ignored and then overwritten), so the file is
/// checked first and set aside when it is not one libedit wrote; it is written through a
/// temporary file and a rename, so a crash never leaves half of it.
enum HistoryFile {
  /// The first line libedit writes.
  static let cookie = "_HiStOrY_V2_"

  /// Why the file at `path` is not a history file libedit wrote; nil when it is one, or when
  /// there is none.
  static func problem(at path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    guard info.st_mode & S_IFMT == S_IFREG else { return "not a regular file" }
    guard Int(info.st_size) <= ShellLimits.historyFileBytes else {
      return "larger than \(ShellLimits.historyFileBytes) bytes"
    }
    guard let bytes = readBytes(path) else { return "unreadable" }
    return problem(in: bytes)
  }

  /// Why `bytes` are not a history file libedit wrote (nil: they are, or they are empty).
  static func problem(in bytes: [UInt8]) -> String? {
    guard !bytes.isEmpty else { return nil }
    guard bytes.count <= ShellLimits.historyFileBytes else {
      return "larger than \(ShellLimits.historyFileBytes) bytes"
    }
    if bytes.contains(0) { return "it holds NUL bytes" }
    guard String(validating: bytes, as: UTF8.self) != nil else { return "it is not UTF-8 text" }
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard let first = lines.first, first.elementsEqual(cookie.utf8) else {
      return "it does not start with \(cookie)"
    }
    // An entry is escaped into at most four bytes per byte.
    if lines.contains(where: { $0.count > 4 * ShellLimits.historyLineBytes }) {
      return "a line is longer than \(4 * ShellLimits.historyLineBytes) bytes"
    }
    return nil
  }

  /// Sets a damaged history file aside (``StateFiles/setAside(_:)``) and removes what a
  /// killed kubetutor left behind; the warning to show, if any.
  static func prepare(_ path: String, strings: UIStrings) -> String? {
    StateFiles.removeStaleTemporaries(in: PathResolver.resolve("..", from: path))
    guard let reason = problem(at: path) else { return nil }
    let backup = StateFiles.setAside(path)
    return strings.text(.historyDamaged, ["path": path, "reason": reason, "backup": backup])
  }

  /// Writes libedit's history to `path` whole: into a temporary file beside it, flushed, then
  /// renamed over it. Returns whether it was written.
  @discardableResult
  static func save(to path: String) -> Bool {
    let temporary = StateFiles.temporaryPath(for: path)
    guard write_history(temporary) == 0 else {
      unlink(temporary)
      return false
    }
    let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      unlink(temporary)
      return false
    }
    return StateFiles.commit(descriptor, temporary: temporary, to: path) == nil
  }

  /// The file's bytes (it is small: its size was checked).
  private static func readBytes(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= ShellLimits.historyFileBytes {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[0..<count]
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        break
      }
    }
    return bytes
  }
}
