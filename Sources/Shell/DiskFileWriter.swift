#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saves the files the interactive shell writes into the workspace on disk, in place as bash's
/// `>` does: an existing file keeps its mode, and a symbolic link inside the workspace is
/// written through. The session has already refused any path outside its workspace by name;
/// ``allows(_:)`` also refuses one that a symbolic link leads out of it.
public struct DiskFileWriter: FileWriter {
  /// The workspace, with its own links resolved.
  private let root: String

  /// - Parameter root: the workspace (the directory the shell started in).
  public init(root: String) {
    self.root = Self.realPath(root) ?? root
  }

  public func allows(_ path: String) -> Bool {
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let directory = slash == path.startIndex ? "/" : String(path[..<slash])
    // The file itself may be a link (an editor would follow it), else its directory decides.
    var info = stat()
    let target =
      lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
      ? Self.realPath(path) : Self.realPath(directory).map { $0 + "/" }
    guard let target else { return true }  // missing: the write itself will fail
    return target.hasPrefix(root == "/" ? "/" : root + "/")
  }

  public func write(_ contents: String, to path: String) throws(FileWriteError) {
    guard allows(path) else {
      throw FileWriteError(message: "a symbolic link leads outside the workspace")
    }
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let directory = slash == path.startIndex ? "/" : String(path[..<slash])
    var info = stat()
    guard stat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw FileWriteError(message: "No such file or directory")
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileWriteError(message: Self.reason(errno)) }
    let bytes = Array(contents.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress, $0.count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        let failure = errno
        close(descriptor)
        throw FileWriteError(message: Self.reason(failure))
      }
      written += result
    }
    close(descriptor)
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "Permission denied"
    case ENOENT: "No such file or directory"
    case EISDIR: "Is a directory"
    case ENOSPC: "No space left on device"
    default: String(cString: strerror(code))
    }
  }
}

/// The system call (the struct's own `write` hides it inside the type).
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
  #else
    Darwin.write(descriptor, buffer, count)
  #endif
}
