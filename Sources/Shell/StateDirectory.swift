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

  /// The shell's history file in it.
  public static func historyFile(environment: [String: String]) -> String? {
    path(environment: environment).map { $0 + "/history" }
  }
}
