/// Turns a path typed at the shell into a normalized absolute path.
///
/// Purely textual, like bash's logical `cd`: `..` removes the previous component, `.` and empty
/// components vanish, and `..` at the root stays at the root.
public enum PathResolver {
  /// Resolves `path` against the absolute directory `base`.
  public static func resolve(_ path: String, from base: String) -> String {
    let combined = path.hasPrefix("/") ? path : base + "/" + path
    var parts: [Substring] = []
    for component in combined.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(component)
      }
    }
    return "/" + parts.joined(separator: "/")
  }
}
