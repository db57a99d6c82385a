/// Finds the file a command name refers to, the way `execvp` and the shells do.
enum ExecutableLookup {
  /// PATH used when the environment has none.
  static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

  /// The outcome of a lookup.
  enum Result: Equatable {
    case found(String)
    /// No file of that name in any PATH directory.
    case notFound
    /// A path with a slash that does not exist.
    case noSuchFile
    case notExecutable
    case isDirectory
  }

  /// Looks `name` up: directly if it contains a slash, else in each PATH directory.
  static func find(_ name: String, path: String, cwd: String, fs: FileSystem) -> Result {
    if name.isEmpty { return .notFound }
    if name.contains("/") {
      let full = FilePath.normalize(name, cwd: cwd)
      guard let node = fs.node(at: full) else { return .noSuchFile }
      if node.kind == .directory { return .isDirectory }
      return node.isExecutable ? .found(full) : .notExecutable
    }
    var sawNonExecutable = false
    for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
      let dir = directory.isEmpty ? cwd : String(directory)
      let full = FilePath.normalize(FilePath.join(dir, name), cwd: cwd)
      guard let node = fs.node(at: full), node.kind == .regularFile else { continue }
      if node.isExecutable { return .found(full) }
      sawNonExecutable = true
    }
    return sawNonExecutable ? .notExecutable : .notFound
  }
}
