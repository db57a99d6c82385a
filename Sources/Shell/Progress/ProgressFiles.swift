import Container
import Lessons

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the paths given to `kubetutor progress report` into ``ProgressSource`` values.
///
/// A directory stands for its `*.json` entries (not recursively, hidden files skipped, in byte
/// order). Nothing here is fatal: a path that cannot be read becomes a source carrying its
/// ``ProgressFileProblem``. Files larger than ``ProgressFile/maximumSize`` are not read at
/// all, and devices and pipes are opened only without blocking and never read.
public enum ProgressFiles {
  /// The sources for `paths`, in the order given, directories expanded; a path given twice is
  /// read once.
  public static func read(_ paths: [String]) -> [ProgressSource] {
    var sources: [ProgressSource] = []
    var seen: Set<String> = []
    for path in paths {
      let files = expand(path)
      if files.isEmpty, seen.insert(path).inserted {
        sources.append(ProgressSource(path: path, contents: .problem(.noJSONFiles)))
      }
      for file in files where seen.insert(file).inserted {
        sources.append(ProgressSource(path: file, contents: contents(of: file)))
      }
    }
    return sources
  }

  /// `path` itself, or for a directory, its `*.json` entries (none for an empty one).
  static func expand(_ path: String) -> [String] {
    guard isDirectory(path), let names = entries(path) else { return [path] }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    return names.map { prefix + $0 }
  }

  /// The `*.json` names in a directory, sorted; nil when it cannot be listed.
  static func entries(_ path: String) -> [String]? {
    DiskFiles.directory(path)?.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// One file's bytes and modification time, or why not.
  static func contents(of path: String) -> ProgressSource.Contents {
    if isDirectory(path) {
      return entries(path) == nil ? .problem(unreadable(errno)) : .problem(.isDirectory)
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      return .problem(errno == ENOENT || errno == ENOTDIR ? .missing : unreadable(errno))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .problem(unreadable(errno)) }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .problem(.isDirectory)
    case S_IFREG: break
    default: return .problem(.notRegularFile)
    }
    guard info.st_size <= ProgressFile.maximumSize else {
      return .problem(.tooLarge(Int(info.st_size)))
    }
    // Read in chunks (the size stat gives may be wrong), never more than one byte past the limit.
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var count = 0
    while count <= ProgressFile.maximumSize {
      let read = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
      if read > 0 {
        bytes.append(contentsOf: chunk[..<min(read, ProgressFile.maximumSize + 1 - count)])
        count = bytes.count
      } else if read == 0 {
        break
      } else if errno != EINTR {
        return .problem(unreadable(errno))
      }
    }
    guard count <= ProgressFile.maximumSize else { return .problem(.tooLarge(count)) }
    let modified = Instant(
      milliseconds: Int64(info.st_mtim.tv_sec) * 1000 + Int64(info.st_mtim.tv_nsec) / 1_000_000)
    return .bytes(bytes, modified: modified)
  }

  private static func unreadable(_ code: Int32) -> ProgressFileProblem {
    .unreadable(String(cString: strerror(code)))
  }
}

/// `read(2)`, reachable from a function with a local named `read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
  read(descriptor, buffer, count)
}
