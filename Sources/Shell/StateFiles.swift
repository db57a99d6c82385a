#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How kubetutor writes the files it keeps (progress, history, a workspace's files), so that
/// a crash or a `kill -9` at any moment leaves each one whole: the old version or the new,
/// never half of one, and never a stray file beside it for long.
enum StateFiles {
  /// The temporary file a write of `path` by this process goes through: hidden, beside it
  /// (`.NAME.kubetutor-tmp-PID`), so that `ls` does not show it and a rename replaces `path`.
  static func temporaryPath(for path: String) -> String {
    let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
    return String(path[..<slash]) + "." + String(path[slash...]) + temporaryMarker
      + String(getpid())
  }

  /// What separates a temporary file's name from its process id.
  static let temporaryMarker = ".kubetutor-tmp-"

  /// Writes `text` to a temporary file beside `path`, flushes it to the disk, renames it over
  /// `path` and flushes the directory, so a crash at any moment leaves the old file or the new
  /// one. The file gets `mode` (readable by its owner only unless told otherwise).
  /// - Returns: nil, or why the file could not be written (the old one is then untouched).
  static func writeAtomically(_ text: String, to path: String, mode: mode_t = 0o600) -> String? {
    let temporary = temporaryPath(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    if let reason = writeAll(Array(text.utf8), to: descriptor) {
      close(descriptor)
      unlink(temporary)
      return reason
    }
    return commit(descriptor, temporary: temporary, to: path)
  }

  /// Flushes and closes `descriptor` (open on `temporary`), then renames `temporary` over
  /// `path` and flushes their directory.
  static func commit(_ descriptor: Int32, temporary: String, to path: String) -> String? {
    if fsync(descriptor) != 0 && errno != EINVAL {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      unlink(temporary)
      return reason
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return reason
    }
    syncDirectory(of: path)
    return nil
  }

  /// Writes every byte, retrying after signals; nil, or why it failed.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress, $0.count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      written += result
    }
    return nil
  }

  /// Flushes the directory holding `path`, so that a rename in it survives a power cut.
  static func syncDirectory(of path: String) {
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let directory = slash == path.startIndex ? "/" : String(path[..<slash])
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// Moves a damaged `path` aside (`path.damaged`, else `path.damaged-2`, …) rather than lose
  /// it: the learner or a bug report may need it. Returns where it went.
  @discardableResult
  static func setAside(_ path: String) -> String {
    var backup = path + ".damaged"
    var suffix = 1
    while access(backup, F_OK) == 0 {
      suffix += 1
      backup = path + ".damaged-\(suffix)"
    }
    rename(path, backup)
    return backup
  }

  /// Removes the temporary files in `directory` that a process killed while writing left
  /// behind (`.NAME.kubetutor-tmp-PID` whose process is gone). Those of a running kubetutor
  /// stay.
  static func removeStaleTemporaries(in directory: String) {
    guard let names = DiskFiles.directory(directory) else { return }
    for name in names {
      guard name.hasPrefix("."), let marker = name.ranges(of: temporaryMarker).last,
        let pid = Int32(name[marker.upperBound...]), pid > 0
      else { continue }
      if pid != getpid(), kill(pid, 0) == 0 || errno != ESRCH { continue }
      var info = stat()
      guard lstat(directory + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
        continue
      }
      unlink(directory + "/" + name)
    }
  }
}

/// The system call (inside a type with methods of the same name).
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
  #else
    Darwin.write(descriptor, buffer, count)
  #endif
}
