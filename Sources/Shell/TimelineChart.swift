import Cluster
import Container
import Lessons

/// Draws a pod's ``PodTimeline`` as text for the `timeline` command: the steps in order, then
/// one bar per container on a shared time axis with the grace period marked.
///
/// Fits 80 columns and reads without colour: states are letters, explained in a legend.
public enum TimelineChart {
  /// Width of the bars, in columns.
  static let barWidth = 50
  /// The step list shows at most this many of the latest steps.
  static let maximumSteps = 40

  public static func render(
    _ timeline: PodTimeline, now: Instant, strings: UIStrings = UIStrings(.en)
  ) -> String {
    let origin = timeline.createdAt
    let title = timeline.podName
    var text = strings.text(
      .timelineTitle, ["pod": title.count <= 64 ? title : String(title.prefix(63)) + "…"])
    text += strings.text(
      .timelineClock, ["created": clock(origin), "now": offset(now - origin)])
    let marks = timeline.marks
    if marks.isEmpty {
      return text + strings.text(.timelineNothing)
    }
    // 2 + 24 + 3 + 50 + 1 = 80 columns for a bar; longer names are shortened with an ellipsis.
    let nameWidth = min(24, max(timeline.containers.map(\.count).max() ?? 0, 5))
    if marks.count > maximumSteps {
      text += strings.text(.timelineEarlier, ["count": String(marks.count - maximumSteps)])
    }
    for mark in marks.suffix(maximumSteps) {
      let who = mark.container.map { fit($0, nameWidth) } ?? pad("pod", nameWidth)
      let time = offset(mark.at - origin)
      let lead = String(repeating: " ", count: max(0, 9 - time.count)) + time + "  " + who + "  "
      text +=
        lead
        + wrap(
          describe(mark.kind, at: mark.at, origin: origin, strings: strings), at: 80 - lead.count
        )
        .joined(separator: "\n" + String(repeating: " ", count: lead.count)) + "\n"
    }
    text += "\n" + chart(timeline, now: now, nameWidth: nameWidth, strings: strings)
    return text
  }

  static func describe(
    _ kind: PodTimeline.Mark.Kind, at: Instant, origin: Instant,
    strings: UIStrings = UIStrings(.en)
  ) -> String {
    switch kind {
    case .started: strings.text(.timelineStarted)
    case .postStartRunning: strings.text(.timelinePostStartRunning)
    case .postStartSucceeded: strings.text(.timelinePostStartSucceeded)
    case .postStartFailed: strings.text(.timelinePostStartFailed)
    case .running: "Running"
    case .startupProbeSucceeded: strings.text(.timelineStartupProbeSucceeded)
    case .ready: "Ready"
    case .notReady: strings.text(.timelineNotReady)
    case .probeFailed(let kind): strings.text(.timelineProbeFailed, ["probe": kind.rawValue])
    case .deleteRequested(let grace) where grace == 0: strings.text(.timelineDeleteNow)
    case .deleteRequested(let grace):
      strings.text(
        .timelineDelete,
        ["grace": "\(grace)s", "until": offset(at + .seconds(grace) - origin)])
    case .preStopRunning: strings.text(.timelinePreStopRunning)
    case .preStopSucceeded: strings.text(.timelinePreStopReturned)
    case .preStopFailed: strings.text(.timelinePreStopFailed)
    case .preStopCut: strings.text(.timelinePreStopCut)
    case .stopSignal(let signal, let grace):
      strings.text(
        .timelineStopSignal,
        ["signal": "SIG\(signal)", "due": offset(at + .milliseconds(grace) - origin)])
    case .killed: "SIGKILL"
    case .exited(let code): strings.text(.timelineExited, ["code": String(code)])
    case .removed: strings.text(.timelineRemoved)
    }
  }

