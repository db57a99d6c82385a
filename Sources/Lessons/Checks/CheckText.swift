/// Checks and findings in words, in the learner's language: what `check` prints and what a step
/// says when it is not done yet. kubectl's own words (STATUS values, event reasons, field
/// paths) stay as kubectl shows them.
extension CheckFinding {
  /// One sentence saying what is missing.
  public func text(_ language: Language) -> String {
    let zh = language == .zh
    switch self {
    case .noPod(let pod):
      return zh ? "还没有名为 `\(pod)` 的 Pod。" : "There is no pod `\(pod)` yet."
    case .podGone(let pod):
      return zh ? "Pod `\(pod)` 已经被删除了。" : "Pod `\(pod)` was deleted and is gone."
    case .podStillExists(let pod, let status):
      return zh
        ? "Pod `\(pod)` 还在（STATUS 是 `\(status)`）。"
        : "Pod `\(pod)` still exists (STATUS `\(status)`)."
    case .wrongStatus(let pod, let expected, let actual):
      return zh
        ? "Pod `\(pod)` 的 STATUS 是 `\(actual)`，还不是 `\(expected)`。"
        : "Pod `\(pod)` shows STATUS `\(actual)`, not `\(expected)` yet."
    case .notReady(let pod, let ready):
      return zh
        ? "Pod `\(pod)` 还没有就绪（READY 是 \(ready)）。"
        : "Pod `\(pod)` is not ready yet (READY \(ready))."
    case .stillReady(let pod, let ready):
      return zh
        ? "Pod `\(pod)` 仍处于就绪状态（READY 是 \(ready)）。"
        : "Pod `\(pod)` is still ready (READY \(ready))."
    case .tooFewRestarts(let pod, let actual, let needed):
      return zh
        ? "Pod `\(pod)` 的容器重启了 \(actual) 次，至少要 \(needed) 次。"
        : "Pod `\(pod)`'s containers have restarted \(actual) \(actual == 1 ? "time" : "times"); at least \(needed) needed."
    case .noEvent(let reason, let pod?):
      return zh
        ? "还没有关于 Pod `\(pod)` 的 `\(reason)` 事件。"
        : "No `\(reason)` event has been recorded for pod `\(pod)` yet."
    case .noEvent(let reason, nil):
      return zh ? "还没有记录 `\(reason)` 事件。" : "No `\(reason)` event has been recorded yet."
    case .notRead(let path, let pod):
      return zh
        ? "还没有在 Pod `\(pod)` 的容器里读取过 `\(path)`。"
        : "No command in pod `\(pod)` has read `\(path)` yet."
    case .noExec(let pod):
      return zh
        ? "你还没有在 Pod `\(pod)` 的容器里执行过命令。"
        : "You have not run a command in pod `\(pod)` yet."
    case .hookNot(let hook, let pod, let outcome):
      return Self.hook(hook, pod: pod, outcome: outcome, zh: zh)
    case .notDeleted(let pod):
      return zh ? "Pod `\(pod)` 还没有被删除。" : "Pod `\(pod)` has not been deleted yet."
    case .wrongGrace(let pod, let expected, let actual):
      let given = actual.map { "\($0)" }.joined(separator: ", ")
      return zh
        ? "删除 Pod `\(pod)` 时用的宽限期是 \(given) 秒，不是 \(expected) 秒。"
        : "Pod `\(pod)` was deleted with a grace period of \(given) s, not \(expected) s."
    case .fieldMissing(let pod, let path):
      return zh ? "Pod `\(pod)` 没有 `\(path)` 字段。" : "Pod `\(pod)` has no `\(path)` field."
    case .fieldDiffers(let pod, let path, let expected, let actual):
      return zh
        ? "Pod `\(pod)` 的 `\(path)` 是 `\(actual)`，而不是 `\(expected)`。"
        : "Pod `\(pod)` has `\(path)` set to `\(actual)`, not `\(expected)`."
    case .unexpected(let check):
      return zh
        ? "不应如此：\(check.summary(language))。" : "This should not be so: \(check.summary(language))."
    case .noneOf(let findings):
      let lines = findings.map { "  - " + $0.text(language) }.joined(separator: "\n")
      return (zh ? "以下任意一项成立即可，但都还没有：\n" : "Any one of these would do; none holds yet:\n")
        + lines
    }
  }

