/// A predicate over the simulated cluster and what the learner did in it: how a step knows it
/// is done, whichever way the learner got there.
///
/// Checks look at state (objects, events, the kubelet's record of hooks, the commands run in
/// containers), never at the text the learner typed.
public indirect enum Check: Equatable, Sendable {
  /// Something about the pod named `pod` in `default`.
  case pod(String, PodExpectation)
  /// An event with this reason was recorded (about the pod `pod`, when given).
  case event(reason: String, pod: String?)
  /// A command run in the pod (`kubectl exec`, or a line in an `exec -it` shell) read the file.
  case read(path: String, pod: String)
  /// Any command was run in the pod through `kubectl exec`.
  case exec(pod: String)
  /// The pod's hook ran, with this outcome (its last pod of that name, even once deleted).
  case hook(HookName, pod: String, outcome: HookOutcome)
  /// The pod was deleted (a grace period requested; with `grace`, exactly that one).
  case deleted(pod: String, grace: Int64?)
  /// A field of the pod object (`.spec.terminationGracePeriodSeconds`): present, or equal to
  /// a value as kubectl's JSON shows it.
  case field(pod: String, path: String, equals: String?)
  /// Every check holds.
  case all([Check])
  /// At least one holds.
  case any([Check])
  /// The check does not hold.
  case not(Check)
}

/// What a ``Check/pod(_:_:)`` check expects of the pod.
public enum PodExpectation: Equatable, Sendable {
  /// It exists.
  case exists
  /// It does not exist (never created, or deleted and gone).
  case absent
  /// `kubectl get pods` shows this STATUS (`Running`, `CrashLoopBackOff`, `Completed`).
  case status(String)
  /// Every container is ready (`ready: true`), or not (`ready: false`).
  case ready(Bool)
  /// Its containers have restarted at least this many times in all.
  case restarts(atLeast: Int)
}

/// The two container hooks.
public enum HookName: String, Equatable, Sendable, CaseIterable {
  case postStart, preStop
}

/// How a hook run ended, as the kubelet saw it.
public enum HookOutcome: String, Equatable, Sendable, CaseIterable {
  /// It started (whatever happened next).
  case ran
  /// It returned successfully.
  case succeeded
  /// It failed (a postStart failure kills the container).
  case failed
  /// The grace period ran out while a preStop still ran.
  case cut
}
