extension Lesson {
  /// A short hash of what the lesson asks of the learner: its id, setup, files, and each step's
  /// id, checks and reference solution (not its prose).
  ///
  /// A progress export records it, so a report can tell that an export was made against a
  /// different version of the lesson, where "step 3" may mean something else. 12 hex digits
  /// of ``TextHash``: it only needs to notice edits.
  public var fingerprint: String {
    var lines = ["lesson " + id]
    lines += setup.lines.map { "setup " + $0 }
    lines += files.map { "file \($0.name) \(TextHash.of($0.contents))" }
    for step in steps {
      lines.append("step " + step.id)
      lines += step.checks.map { "check " + Self.canonical($0) }
      lines += step.solution.map { "solution " + $0 }
    }
    return String(TextHash.of(lines.joined(separator: "\n")).prefix(12))
  }

  /// Whether `text` has the shape of a lesson or step id: lowercase letters, digits and
  /// dashes, not starting with a dash (what `lesson.yaml` accepts), at most 100 characters.
  public static func isValidID(_ text: String) -> Bool {
    text.utf8.count <= 100 && ProseParser.isID(Substring(text))
  }

  /// One line that changes whenever the check does (written out rather than reflected, so the
  /// hash does not depend on how Swift prints an enum).
  static func canonical(_ check: Check) -> String {
    switch check {
    case .pod(let pod, let expectation):
      let what: String
      switch expectation {
      case .exists: what = "exists"
      case .absent: what = "absent"
      case .status(let status): what = "status=" + status
      case .ready(let ready): what = "ready=\(ready)"
      case .restarts(let count): what = "restarts>=\(count)"
      }
      return "pod(\(pod) \(what))"
    case .event(let reason, let pod): return "event(\(reason) \(pod ?? "-"))"
    case .read(let path, let pod): return "read(\(path) \(pod))"
    case .exec(let pod): return "exec(\(pod))"
    case .hook(let hook, let pod, let outcome):
      return "hook(\(hook.rawValue) \(pod) \(outcome.rawValue))"
    case .deleted(let pod, let grace): return "deleted(\(pod) \(grace.map(String.init) ?? "-"))"
    case .field(let pod, let path, let value): return "field(\(pod) \(path) \(value ?? "-"))"
    case .all(let checks): return "all(" + checks.map(canonical).joined(separator: ", ") + ")"
    case .any(let checks): return "any(" + checks.map(canonical).joined(separator: ", ") + ")"
    case .not(let check): return "not(" + canonical(check) + ")"
    }
  }
}
