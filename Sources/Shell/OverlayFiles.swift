import Kubectl

/// The learner's files with what the shell wrote this session (`>`, `cat <<EOF > f`) on top.
struct OverlayFiles: FileSource {
  var base: any FileSource
  /// Written files by absolute path.
  var written: [String: String]

  func read(_ path: String) -> FileLookup {
    if let text = written[path] { return .file(text) }
    let prefix = path == "/" ? "/" : path + "/"
    let added = Set(
      written.keys.filter { $0.hasPrefix(prefix) }.compactMap {
        $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      })
    switch base.read(path) {
    case .directory(let names): return .directory(Array(Set(names).union(added)).sorted())
    case .missing where !added.isEmpty: return .directory(added.sorted())
    case let other: return other
    }
  }

  func invalidUTF8Bytes(_ path: String) -> [UInt8]? {
    written[path] == nil ? base.invalidUTF8Bytes(path) : nil
  }
}

/// Where the shell's written files go besides the session (the workspace on disk).
public protocol FileWriter: Sendable {
  /// Writes `contents` to the absolute `path`; throws a message when it cannot.
  func write(_ contents: String, to path: String) throws(FileWriteError)
  /// Whether `path` (inside the workspace as the session sees it) really is: on a disk, a
  /// symbolic link may lead elsewhere.
  func allows(_ path: String) -> Bool
}

extension FileWriter {
  public func allows(_ path: String) -> Bool { true }
}

/// Why a file could not be written, in the shell's words.
public struct FileWriteError: Error, Equatable, Sendable {
  public var message: String

  public init(message: String) { self.message = message }
}
