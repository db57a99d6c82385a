#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saves the files the interactive shell writes into the workspace on disk, as bash's `>`
/// does (an existing file keeps its mode, and a symbolic link inside the workspace is written
/// through) but whole: the new contents replace the old in one rename, so a crash never
/// leaves half a file (a hard link to the old file keeps the old contents). The session has already refused any path outside its workspace by name;
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
    // A link inside the workspace is written through: its target is the file replaced.
    var info = stat()
    let isLink = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    let target = isLink ? Self.realPath(path) ?? path : path
    let slash = target.lastIndex(of: "/") ?? target.startIndex
    let directory = slash == target.startIndex ? "/" : String(target[..<slash])
    guard stat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw FileWriteError(message: "No such file or directory")
    }
    if stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      throw FileWriteError(message: "Is a directory")
    }
    // The new contents go to a temporary file that replaces the old one whole (a crash
    // leaves one or the other); an existing file keeps its mode, as with bash's `>`.
    let existingMode = stat(target, &info) == 0 ? info.st_mode & 0o7777 : nil
    let temporary = StateFiles.temporaryPath(for: target)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileWriteError(message: Self.reason(errno)) }
    if let existingMode { _ = fchmod(descriptor, existingMode) }
    if StateFiles.writeAll(Array(contents.utf8), to: descriptor) != nil {
      let failure = errno
      close(descriptor)
      unlink(temporary)
      throw FileWriteError(message: Self.reason(failure))
    }
    if let reason = StateFiles.commit(descriptor, temporary: temporary, to: target) {
      throw FileWriteError(message: reason)
    }
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
