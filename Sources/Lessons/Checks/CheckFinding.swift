/// Why a check does not hold: typed, so the shell can say it in the learner's language.
public indirect enum CheckFinding: Equatable, Sendable {
  case noPod(String)
  /// The pod existed and was deleted.
  case podGone(String)
  case podStillExists(String, status: String)
  case wrongStatus(String, expected: String, actual: String)
  case notReady(String, ready: String)
  case stillReady(String, ready: String)
  case tooFewRestarts(String, actual: Int, needed: Int)
  case noEvent(reason: String, pod: String?)
  case notRead(path: String, pod: String)
  case noExec(pod: String)
  case hookNot(HookName, pod: String, outcome: HookOutcome)
  case notDeleted(pod: String)
  case wrongGrace(pod: String, expected: Int64, actual: [Int64])
  case fieldMissing(pod: String, path: String)
  case fieldDiffers(pod: String, path: String, expected: String, actual: String)
  /// A `not` check: the inner check holds, and must not.
  case unexpected(Check)
  /// An `any` check: none of its alternatives holds (the first finding of each).
  case noneOf([CheckFinding])
}
