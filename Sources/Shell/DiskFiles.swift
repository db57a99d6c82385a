import Kubectl

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only ``FileSource`` over the real disk: what `cat`, `ls` and `kubectl apply -f` see.
///
/// The CLI injects it; nothing below the Shell layer touches the disk. Only regular files are
/// read (a FIFO or `/dev/zero` would block or never end) and at most ``maximumFileSize`` bytes
/// of each; anything unreadable looks missing. Directory listings are sorted byte-wise and skip
/// `.` and `..`.
public struct DiskFiles: FileSource {
  /// Bytes read from one file at most; the rest is ignored.
  public static let maximumFileSize = ShellLimits.readBytes

  public init() {}

  public func read(_ path: String) -> FileLookup {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      return Self.directory(path).map(FileLookup.directory) ?? .missing
    case S_IFREG:
      return contents(path).map(FileLookup.file) ?? .missing
    default:
      return .missing
    }
  }

  /// The names in directory `path` (not `.` and `..`), sorted by their bytes; nil when it
  /// cannot be listed.
  static func directory(_ path: String) -> [String]? {
    guard let handle = opendir(path) else { return nil }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  public func invalidUTF8Bytes(_ path: String) -> [UInt8]? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let bytes = bytes(path),
      String(validating: bytes, as: UTF8.self) == nil
    else { return nil }
    return bytes
  }

  private func contents(_ path: String) -> String? {
    bytes(path).map { String(decoding: $0, as: UTF8.self) }
  }

  private func bytes(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count < Self.maximumFileSize {
      let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes.append(contentsOf: chunk[0..<min(count, Self.maximumFileSize - bytes.count)])
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        break
      }
    }
    return bytes
  }
}

/// `read(2)`, reachable from inside a type that has its own `read` method.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
  read(descriptor, buffer, count)
}
