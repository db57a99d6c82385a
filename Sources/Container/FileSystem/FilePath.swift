/// Path arithmetic for absolute, slash-separated paths (no file-system access).
public enum FilePath {
  /// Joins `path` onto `cwd` (unless absolute) and removes `.`, `..` and repeated slashes.
  ///
  /// `..` at the root stays at the root, as the kernel does.
  public static func normalize(_ path: String, cwd: String = "/") -> String {
    if isNormalized(path) { return path }
    let full = path.hasPrefix("/") ? path : cwd + "/" + path
    var parts: [Substring] = []
    for component in components(full) {
      if component == "." { continue }
      if component == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(component)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The non-empty components of `path` between its slashes.
  ///
  /// Paths are split as strings of characters, where a slash that a combining mark follows (or
  /// a prepended mark precedes) joins it in one character and is no separator. Where every
  /// slash has ASCII on both sides, which is almost always, that is the same as splitting the
  /// bytes, and splitting the bytes skips the costly search for character boundaries.
  public static func components(_ path: String) -> [Substring] {
    guard slashesStandAlone(path) else {
      return path.split(separator: "/", omittingEmptySubsequences: true)
    }
    return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
      .map { Substring($0) }
  }

  /// Whether every slash in `path` has an ASCII byte (or nothing) on each side, so that it is a
  /// character of its own.
  private static func slashesStandAlone(_ path: String) -> Bool {
    let slash = UInt8(ascii: "/")
    var previous: UInt8 = 0
    for byte in path.utf8 {
      if byte == slash && previous >= 0x80 { return false }
      if previous == slash && byte >= 0x80 { return false }
      previous = byte
    }
    return true
  }

  /// Whether `path` is absolute and already normal: no empty, `.` or `..` component and no
  /// trailing slash (most paths are, and need no splitting and joining). Non-ASCII bytes next
  /// to a slash take the general way (see ``components(_:)``).
  private static func isNormalized(_ path: String) -> Bool {
    let slash = UInt8(ascii: "/")
    var bytes = path.utf8.makeIterator()
    guard bytes.next() == slash else { return false }
    var length = 0  // of the current component, counted up to 3
    var allDots = true
    var any = false
    var previous = slash
    while let byte = bytes.next() {
      defer { previous = byte }
      if byte >= 0x80 && previous == slash { return false }
      if byte == slash && previous >= 0x80 { return false }
      any = true
      if byte == slash {
        if length == 0 || (allDots && length <= 2) { return false }
        length = 0
        allDots = true
      } else {
        length = min(length + 1, 3)
        if byte != UInt8(ascii: ".") { allDots = false }
      }
    }
    return !any || !(length == 0 || (allDots && length <= 2))
  }

  /// The directory part of a normalized path (`/` for `/` and for top-level entries).
  public static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), path != "/" else { return "/" }
    let head = String(path[..<slash])
    return head.isEmpty ? "/" : head
  }

  /// The last component of a path (`/` for the root), ignoring trailing slashes.
  public static func basename(_ path: String) -> String {
    let trimmed = path.split(separator: "/", omittingEmptySubsequences: true)
    return trimmed.last.map(String.init) ?? (path.hasPrefix("/") ? "/" : path)
  }

  /// Joins a directory and a name.
  public static func join(_ directory: String, _ name: String) -> String {
    directory == "/" ? "/" + name : directory + "/" + name
  }
}
