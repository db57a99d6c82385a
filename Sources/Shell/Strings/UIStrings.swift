import Kubectl
import Lessons

/// kubetutor's own words in one language, looked up by ``UIKey``.
///
/// The one string table of the UI: English in ``english``, Simplified Chinese (following
/// zh-terms.md) in ``chinese``. A key missing from a table falls back to English, and a test
/// fails when that happens.
public struct UIStrings: Sendable {
  /// The language of this table.
  public let language: Language

  public init(_ language: Language) { self.language = language }

  /// The table of each language.
  static func table(_ language: Language) -> [UIKey: String] {
    switch language {
    case .en: english
    case .zh: chinese
    }
  }

  /// The text of `key` with its `{name}` placeholders filled in.
  public func text(_ key: UIKey, _ values: KeyValuePairs<String, String> = [:]) -> String {
    var text = Self.table(language)[key] ?? Self.english[key] ?? key.rawValue
    for (name, value) in values {
      text = text.replacing("{\(name)}", with: value)
    }
    return text
  }

  /// The indicator shown while a command waits: what for, and for how long on the cluster clock.
  func waiting(for activity: WaitActivity, elapsed: Duration) -> String {
    text(.waitIndicator, ["activity": activityText(activity), "elapsed": Self.clock(elapsed)])
  }

  /// `75s` → `1:15`: elapsed time as a stopwatch shows it.
  static func clock(_ duration: Duration) -> String {
    let seconds = max(0, duration.components.seconds)
    let rest = String(100 + seconds % 60).dropFirst()
    return seconds >= 3600
      ? "\(seconds / 3600):\(String(100 + seconds / 60 % 60).dropFirst()):\(rest)"
      : "\(seconds / 60):\(rest)"
  }

  /// "1 line", "3 lines".
  func lines(_ count: Int) -> String {
    count == 1 ? text(.oneLine) : text(.lineCount, ["count": String(count)])
  }

  /// What the indicator says a command waits for.
  func activityText(_ activity: WaitActivity) -> String {
    switch activity {
    case .deletion(let pods):
      text(.waitDeletion, ["pods": pods.map { "pod/" + $0 }.joined(separator: ", ")])
    case .condition(let condition, let pod):
      text(.waitCondition, ["condition": condition, "pod": "pod/" + pod])
    case .watch: text(.waitWatch)
    case .logs(let pod): text(.waitLogs, ["pod": "pod/" + pod])
    case .exec(let pod): text(.waitExec, ["pod": "pod/" + pod])
    case .sleep: text(.waitSleep)
    }
  }
}
