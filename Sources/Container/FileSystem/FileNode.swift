/// One entry of the in-memory file system: a directory, a regular file or a symbolic link.
public struct FileNode: Equatable, Sendable {
  /// What the entry is.
  public enum Kind: Equatable, Sendable {
    case directory
    case regularFile
    case symlink
  }

  /// What the entry is.
  public var kind: Kind
  /// Permission bits (e.g. `0o755`); only the owner's execute bit changes behaviour.
  public var mode: UInt16
  /// Contents of a regular file.
  public var contents: String {
    get { kind == .symlink ? "" : text }
    set { if kind != .symlink { text = newValue } }
  }
  /// Target of a symbolic link, as stored (may be relative).
  public var target: String {
    get { kind == .symlink ? text : "" }
    set { if kind == .symlink { text = newValue } }
  }
  /// A file's contents or a link's target, in one field: every container's table of changed
  /// files holds its entries inline, and a second string would be sixteen bytes more in each.
  private var text: String
  /// For executables shipped by an image: the simulated program that runs when it is executed
  /// (a name in the program table). Scripts (`#!`) have no program and are interpreted.
  public var program: String?

  /// A directory with the given mode.
  public static func directory(mode: UInt16 = 0o755) -> FileNode {
    FileNode(kind: .directory, mode: mode, text: "", program: nil)
  }

  /// A regular file.
  public static func file(_ contents: String, mode: UInt16 = 0o644, program: String? = nil)
    -> FileNode
  {
    FileNode(kind: .regularFile, mode: mode, text: contents, program: program)
  }

  /// A symbolic link to `target`.
  public static func symlink(to target: String) -> FileNode {
    FileNode(kind: .symlink, mode: 0o777, text: target, program: nil)
  }

  /// Whether the owner's execute bit is set (the simulation runs everything as root, but
  /// root still needs at least one execute bit to run a file).
  public var isExecutable: Bool { mode & 0o111 != 0 }

  /// Bytes of contents a regular file holds (0 for anything else): what fills a disk.
  var fileBytes: Int { kind == .regularFile ? contents.utf8.count : 0 }

  /// Size in bytes as `ls -l`/`stat` would report it.
  public var size: Int {
    switch kind {
    case .directory: 4096
    case .regularFile: contents.utf8.count
    case .symlink: target.utf8.count
    }
  }
}
