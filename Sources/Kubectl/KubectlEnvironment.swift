/// What kubectl reads from outside the cluster: the user's files, stdin, and the terminal.
///
/// Injected so the Kubectl layer never touches the real disk itself (DESIGN.md, Architecture).
public struct KubectlEnvironment: Sendable {
  /// Reads the files `-f` names, relative to ``workingDirectory``.
  public var files: any FileSource
  /// The outer shell's current directory (absolute).
  public var workingDirectory: String
  /// What `-f -` reads.
  public var stdin: String
  /// Whether kubectl's stdin is a terminal (`-t` needs one; `kubetutor run` simulates one).
  public var stdinIsTerminal: Bool
  /// Spends real time while a command blocks (the interactive shell); nil moves the clock at once.
  public var pacer: (any Pacer)?
  /// The terminal's width, passed on to `kubectl exec -t` as kubectl does.
  public var columns: Int

  public init(
    files: any FileSource, workingDirectory: String = "/", stdin: String = "",
    stdinIsTerminal: Bool = true, pacer: (any Pacer)? = nil, columns: Int = 80
  ) {
    self.columns = columns
    self.pacer = pacer
    self.files = files
    self.workingDirectory = workingDirectory
    self.stdin = stdin
    self.stdinIsTerminal = stdinIsTerminal
  }
}

/// A read-only view of the user's files (the real disk in the CLI, a dictionary in tests).
public protocol FileSource: Sendable {
  /// Reads an absolute path.
  func read(_ path: String) -> FileLookup
  /// The bytes of the regular file at `path` when they are not valid UTF-8, else nil:
  /// ``read(_:)`` gives such a file with U+FFFD for each bad sequence, and kubectl's YAML
  /// reader refuses it.
  func invalidUTF8Bytes(_ path: String) -> [UInt8]?
}

extension FileSource {
  /// None: a source of Swift strings holds valid UTF-8 only.
  public func invalidUTF8Bytes(_ path: String) -> [UInt8]? { nil }
}

/// The result of looking a path up in a ``FileSource``.
public enum FileLookup: Equatable, Sendable {
  case file(String)
  /// A directory and the names of its entries.
  case directory([String])
  case missing
}

/// A ``FileSource`` backed by a dictionary of absolute paths: tests and built-in lesson files.
public struct InMemoryFiles: FileSource {
  public var files: [String: String]

  public init(_ files: [String: String] = [:]) { self.files = files }

  public func read(_ path: String) -> FileLookup {
    if let text = files[path] { return .file(text) }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    let children = Set(
      files.keys.filter { $0.hasPrefix(prefix) }.compactMap {
        $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      })
    return children.isEmpty ? .missing : .directory(children.sorted())
  }
}
