import Cluster
import Container
import Kubectl

extension Check {
  /// Whether the check holds on `cluster` now: nil when it does, else why not.
  ///
  /// Pods are looked up in `default`, the namespace a learner's commands use.
  public func finding(in cluster: Cluster) -> CheckFinding? {
    switch self {
    case .pod(let name, let expectation):
      return Self.pod(name, expectation, in: cluster)
    case .event(let reason, let pod):
      let found = cluster.events(in: "default").contains {
        $0.reason == reason && (pod == nil || $0.involvedObject.name == pod)
      }
      return found ? nil : .noEvent(reason: reason, pod: pod)
    case .read(let path, let pod):
      let found = cluster.execRecords.contains {
        $0.namespace == "default" && $0.podName == pod && $0.filesRead.contains(path)
      }
      return found ? nil : .notRead(path: path, pod: pod)
    case .exec(let pod):
      let found = cluster.execRecords.contains { $0.namespace == "default" && $0.podName == pod }
      return found ? nil : .noExec(pod: pod)
    case .hook(let hook, let pod, let outcome):
      let marks = cluster.timeline(ofPod: pod, in: "default")?.marks ?? []
      return marks.contains { Self.matches($0.kind, hook, outcome) }
        ? nil : .hookNot(hook, pod: pod, outcome: outcome)
    case .deleted(let pod, let grace):
      let graces = (cluster.timeline(ofPod: pod, in: "default")?.marks ?? []).compactMap {
        if case .deleteRequested(let grace) = $0.kind { grace } else { nil }
      }
      guard !graces.isEmpty else { return .notDeleted(pod: pod) }
      guard let grace, !graces.contains(grace) else { return nil }
      return .wrongGrace(pod: pod, expected: grace, actual: graces)
    case .field(let pod, let path, let expected):
      guard let object = cluster.pod(named: pod, in: "default") else {
        return Self.missing(pod, in: cluster)
      }
      guard let json = try? JSONValueEncoder().encode(object),
        let value = FieldPath.value(at: path, in: json)
      else { return .fieldMissing(pod: pod, path: path) }
      guard let expected else { return nil }
      let actual = FieldPath.text(of: value)
      return actual == expected
        ? nil : .fieldDiffers(pod: pod, path: path, expected: expected, actual: actual)
    case .all(let checks):
      for check in checks {
        if let finding = check.finding(in: cluster) { return finding }
      }
      return nil
    case .any(let checks):
      var findings: [CheckFinding] = []
      for check in checks {
        guard let finding = check.finding(in: cluster) else { return nil }
        findings.append(finding)
      }
      return findings.count == 1 ? findings[0] : .noneOf(findings)
    case .not(let check):
      return check.finding(in: cluster) == nil ? .unexpected(check) : nil
    }
  }

  private static func pod(_ name: String, _ expectation: PodExpectation, in cluster: Cluster)
    -> CheckFinding?
  {
    let pod = cluster.pod(named: name, in: "default")
    let noPod = missing(name, in: cluster)
    switch expectation {
    case .absent:
      guard let pod else { return nil }
      return .podStillExists(name, status: PodSummary(pod, now: cluster.now).status)
    case .exists:
      return pod == nil ? noPod : nil
    case .status(let expected):
      guard let pod else { return noPod }
      let actual = PodSummary(pod, now: cluster.now).status
      return actual == expected ? nil : .wrongStatus(name, expected: expected, actual: actual)
    case .ready(let wanted):
      guard let pod else { return noPod }
      let statuses = pod.status?.containerStatuses ?? []
      let ready = !statuses.isEmpty && statuses.allSatisfy(\.ready)
      guard ready != wanted else { return nil }
      let column = PodSummary(pod, now: cluster.now).ready
      return wanted ? .notReady(name, ready: column) : .stillReady(name, ready: column)
    case .restarts(let needed):
      guard let pod else { return noPod }
      let actual = (pod.status?.containerStatuses ?? []).reduce(0) { $0 + Int($1.restartCount) }
      return actual >= needed ? nil : .tooFewRestarts(name, actual: actual, needed: needed)
    }
  }

  /// Why a pod is not there: never created, or deleted (the kubelet's record outlives it).
  private static func missing(_ name: String, in cluster: Cluster) -> CheckFinding {
    cluster.timeline(ofPod: name, in: "default") == nil ? .noPod(name) : .podGone(name)
  }

  private static func matches(
    _ kind: PodTimeline.Mark.Kind, _ hook: HookName, _ outcome: HookOutcome
  )
    -> Bool
  {
    switch (hook, outcome, kind) {
    case (.postStart, .ran, .postStartRunning), (.postStart, .succeeded, .postStartSucceeded),
      (.postStart, .failed, .postStartFailed),
      (.preStop, .ran, .preStopRunning), (.preStop, .succeeded, .preStopSucceeded),
      (.preStop, .failed, .preStopFailed), (.preStop, .cut, .preStopCut):
      true
    default:
      false
    }
  }
}