  private static func hook(_ hook: HookName, pod: String, outcome: HookOutcome, zh: Bool) -> String
  {
    switch outcome {
    case .ran:
      zh
        ? "Pod `\(pod)` 的 \(hook.rawValue) 回调还没有运行。"
        : "Pod `\(pod)`'s \(hook.rawValue) hook has not run yet."
    case .succeeded:
      zh
        ? "Pod `\(pod)` 的 \(hook.rawValue) 回调还没有成功执行完毕。"
        : "Pod `\(pod)`'s \(hook.rawValue) hook has not run to completion yet."
    case .failed:
      zh
        ? "Pod `\(pod)` 的 \(hook.rawValue) 回调还没有失败过。"
        : "Pod `\(pod)`'s \(hook.rawValue) hook has not failed yet."
    case .cut:
      zh
        ? "Pod `\(pod)` 的 \(hook.rawValue) 回调还没有因宽限期耗尽而被中断。"
        : "Pod `\(pod)`'s \(hook.rawValue) hook has not been cut off by the end of the grace period yet."
    }
  }
}

extension Check {
  /// What the check asks for, as a short clause (`pod `web` shows STATUS `Running``).
  public func summary(_ language: Language) -> String {
    let zh = language == .zh
    switch self {
    case .pod(let pod, .exists):
      return zh ? "Pod `\(pod)` 存在" : "pod `\(pod)` exists"
    case .pod(let pod, .absent):
      return zh ? "Pod `\(pod)` 不存在" : "pod `\(pod)` does not exist"
    case .pod(let pod, .status(let status)):
      return zh ? "Pod `\(pod)` 的 STATUS 是 `\(status)`" : "pod `\(pod)` shows STATUS `\(status)`"
    case .pod(let pod, .ready(let ready)):
      return zh
        ? "Pod `\(pod)` \(ready ? "已就绪" : "未就绪")" : "pod `\(pod)` is \(ready ? "" : "not ")ready"
    case .pod(let pod, .restarts(let count)):
      return zh
        ? "Pod `\(pod)` 的容器至少重启了 \(count) 次"
        : "pod `\(pod)`'s containers have restarted at least \(count) times"
    case .event(let reason, let pod?):
      return zh ? "记录了关于 Pod `\(pod)` 的 `\(reason)` 事件" : "a `\(reason)` event about pod `\(pod)`"
    case .event(let reason, nil):
      return zh ? "记录了 `\(reason)` 事件" : "a `\(reason)` event"
    case .read(let path, let pod):
      return zh
        ? "在 Pod `\(pod)` 的容器里读取了 `\(path)`" : "a command in pod `\(pod)` read `\(path)`"
    case .exec(let pod):
      return zh ? "在 Pod `\(pod)` 的容器里执行了命令" : "a command ran in pod `\(pod)`"
    case .hook(let hook, let pod, let outcome):
      let done: String
      switch outcome {
      case .ran: done = zh ? "运行了" : "ran"
      case .succeeded: done = zh ? "成功执行完毕" : "ran to completion"
      case .failed: done = zh ? "失败了" : "failed"
      case .cut: done = zh ? "因宽限期耗尽被中断" : "was cut off by the grace period"
      }
      return zh
        ? "Pod `\(pod)` 的 \(hook.rawValue) 回调\(done)"
        : "pod `\(pod)`'s \(hook.rawValue) hook \(done)"
    case .deleted(let pod, let grace?):
      return zh
        ? "以 \(grace) 秒的宽限期删除了 Pod `\(pod)`"
        : "pod `\(pod)` was deleted with a grace period of \(grace) s"
    case .deleted(let pod, nil):
      return zh ? "删除了 Pod `\(pod)`" : "pod `\(pod)` was deleted"
    case .field(let pod, let path, let value?):
      return zh
        ? "Pod `\(pod)` 的 `\(path)` 是 `\(value)`" : "pod `\(pod)` has `\(path)` set to `\(value)`"
    case .field(let pod, let path, nil):
      return zh ? "Pod `\(pod)` 有 `\(path)` 字段" : "pod `\(pod)` has a `\(path)` field"
    case .all(let checks):
      return checks.map { $0.summary(language) }.joined(separator: zh ? "，并且" : ", and ")
    case .any(let checks):
      return checks.map { $0.summary(language) }.joined(separator: zh ? "，或者" : ", or ")
    case .not(let check):
      return zh ? "并非：\(check.summary(language))" : "not: \(check.summary(language))"
    }
  }
}
