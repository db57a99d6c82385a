/// A unit of scheduled cluster work: one stage of the scheduler's or the kubelet's state machine.
///
/// Each carries the pod's UID and, for kubelet work, the pod worker's epoch: a task scheduled by
/// a pod worker that has since been restarted or cancelled is stale and ignored.
enum ClusterTask: Hashable, Sendable {
  /// The scheduler binds the pod to the node.
  case bind(uid: String)
  /// The kubelet admits the pod and posts its first status.
  case admit(uid: String)
  /// The pod sandbox (network namespace and IP) is ready; containers can start.
  case sandboxReady(uid: String, epoch: Int)
  /// Start the container at `index` of the start order (pull first if needed).
  case startContainer(uid: String, epoch: Int, index: Int)
  /// The image pull of the container at `index` has finished.
  case imagePulled(uid: String, epoch: Int, index: Int)
  /// The container at `index` was created; start its process.
  case containerCreated(uid: String, epoch: Int, index: Int)
  /// The postStart hook of the container at `index` has finished.
  case postStartFinished(uid: String, epoch: Int, index: Int)
  /// The pod worker's sync returned: post a fresh status.
  case syncStatus(uid: String)
  /// The process of a container exited (scheduled from the simulated runtime).
  case containerExited(uid: String, container: String, instance: Int)
  /// The kubelet observed the deletion request and starts killing containers.
  case beginTermination(uid: String)
  /// The preStop hook finished or the grace period ran out: send the stop signal.
  case stopContainer(uid: String, container: String, instance: Int, graceMilliseconds: Int64)
  /// The stop timeout ran out: SIGKILL.
  case killContainer(uid: String, container: String, instance: Int)
  /// All containers stopped: post the terminal phase.
  case finishTermination(uid: String)
  /// The kubelet deletes the API object with grace period 0.
  case removePod(uid: String)
  /// Restart a container after its back-off.
  case restartContainer(uid: String, container: String)
  /// The container's spec changed (a new image): kill it (preStop first) and start it again.
  case definitionChanged(uid: String, container: String)
  /// The registry answered that the image does not exist.
  case imagePullFailed(uid: String, epoch: Int, index: Int)
  /// A sync during the image back-off.
  case imageBackOff(uid: String, epoch: Int, index: Int)
  /// A second delete shortened the grace period of a pod already terminating.
  case shortenTermination(uid: String, grace: Int64)
  /// The pod worker's sync during a crash back-off (CrashLoopBackOff, `BackOff`).
  case backOffSync(uid: String, container: String, instance: Int)
  /// A preStop handler returned its error: the kubelet records FailedPreStopHook.
  case preStopFailed(uid: String, container: String, instance: Int)
  /// A terminating sidecar's preStop is over or its grace period ran out: stop it if its turn came.
  case sidecarTurn(uid: String, container: String, instance: Int)
  /// A probe worker's turn: on its ticker (`periodic`) or triggered once by a status update.
  case probe(uid: String, container: String, kind: ProbeKind, periodic: Bool)

  /// The pod the task is about.
  var uid: String {
    switch self {
    case .bind(let uid), .admit(let uid), .syncStatus(let uid), .beginTermination(let uid),
      .finishTermination(let uid), .removePod(let uid):
      uid
    case .sandboxReady(let uid, _), .startContainer(let uid, _, _), .imagePulled(let uid, _, _),
      .containerCreated(let uid, _, _), .postStartFinished(let uid, _, _),
      .containerExited(let uid, _, _),
      .stopContainer(let uid, _, _, _), .killContainer(let uid, _, _),
      .restartContainer(let uid, _),
      .definitionChanged(let uid, _), .shortenTermination(let uid, _),
      .imagePullFailed(let uid, _, _), .imageBackOff(let uid, _, _),
      .probe(let uid, _, _, _), .sidecarTurn(let uid, _, _), .preStopFailed(let uid, _, _),
      .backOffSync(let uid, _, _):
      uid
    }
  }
}
