import Lessons

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `kubetutor reset` takes out of the learner's state directory, worked out before
/// anything is touched, and then taking it out.
///
/// One lesson: its entry in `progress.json` (and `current`, if it names the lesson) and its
/// workspace, `workspaces/<id>/`. Everything (`all`): `progress.json` and `history`, their
/// `.damaged*` backups and leftover temporary files, and `workspaces/`. Nothing else in the state
/// directory is touched, and removal never follows a symbolic link: a link is unlinked, its
/// target left alone.
public struct StateReset: Sendable {
  /// One thing the reset removes or changes.
  public enum Item: Equatable, Sendable {
    /// The lesson's entry in `progress.json` (steps done; nil when there is no entry), and
    /// `current` when it names the lesson.
    case lessonEntry(id: String, done: Int?, current: Bool)
    /// A file (or anything but a directory or a link), by name in the state directory.
    case file(String)
    /// A directory and everything in it: how many files.
    case directory(String, files: Int)
    /// A symbolic link: only the link goes.
    case link(String)
  }

  /// Why a reset cannot be worked out.
  public enum Failure: Error, Equatable, Sendable {
    /// `progress.json` could not be read, so one lesson cannot be taken out of it.
    case damagedProgress(path: String, reason: String)
    /// No lesson named and none current.
    case noCurrentLesson
  }

  /// The state directory.
  public let directory: String
  /// The lesson reset, nil for everything.
  public let lesson: String?
  /// What goes, in the order it is listed.
  public private(set) var items: [Item] = []
  private var progress: LearnerProgress?

  /// Works out what resetting `lesson` (else the current one), or everything, would remove.
  /// Reads the disk; changes nothing.
  public init(directory: String, lesson: String?, all: Bool) throws(Failure) {
    self.directory = directory
    guard !all else {
      self.lesson = nil
      var names = ["progress.json"]
      names += (Self.entries(directory) ?? []).filter { name in
        ["progress.json", "history"].contains { file in
          name == file + ".damaged" || name.hasPrefix(file + ".damaged-")
            || name.hasPrefix("." + file + StateFiles.temporaryMarker)
        }
      }
      names += ["history", "workspaces"]
      items = names.compactMap { Self.item($0, in: directory) }
      return
    }
    let host = DiskLessonHost(directory: directory)
    let saved: LearnerProgress?
    do {
      saved = try host.readProgress()
    } catch {
      let reason =
        switch error {
        case .damaged(let detail): detail
        case .newer(let version): "written by a newer kubetutor (format \(version))"
        }
      throw .damagedProgress(path: host.progressPath, reason: reason)
    }
    // `current` comes from a file anyone could have written: only a lesson id names a
    // workspace (a path like `../..` would lead out of the state directory).
    guard let id = lesson ?? saved?.current, Lesson.isValidID(id) else {
      throw .noCurrentLesson
    }
    self.lesson = id
    progress = saved
    if let saved, saved.lessons[id] != nil || saved.current == id {
      items.append(
        .lessonEntry(
          id: id, done: saved.lessons[id]?.done.count, current: saved.current == id))
    }
    // A `workspaces` that is a link leads out of the state directory: not followed. An id
    // read from the file is not trusted as a path (`../../x` would lead out of it too).
    if Lesson.isValidID(id),
      case .directory = Self.item("workspaces", in: directory, counting: false),
      let workspace = Self.item("workspaces/" + id, in: directory)
    {
      items.append(workspace)
    }
  }

  /// Whether there is nothing to reset.
  public var isEmpty: Bool { items.isEmpty }

  /// Does it. Stops at the first failure: the path that could not be removed, and why.
  public func perform() -> (path: String, reason: String)? {
    for item in items {
      switch item {
      case .lessonEntry(let id, _, _):
        guard var progress else { continue }
        progress.lessons[id] = nil
        if progress.current == id { progress.current = nil }
        let host = DiskLessonHost(directory: directory)
        if let reason = host.saveProgress(progress) { return (host.progressPath, reason) }
      case .file(let name), .directory(let name, _), .link(let name):
        if let failure = Self.remove(name, in: directory) { return failure }
      }
    }
    return nil
  }

