/// An in-memory POSIX-like file system: absolute paths, directories, regular files, symlinks, modes.
///
/// A value type: copying a container's file system is cheap (copy-on-write) and gives tests and
/// lessons a snapshot. Paths passed in are normalized against `/` unless the caller normalizes
/// them against a working directory first (`FilePath.normalize(_:cwd:)`). Errors carry the path
/// as given so commands can print it back. Directory listings are always sorted.
public struct FileSystem: Equatable, Sendable {
  /// Every entry, keyed by normalized absolute path (symlinks are stored, not followed); copies
  /// share the entries they have not changed (an image's, for its containers).
  private var nodes: NodeTable
  /// When non-nil, every change is also recorded here, stamped with `clock`: PID 1's run is
  /// computed ahead of time, and its changes are replayed as the container's clock reaches them.
  var journal: [FileChange]?
  /// The time stamped on journal entries (the running machine's clock).
  var clock = Instant(milliseconds: 0)
  /// Content bytes recorded so far, and whether the budget ran out.
  var journalBytes = 0
  var journalFull = false
  /// Bytes of file contents held (the image's files included).
  public private(set) var usedBytes = 0
  /// How many bytes of file contents the file system takes (``ContainerLimits/diskBytes``):
  /// a write past it fails with `No space left on device`.
  public var capacity = ContainerLimits.diskBytes

  /// Equal when the entries are (the journal is bookkeeping).
  public static func == (lhs: FileSystem, rhs: FileSystem) -> Bool { lhs.nodes == rhs.nodes }

  /// An empty file system holding only `/`.
  public init() {
    nodes = NodeTable(["/": .directory()])
  }

  // MARK: - Lookup

  /// The entry at `path`, following symlinks (also in the last component); nil if missing.
  public func node(at path: String) -> FileNode? {
    guard let resolved = try? resolve(path, followLast: true) else { return nil }
    return nodes[resolved]
  }

  /// The entry at `path` without following a symlink in the last component.
  public func linkNode(at path: String) -> FileNode? {
    guard let resolved = try? resolve(path, followLast: false) else { return nil }
    return nodes[resolved]
  }

  /// Whether anything exists at `path` (following symlinks).
  public func exists(_ path: String) -> Bool { node(at: path) != nil }

  /// Whether `path` is (or links to) a directory.
  public func isDirectory(_ path: String) -> Bool { node(at: path)?.kind == .directory }

  /// Whether `path` is (or links to) a regular file.
  public func isFile(_ path: String) -> Bool { node(at: path)?.kind == .regularFile }

  /// The real path of `path`: symlinks resolved, normalized.
  public func canonicalPath(_ path: String) throws(FileSystemError) -> String {
    try resolve(path, followLast: true)
  }

  /// Information about the entry at `path` (following symlinks).
  public func stat(_ path: String) throws(FileSystemError) -> FileNode {
    let resolved = try resolve(path, followLast: true)
    guard let node = nodes[resolved] else { throw FileSystemError(.noSuchFile, path) }
    return node
  }

  // MARK: - Reading

  /// The contents of the regular file at `path`.
  public func read(_ path: String) throws(FileSystemError) -> String {
    let node = try stat(path)
    if node.kind == .directory { throw FileSystemError(.isADirectory, path) }
    return node.contents
  }

  /// The sorted names in the directory at `path` (without `.` and `..`).
  public func list(_ path: String) throws(FileSystemError) -> [String] {
    let resolved = try resolve(path, followLast: true)
    guard let node = nodes[resolved] else { throw FileSystemError(.noSuchFile, path) }
    guard node.kind == .directory else { throw FileSystemError(.notADirectory, path) }
    let prefix = resolved == "/" ? "/" : resolved + "/"
    var names: [String] = []
    for key in nodes.keys where key.hasPrefix(prefix) && key != resolved {
      let rest = key.dropFirst(prefix.count)
      if !rest.contains("/") { names.append(String(rest)) }
    }
    return names.sorted()
  }

  // MARK: - Writing

  /// Writes `contents` to the file at `path`, creating it (mode 0644) or truncating/appending.
  public mutating func write(_ path: String, contents: String, append: Bool = false)
    throws(FileSystemError)
  {
    let resolved = try resolve(path, followLast: true)
    if let kind = nodes[resolved]?.kind {
      if kind == .directory { throw FileSystemError(.isADirectory, path) }
      let growth = contents.utf8.count - (append ? 0 : nodes[resolved]?.contents.utf8.count ?? 0)
      if growth > 0, usedBytes + growth > capacity { throw FileSystemError(.noSpace, path) }
      usedBytes += growth
      // In place: copying the node out and back made every `>>` copy the whole file.
      if append {
        nodes[resolved]?.contents += contents
        record(FileChange(at: clock, path: resolved, edit: .append(contents)))
      } else {
        nodes[resolved]?.contents = contents
        if journal != nil {
          record(FileChange(at: clock, path: resolved, edit: .set(nodes[resolved])))
        }
      }
      return
    }
    try requireParentDirectory(of: resolved, path: path)
    if usedBytes + contents.utf8.count > capacity { throw FileSystemError(.noSpace, path) }
    set(resolved, .file(contents))
  }

