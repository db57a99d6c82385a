/// The languages kubetutor's own words come in; kubectl's and bash's output stay English, as
/// the real tools print it.
public enum Language: String, CaseIterable, Sendable {
  case en, zh

  /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
  /// that is set and not empty, as gettext reads them; `zh…` means Chinese, anything else English.
  public static func preferred(environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("zh") ? .zh : .en
    }
    return .en
  }
}