  /// The bars: one letter per column for what the container was doing at that time.
  static func chart(
    _ timeline: PodTimeline, now: Instant, nameWidth: Int, strings: UIStrings = UIStrings(.en)
  ) -> String {
    let origin = timeline.createdAt
    let end = timeline.chartEnd(now: now)
    let span = Double(max((end - origin).wholeMilliseconds, 1))
    func column(_ instant: Instant) -> Int {
      // In floating point: a grace period of years times the width overflows Int64 milliseconds.
      let fraction = Double((instant - origin).wholeMilliseconds) / span
      return min(barWidth - 1, max(0, Int((fraction * Double(barWidth)).rounded(.down))))
    }
    let indent = String(repeating: " ", count: nameWidth + 5)
    var text = ""
    for name in timeline.containers {
      let activity = timeline.activity(of: name)
      var bar = [Character](repeating: " ", count: barWidth)
      // Fill each stretch with the state it was in, then stamp the one-off steps on top.
      for stretch in activity.stretches {
        for c in column(stretch.from)..<max(column(stretch.from), column(stretch.to)) {
          bar[c] = letter(stretch.state)
        }
      }
      if let current = activity.current {
        for c in column(activity.since)..<barWidth where c <= column(now) {
          bar[c] = letter(current)
        }
      }
      // Where two steps share a column, the rarer one wins: SIGKILL, then a failed hook.
      let rank: [Character: Int] = ["x": 0, "P": 1, "!": 1, "K": 2]
      for mark in activity.stamps {
        let c = column(mark.at)
        let stamp = letter(mark.stamp)
        if (rank[bar[c]] ?? -1) < (rank[stamp] ?? 0) { bar[c] = stamp }
      }
      text += "  " + fit(name, nameWidth) + "  |" + String(bar) + "|\n"
    }
    for (from, to) in timeline.graceWindows {
      let start = column(from)
      let stop = max(start, column(to))
      var line = [Character](repeating: " ", count: barWidth)
      for c in start...stop { line[c] = "-" }
      line[start] = "["
      line[stop] = "]"
      let drawn = String(line)
      text +=
        "  " + pad(strings.text(.timelineGraceLabel), nameWidth) + "   "
        + drawn[..<(drawn.lastIndex(of: "]") ?? drawn.endIndex)] + "]\n"
    }
    let left = "0s"
    let right = offset(end - origin)
    text +=
      indent + left + String(repeating: " ", count: max(1, barWidth - left.count - right.count))
      + right + "\n"
    text += "\n" + strings.text(.timelineLegend)
    let probed = timeline.marks.contains {
      switch $0.kind {
      case .notReady, .probeFailed: true
      default: false
      }
    }
    if probed { text += strings.text(.timelineLegendProbes) }
    return text
  }

  static func letter(_ state: ContainerActivity.State) -> Character {
    switch state {
    case .postStart: "p"
    case .running: "="
    case .notReady: "."
    case .preStop: "s"
    case .stopping: "~"
    }
  }

  static func letter(_ stamp: ContainerActivity.Stamp) -> Character {
    switch stamp {
    case .postStartFailed: "!"
    case .probeFailed: "P"
    case .killed: "K"
    case .exited: "x"
    }
  }

  /// `12.3s`, `2m05.0s`: time since the pod was created.
  static func offset(_ duration: Duration) -> String {
    let tenths = max(0, duration.wholeMilliseconds / 100)
    let seconds = tenths / 10
    if seconds < 60 { return "\(seconds).\(tenths % 10)s" }
    let rest = seconds % 60
    return "\(seconds / 60)m\(rest < 10 ? "0" : "")\(rest).\(tenths % 10)s"
  }

  static func clock(_ instant: Instant) -> String {
    let civil = CivilTime(instant)
    return
      "\(CivilTime.pad(civil.hour)):\(CivilTime.pad(civil.minute)):\(CivilTime.pad(civil.second))"
  }

  /// Splits `text` at spaces into lines of at most `width` columns (a longer word stays whole).
  static func wrap(_ text: String, at width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      let size = ColumnLayout.displayWidth(String(word))
      if !line.isEmpty && ColumnLayout.displayWidth(line) + 1 + size > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return lines + [line]
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - ColumnLayout.displayWidth(text)))
  }

  static func fit(_ text: String, _ width: Int) -> String {
    text.count <= width ? pad(text, width) : String(text.prefix(width - 1)) + "…"
  }
}
