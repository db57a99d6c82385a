#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where kubetutor keeps a learner's own state (history; progress later): the XDG base
/// directory for state, `$XDG_STATE_HOME/kubetutor`, else `~/.local/state/kubetutor`.
public enum StateDirectory {
  /// The directory for this environment; nil without a usable `XDG_STATE_HOME` or `HOME`.
  ///
  /// Per the XDG spec a relative `XDG_STATE_HOME` is ignored.
  public static func path(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return PathResolver.resolve("kubetutor", from: state)
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return PathResolver.resolve(".local/state/kubetutor", from: home)
  }

  /// `mkdir -p PATH` with mode 0700 (what kubetutor keeps there is the learner's alone).
  /// - Returns: whether the directory exists now.
  @discardableResult
  public static func create(_ path: String) -> Bool {
    var current = ""
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
  }

  /// The shell's history file in it.
  public static func historyFile(environment: [String: String]) -> String? {
    path(environment: environment).map { $0 + "/history" }
  }
}
