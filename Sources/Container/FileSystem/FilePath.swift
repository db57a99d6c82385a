/// Path arithmetic for absolute, slash-separated paths (no file-system access).
public enum FilePath {
  /// Joins `path` onto `cwd` (unless absolute) and removes `.`, `..` and repeated slashes.
  ///
  /// `..` at the root stays at the root, as the kernel does.
  public static func normalize(_ path: String, cwd: String = "/") -> String {
    let full = path.hasPrefix("/") ? path : cwd + "/" + path
    var parts: [Substring] = []
    for component in full.split(separator: "/", omittingEmptySubsequences: true) {
      if component == "." { continue }
      if component == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(component)
    }
    return "/" + parts.joined(separator: "/")
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