  /// Creates a directory; with `intermediates` also its missing parents and no error if it exists.
  public mutating func createDirectory(_ path: String, intermediates: Bool = false)
    throws(FileSystemError)
  {
    let normalized = FilePath.normalize(path)
    if intermediates {
      var current = ""
      for component in normalized.split(separator: "/") {
        current += "/" + component
        let resolved = try resolve(current, followLast: true)
        if let node = nodes[resolved] {
          guard node.kind == .directory else { throw FileSystemError(.notADirectory, path) }
        } else {
          set(resolved, .directory())
        }
      }
      return
    }
    let resolved = try resolve(normalized, followLast: false)
    if nodes[resolved] != nil { throw FileSystemError(.fileExists, path) }
    try requireParentDirectory(of: resolved, path: path)
    set(resolved, .directory())
  }

  /// Removes the entry at `path`; directories need `recursive` unless empty-directory removal
  /// is asked for with `directoryOnly` (rmdir).
  public mutating func remove(_ path: String, recursive: Bool = false) throws(FileSystemError) {
    let resolved = try resolve(path, followLast: false)
    guard let node = nodes[resolved] else { throw FileSystemError(.noSuchFile, path) }
    if resolved == "/" { throw FileSystemError(.permissionDenied, path) }
    if node.kind == .directory && !recursive { throw FileSystemError(.isADirectory, path) }
    removeTree(resolved)
    record(FileChange(at: clock, path: resolved, edit: .removeTree))
  }

  /// Removes an empty directory (rmdir).
  public mutating func removeDirectory(_ path: String) throws(FileSystemError) {
    let resolved = try resolve(path, followLast: false)
    guard let node = nodes[resolved] else { throw FileSystemError(.noSuchFile, path) }
    guard node.kind == .directory else { throw FileSystemError(.notADirectory, path) }
    if try !list(resolved).isEmpty { throw FileSystemError(.directoryNotEmpty, path) }
    set(resolved, nil)
  }

  /// Places `node` at `path` (replacing what is there), creating missing parent directories.
  ///
  /// Used to build images and to inject files such as `/etc/hosts`; never fails.
  public mutating func install(_ node: FileNode, at path: String) {
    let normalized = FilePath.normalize(path)
    let parent = FilePath.parent(normalized)
    if parent != "/" { try? createDirectory(parent, intermediates: true) }
    let resolvedParent = (try? resolve(parent, followLast: true)) ?? parent
    // The path as given when no link moved it: thousands of containers then share the
    // caller's constant as their key instead of each building its own copy.
    set(
      resolvedParent == parent
        ? normalized : FilePath.join(resolvedParent, FilePath.basename(normalized)), node)
  }

  /// Creates a symbolic link at `path` pointing to `target`.
  public mutating func symlink(_ path: String, to target: String) throws(FileSystemError) {
    let resolved = try resolve(path, followLast: false)
    if nodes[resolved] != nil { throw FileSystemError(.fileExists, path) }
    try requireParentDirectory(of: resolved, path: path)
    set(resolved, .symlink(to: target))
  }

  /// Changes the permission bits of the entry at `path`.
  public mutating func chmod(_ path: String, mode: UInt16) throws(FileSystemError) {
    let resolved = try resolve(path, followLast: true)
    guard var node = nodes[resolved] else { throw FileSystemError(.noSuchFile, path) }
    node.mode = mode
    set(resolved, node)
  }

  /// Copies the entry at `source` (a file, or a directory tree) to `destination`.
  public mutating func copy(_ source: String, to destination: String) throws(FileSystemError) {
    let from = try resolve(source, followLast: true)
    guard nodes[from] != nil else { throw FileSystemError(.noSuchFile, source) }
    let to = try resolve(destination, followLast: true)
    try requireParentDirectory(of: to, path: destination)
    let prefix = from + "/"
    let copied = nodes.keys.reduce(0) { total, key in
      total + (key == from || key.hasPrefix(prefix) ? nodes[key]?.fileBytes ?? 0 : 0)
    }
    if copied > 0, usedBytes + copied > capacity { throw FileSystemError(.noSpace, destination) }
    copyTree(from, to)
    record(FileChange(at: clock, path: to, edit: .copyTree(from: from)))
  }

  /// Moves (renames) the entry at `source` to `destination`.
  public mutating func move(_ source: String, to destination: String) throws(FileSystemError) {
    let from = try resolve(source, followLast: false)
    guard nodes[from] != nil else { throw FileSystemError(.noSuchFile, source) }
    let to = try resolve(destination, followLast: false)
    try requireParentDirectory(of: to, path: destination)
    moveTree(from, to)
    record(FileChange(at: clock, path: to, edit: .moveTree(from: from)))
  }

