/// Every bound of the simulated API server and node, in one place (README.md, "Limits").
///
/// Where a real cluster has the same bound, the value and the error are the real ones; the
/// others are the simulator's own, and kubectl says so in a kubetutor note.
public enum ClusterLimits {
  // MARK: - Manifests (kubectl's YAML-to-JSON conversion)

  /// Values one manifest may have, aliases expanded (a text with more separators than this is
  /// not parsed at all). A document that gets more than 99% of its values from aliases stops
  /// earlier, with go-yaml's `yaml: document contains excessive aliasing` (a "billion laughs"
  /// document, after some 100 000 values); one with more values than this is refused as the API
  /// server refuses a request that large (`Request entity too large`): a Pod that big is past
  /// 3 MiB of JSON anyway.
  public static let manifestNodes = 1_000_000
  /// Nesting of a manifest document: `yaml: line N: exceeded max depth of 1000`. libyaml (in
  /// Yams) stops there; go-yaml's own limit is 10 000, with the same words.
  public static let manifestDepth = 1000

  // MARK: - The API server

  /// The largest request body the API server reads (`MaxRequestBodyBytes`, 3 MiB):
  /// `Error from server (RequestEntityTooLarge): … Request entity too large: limit is 3145728`.
  public static let requestBytes = 3 << 20
  /// The largest object etcd stores (its `--max-request-bytes`, 1.5 MiB), measured as the
  /// object's JSON: `Error from server: … etcdserver: request is too large`.
  public static let objectBytes = 1536 << 10
  /// The total size of an object's annotations, keys and values:
  /// `metadata.annotations: Too long: may not be more than 262144 bytes`.
  public static let annotationBytes = 256 << 10
  /// Pods the simulated cluster holds at once (terminating ones included). A real cluster has
  /// no such number; kubectl says it is the simulator's.
  public static let pods = 10_000
  /// Commands the containers (PID 1's scripts, hooks, probes) may run while one outer command
  /// moves the clock: a probe that loops without sleeping costs up to an exec's whole budget
  /// each period, so a week's fast-forward would otherwise take hours. Past it the clock stops
  /// where it is and the shell says so (a few seconds' work in a release build).
  public static let commandsPerOuterCommand = 2_000_000
  /// Bytes all the node's containers may write to their file systems together (each one also
  /// has ``ContainerLimits/diskBytes``): a full node disk, so a manifest of many pods that each
  /// write a big file gets `No space left on device` rather than the simulator eating the
  /// machine's memory.
  public static let nodeDiskBytes = 128 << 20

  // MARK: - Records the cluster keeps

  /// Events live this long after they last happened (the API server's default `--event-ttl`).
  public static let eventLifetime = Duration.seconds(3600)
  /// Commands run in containers kept for lessons to check (the oldest go first).
  public static let execRecords = 2000
  /// Steps kept on one pod's timeline (the oldest go first).
  public static let timelineMarks = 2000
  /// Timelines of pods that are gone kept for `timeline POD` (the oldest go first).
  public static let pastTimelines = 500
}
