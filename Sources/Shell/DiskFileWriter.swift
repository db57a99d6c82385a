#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saves the files the interactive shell writes into the workspace on disk: a temporary file
/// next to the target, then a rename, so a file is never seen half written. The session has
/// already refused any path outside its workspace.
public struct DiskFileWriter: FileWriter {
  public init() {}

  public func write(_ contents: String, to path: String) throws(FileWriteError) {
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let directory = slash == path.startIndex ? "/" : String(path[..<slash])
    var info = stat()
    guard stat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw FileWriteError(message: "No such file or directory")
    }
    let temporary = path + ".kubetutor-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
        unlink(temporary)
        throw FileWriteError(message: Self.reason(failure))
      }
      written += result
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let failure = errno
      unlink(temporary)
      throw FileWriteError(message: Self.reason(failure))
    }
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
