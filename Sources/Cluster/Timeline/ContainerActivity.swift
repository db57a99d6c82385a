import Container

/// What one container of a ``PodTimeline`` was doing between its marks: the reading of the
/// record that the shell's `timeline` chart and the site's SVG both draw.
public struct ContainerActivity: Equatable, Sendable {
  /// What a container was doing over a stretch of time.
  public enum State: Equatable, Sendable {
    case postStart, running, notReady, preStop, stopping
  }

  /// A one-off step, drawn as a mark rather than a stretch.
  public enum Stamp: Equatable, Sendable {
    case postStartFailed, probeFailed, killed, exited
  }

  public struct Stretch: Equatable, Sendable {
    public var from: Instant
    public var to: Instant
    public var state: State
  }

  public struct StampMark: Equatable, Sendable {
    public var at: Instant
    public var stamp: Stamp
  }

  public var container: String
  /// Closed stretches, each between two marks, in time order (none of zero length).
  public var stretches: [Stretch] = []
  public var stamps: [StampMark] = []
  /// The state since the last mark, which lasts until now; nil once the container is gone.
  public var current: State?
  public var since: Instant
}

extension PodTimeline {
  /// How `container` spent its time, mark by mark.
  public func activity(of container: String) -> ContainerActivity {
    var activity = ContainerActivity(container: container, current: nil, since: createdAt)
    for mark in marks where mark.container == container || mark.kind == .removed {
      if let state = activity.current, mark.at > activity.since {
        activity.stretches.append(.init(from: activity.since, to: mark.at, state: state))
      }
      activity.since = max(activity.since, mark.at)
      let state = activity.current
      switch mark.kind {
      case .started, .running, .postStartSucceeded, .preStopSucceeded, .preStopFailed,
        .preStopCut:
        activity.current = state == .stopping ? .stopping : .running
      // Readiness changes the look of a running stretch, not of a hook or a stop.
      case .ready: activity.current = state == .notReady ? .running : state
      case .notReady: activity.current = state == .running ? .notReady : state
      case .startupProbeSucceeded, .deleteRequested: break
      case .probeFailed: activity.stamps.append(.init(at: mark.at, stamp: .probeFailed))
      case .postStartFailed: activity.stamps.append(.init(at: mark.at, stamp: .postStartFailed))
      case .postStartRunning: activity.current = .postStart
      case .preStopRunning: activity.current = .preStop
      case .stopSignal: activity.current = .stopping
      case .killed: activity.stamps.append(.init(at: mark.at, stamp: .killed))
      case .exited:
        activity.current = nil
        activity.stamps.append(.init(at: mark.at, stamp: .exited))
      case .removed:
        if state != nil { activity.stamps.append(.init(at: mark.at, stamp: .killed)) }
        activity.current = nil
      }
    }
    return activity
  }

  /// Each grace period asked for: from the delete to its deadline.
  public var graceWindows: [(from: Instant, to: Instant)] {
    marks.compactMap {
      guard case .deleteRequested(let grace) = $0.kind, grace > 0 else { return nil }
      return ($0.at, $0.at + .seconds(grace))
    }
  }

  /// Where a chart drawn at `now` ends: now, the last mark, or the last grace deadline.
  public func chartEnd(now: Instant) -> Instant {
    var end = max(now, marks.last?.at ?? createdAt)
    for (_, deadline) in graceWindows { end = max(end, deadline) }
    return end
  }
}