  private mutating func removeTree(_ root: String) {
    let prefix = root + "/"
    for key in nodes.keys where key.hasPrefix(prefix) { put(key, nil) }
    put(root, nil)
  }

  /// Sets the entry at `key`, keeping ``usedBytes`` right.
  private mutating func put(_ key: String, _ node: FileNode?) {
    usedBytes += (node?.fileBytes ?? 0) - (nodes[key]?.fileBytes ?? 0)
    nodes[key] = node
  }

  private mutating func copyTree(_ from: String, _ to: String) {
    guard let node = nodes[from] else { return }
    if node.kind == .directory {
      let prefix = from + "/"
      for key in nodes.keys where key.hasPrefix(prefix) {
        put(to + "/" + key.dropFirst(prefix.count), nodes[key])
      }
    }
    put(to, node)
  }

  private mutating func moveTree(_ from: String, _ to: String) {
    guard let node = nodes[from] else { return }
    let prefix = from + "/"
    for key in nodes.keys where key.hasPrefix(prefix) {
      put(to + "/" + key.dropFirst(prefix.count), nodes[key])
      put(key, nil)
    }
    put(from, nil)
    put(to, node)
  }

  // MARK: - Journal

  /// How much file content a journal may hold before it gives up recording (a script that
  /// keeps rewriting a growing file would otherwise keep every version).
  static let journalBudget = ContainerLimits.journalBytes

  /// Moves every entry into the layer that copies share (``NodeTable``): an image calls this
  /// once it is built, so that each of its containers stores only what it changes.
  mutating func compact() { nodes.merge() }

  /// Every entry, for a journal that gave up: the state to jump to.
  var allNodes: [String: FileNode] { nodes.all }

  /// Replays a journal entry recorded by another copy of this file system.
  mutating func apply(_ change: FileChange) {
    switch change.edit {
    case .set(let node): put(change.path, node)
    case .append(let text):
      if nodes[change.path] != nil {
        usedBytes += text.utf8.count
        nodes[change.path]?.contents += text
      } else {
        put(change.path, .file(text))
      }
    case .removeTree: removeTree(change.path)
    case .copyTree(let from): copyTree(from, change.path)
    case .moveTree(let from): moveTree(from, change.path)
    case .replaceAll(let all):
      nodes = NodeTable(all)
      usedBytes = all.values.reduce(0) { $0 + $1.fileBytes }
    case .gaveUp: break
    }
  }

  private mutating func set(_ path: String, _ node: FileNode?) {
    put(path, node)
    if journal != nil { record(FileChange(at: clock, path: path, edit: .set(node))) }
  }

  private mutating func record(_ change: FileChange) {
    guard journal != nil, !journalFull else { return }
    switch change.edit {
    case .set(let node?): journalBytes += node.contents.utf8.count
    case .append(let text): journalBytes += text.utf8.count
    default: journalBytes += change.path.utf8.count
    }
    if journalBytes > Self.journalBudget {
      journalFull = true
      journal?.append(FileChange(at: clock, path: "/", edit: .gaveUp))
    } else {
      journal?.append(change)
    }
  }

  // MARK: - Resolution

  /// Resolves symlinks along `path`; the result is a normalized key that may not exist yet
  /// (its parent does, or the error says which part is missing).
  private func resolve(_ path: String, followLast: Bool) throws(FileSystemError) -> String {
    var pending = FilePath.components(FilePath.normalize(path)).map(String.init)
    var current = "/"
    var hops = 0
    var index = 0
    while index < pending.count {
      let name = pending[index]
      let isLast = index == pending.count - 1
      if name == ".." {
        current = FilePath.parent(current)
        index += 1
        continue
      }
      guard let parent = nodes[current] else { throw FileSystemError(.noSuchFile, path) }
      guard parent.kind == .directory else { throw FileSystemError(.notADirectory, path) }
      let candidate = FilePath.join(current, name)
      if let node = nodes[candidate], node.kind == .symlink, !isLast || followLast {
        hops += 1
        if hops > 40 { throw FileSystemError(.tooManySymlinks, path) }
        let target = node.target.split(separator: "/").map(String.init)
        if node.target.hasPrefix("/") { current = "/" }
        pending = Array(pending[..<index]) + target + Array(pending[(index + 1)...])
        pending.removeFirst(index)
        index = 0
        continue
      }
      current = candidate
      index += 1
    }
    return current
  }

  private func requireParentDirectory(of resolved: String, path: String) throws(FileSystemError) {
    guard let parent = nodes[FilePath.parent(resolved)] else {
      throw FileSystemError(.noSuchFile, path)
    }
    guard parent.kind == .directory else { throw FileSystemError(.notADirectory, path) }
  }
}
