import Cluster
import Container

/// Lets a command that blocks in real kubectl spend real time on a terminal.
///
/// `kubetutor run`, the tests and the site pass none: blocking commands then move the virtual
/// clock at once (DESIGN.md, Time). The interactive shell passes one that sleeps until the wall
/// clock catches up, streams what the command printed so far and notices Ctrl-C. The Kubectl
/// layer only asks it; it never reads a clock or a signal itself.
public protocol Pacer: Sendable {
  /// Waits until the virtual clock may move from `now` to `target`, or for good when `target`
  /// is nil (an idle watch), unless the learner presses Ctrl-C first.
  ///
  /// A streaming pacer first writes `pending` to the terminal and empties it.
  /// - Returns: nil once `target` is reached; otherwise the instant, between `now` and
  ///   `target`, at which the wait was interrupted.
  func wait(
    from now: Instant, until target: Instant?, for activity: WaitActivity,
    pending: inout CommandOutput
  ) -> Instant?
}

/// What a blocking command waits for: the shell's wait indicator names it.
public enum WaitActivity: Equatable, Sendable {
  /// `kubectl delete` waiting for the pods to go.
  case deletion(pods: [String])
  /// `kubectl wait --for=…` on a pod.
  case condition(String, pod: String)
  /// `kubectl get -w`.
  case watch
  /// `kubectl logs -f`.
  case logs(pod: String)
  /// A command running in a container (`kubectl exec`, a line in a container shell).
  case exec(pod: String)
  /// The outer shell's `sleep`.
  case sleep
}

extension Pacer {
  /// The pacing of one command run in a container from `now` (``ExecPace``): its terminal
  /// output is handed to the pacer part by part, when the command wrote it.
  public func execPace(from now: Instant, pod: String) -> ExecPace {
    { progress in
      var pending = CommandOutput()
      var shown = 0
      var streaming = true
      let bytes = Array(progress.output.utf8)
      let inside = progress.marks.filter { $0.at < progress.elapsed }
      var due: OutputMark?  // written by the time reached, not shown yet
      for (index, stop) in (inside.map(\.at) + [progress.elapsed]).enumerated() {
        var end = shown
        if let mark = due, streaming, min(mark.length, bytes.count) > end {
          let upTo = min(mark.length, bytes.count)
          let text = String(decoding: bytes[end..<upTo], as: UTF8.self)
          if mark.isError { pending.err(text) } else { pending.out(text) }
          end = upTo
        }
        let stopped = wait(from: now, until: now + stop, for: .exec(pod: pod), pending: &pending)
        if pending.chunks.isEmpty {
          shown = end  // a streaming pacer took it
        } else {
          streaming = false  // redirected: everything is printed at the end
        }
        pending.chunks.removeAll()
        if let stopped { return ExecPacing(stoppedAt: stopped - now, shown: shown) }
        due = index < inside.count ? inside[index] : nil
      }
      return ExecPacing(stoppedAt: nil, shown: shown)
    }
  }
}

extension Cluster {
  /// How a paced wait for a condition ended.
  enum PacedOutcome: Equatable {
    case met
    case timedOut
    case interrupted
  }

  /// ``advance(until:limit:)`` at the pacer's speed: stops at the moment `condition` holds,
  /// after `limit`, or where Ctrl-C came (then `output` is marked interrupted). The containers
  /// using up the work the shell allowed stops it as Ctrl-C would, unmarked (the shell says why).
  mutating func advance(
    until condition: (Cluster) -> Bool, limit: Duration, pacer: (any Pacer)?,
    activity: WaitActivity, output: inout CommandOutput
  ) -> PacedOutcome {
    guard let pacer else {
      if advance(until: condition, limit: limit) { return .met }
      return workExhausted ? .interrupted : .timedOut
    }
    let end = now + limit
    if condition(self) { return .met }
    while now < end {
      if workExhausted { return .interrupted }
      let next = min(nextChange ?? end, end)
      if let stop = pacer.wait(from: now, until: next, for: activity, pending: &output) {
        advance(to: stop)
        output.markInterrupted()
        return .interrupted
      }
      advance(to: next)
      if condition(self) { return .met }
    }
    return .timedOut
  }
}
