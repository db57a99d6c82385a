import Container

/// One command someone ran in a container through the API (`kubectl exec`, or a line typed in
/// an `exec -it` shell): what lessons check to know the learner looked inside a container,
/// whatever command they chose. Hooks and probes, run by the kubelet, are not recorded.
public struct ExecRecord: Equatable, Sendable {
  /// The pod's namespace and name, and the uid of the pod object it ran in.
  public var namespace: String
  public var podName: String
  public var podUID: String
  public var container: String
  /// The command (argv of a one-shot exec), or the line typed in an interactive shell.
  public var command: [String]
  /// Whether it was a line in an interactive shell.
  public var interactive: Bool
  /// When it started on the cluster clock.
  public var at: Instant
  /// The files its commands read (real paths, in first-read order).
  public var filesRead: [String]
  /// Its exit status (nil: a shell line that did not end the shell; the line's own status is
  /// inside the shell).
  public var exitCode: Int32?

  /// The records a cluster keeps; older ones are dropped first (a workshop afternoon is a few
  /// hundred).
  static let capacity = ClusterLimits.execRecords
}