  // MARK: - The disk

  /// What `name` (relative to `directory`) is, without following a link; nil when absent.
  static func item(_ name: String, in directory: String, counting: Bool = true) -> Item? {
    var info = stat()
    guard lstat(directory + "/" + name, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFLNK: return .link(name)
    case S_IFDIR:
      return .directory(name, files: counting ? countFiles(directory + "/" + name, depth: 0) : 0)
    default: return .file(name)
    }
  }

  /// The names in a directory, sorted; nil when it cannot be read.
  static func entries(_ path: String) -> [String]? {
    guard case .directory(let names) = DiskFiles().read(path) else { return nil }
    return names
  }

  /// Files under a directory (links count as files; none is followed).
  static func countFiles(_ path: String, depth: Int) -> Int {
    guard depth < maximumDepth, let names = entries(path) else { return 0 }
    return names.reduce(0) { total, name in
      var info = stat()
      let child = path + "/" + name
      guard lstat(child, &info) == 0 else { return total }
      return total + (info.st_mode & S_IFMT == S_IFDIR ? countFiles(child, depth: depth + 1) : 1)
    }
  }

  /// Deeper than this, removal gives up (nothing kubetutor writes comes close).
  static let maximumDepth = 64

  /// Removes `name` in `directory` and, if it is a directory, everything in it, through
  /// directory descriptors (`openat`, `unlinkat`) so no link along the way is ever followed.
  static func remove(_ name: String, in directory: String) -> (path: String, reason: String)? {
    let parent = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard parent >= 0 else { return (directory, String(cString: strerror(errno))) }
    defer { close(parent) }
    var descriptor = parent
    var components = name.split(separator: "/").map(String.init)
    // Only names below `directory`: never `..` (nor `.`, which would remove it whole).
    guard !components.contains(where: { $0 == ".." || $0 == "." }),
      let last = components.popLast()
    else { return (directory + "/" + name, "not a name inside the state directory") }
    var opened: [Int32] = []
    defer { for fd in opened { close(fd) } }
    for component in components {
      let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard next >= 0 else {
        return errno == ENOENT ? nil : (directory + "/" + name, String(cString: strerror(errno)))
      }
      opened.append(next)
      descriptor = next
    }
    return removeEntry(
      Array(last.utf8CString), parent: descriptor, path: directory + "/" + name, depth: 0)
  }

  /// Removes the entry `name` (NUL-terminated bytes, exactly as the directory has them) of the
  /// directory open as `parent`.
  private static func removeEntry(_ name: [CChar], parent: Int32, path: String, depth: Int)
    -> (path: String, reason: String)?
  {
    func failure() -> (path: String, reason: String)? {
      errno == ENOENT ? nil : (path, String(cString: strerror(errno)))
    }
    var info = stat()
    guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return failure() }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      return unlinkat(parent, name, 0) == 0 ? nil : failure()
    }
    guard depth < maximumDepth else { return (path, "nested too deeply") }
    let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return failure() }
    guard let handle = fdopendir(descriptor) else {
      close(descriptor)
      return failure()
    }
    var names: [[CChar]] = []
    while let entry = readdir(handle) {
      let child = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix(while: { $0 != 0 }).map { CChar(bitPattern: $0) }) + [0]
      }
      if child != [0x2E, 0] && child != [0x2E, 0x2E, 0] { names.append(child) }
    }
    for child in names {
      let childPath =
        path + "/"
        + String(decoding: child.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if let problem = removeEntry(child, parent: dirfd(handle), path: childPath, depth: depth + 1)
      {
        closedir(handle)
        return problem
      }
    }
    closedir(handle)
    return unlinkat(parent, name, AT_REMOVEDIR) == 0 ? nil : failure()
  }
}
