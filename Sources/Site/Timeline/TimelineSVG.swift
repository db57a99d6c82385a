import Cluster
import Container

/// Draws a pod's ``PodTimeline`` as an inline SVG: the same record, and the same reading of
/// it, as the shell's `timeline` chart, with the states as coloured stretches on a time axis.
///
/// Colours come from the page's CSS classes (`tl-…`), so dark mode and print apply to it.
enum TimelineSVG {
  /// A ``ContainerActivity/State`` by its CSS class and label key.
  enum State: String, CaseIterable {
    case postStart = "hook"
    case running = "run"
    case notReady = "notready"
    case preStop = "prestop"
    case stopping = "stopping"

    init(_ state: ContainerActivity.State) {
      switch state {
      case .postStart: self = .postStart
      case .running: self = .running
      case .notReady: self = .notReady
      case .preStop: self = .preStop
      case .stopping: self = .stopping
      }
    }
  }

  /// A ``ContainerActivity/Stamp`` by its CSS class: both failures look alike here.
  enum Stamp: String, CaseIterable {
    case failed, killed, exited

    init(_ stamp: ContainerActivity.Stamp) {
      switch stamp {
      case .postStartFailed, .probeFailed: self = .failed
      case .killed: self = .killed
      case .exited: self = .exited
      }
    }
  }

  struct Stretch {
    var from: Instant
    var to: Instant
    var state: State
  }

  struct Row {
    var container: String
    var stretches: [Stretch] = []
    var stamps: [(Instant, Stamp)] = []
  }

  /// Each container's ``ContainerActivity`` in the chart's terms, its current state drawn up
  /// to `now`.
  static func rows(_ timeline: PodTimeline, now: Instant) -> [Row] {
    timeline.containers.map { name in
      let activity = timeline.activity(of: name)
      var row = Row(container: name)
      row.stretches = activity.stretches.map {
        Stretch(from: $0.from, to: $0.to, state: State($0.state))
      }
      if let current = activity.current, now > activity.since {
        row.stretches.append(Stretch(from: activity.since, to: now, state: State(current)))
      }
      row.stamps = activity.stamps.map { ($0.at, Stamp($0.stamp)) }
      return row
    }
  }

  /// The SVG for `timeline` as it was at `now`; `labels` names the states (keys: the
  /// ``State`` and ``Stamp`` raw values, `grace`, `title`); `id` is the element's id, unique on the page.
  static func render(
    _ timeline: PodTimeline, now: Instant, labels: [String: String], id: String
  ) -> String {
    let rows = rows(timeline, now: now)
    let windows = timeline.graceWindows
    let origin = timeline.createdAt
    let end = timeline.chartEnd(now: now)
    let span = Double(max((end - origin).wholeMilliseconds, 1))
    let left = 130.0
    let width = 560.0
    let rowHeight = 26.0
    let top = 8.0
    func x(_ instant: Instant) -> Double {
      left + width * Double((instant - origin).wholeMilliseconds) / span
    }
    func number(_ value: Double) -> String {
      let rounded = (value * 10).rounded() / 10
      return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
    let barsHeight = Double(rows.count + (windows.isEmpty ? 0 : 1)) * rowHeight
    let axisY = top + barsHeight + 4
    // The legend names what this chart shows, in rows that fit its width.
    let used = Set(
      rows.flatMap { $0.stretches.map(\.state.rawValue) + $0.stamps.map(\.1.rawValue) }
        + (windows.isEmpty ? [] : ["grace"]))
    let keys = (State.allCases.map(\.rawValue) + ["grace"] + Stamp.allCases.map(\.rawValue))
      .filter(used.contains)
    var legend: [(key: String, x: Double, row: Int)] = []
    var lx = left
    var legendRow = 0
    for key in keys {
      let itemWidth = 22 + Double(displayWidth(labels[key] ?? key)) * 6.2
      if lx + itemWidth > left + width, lx > left {
        lx = left
        legendRow += 1
      }
      legend.append((key, lx, legendRow))
      lx += itemWidth
    }
    let legendY = axisY + 30
    let height = legendY + 8 + Double(legend.isEmpty ? 0 : legendRow + 1) * 16
    let title = HTML.escape(
      (labels["title"] ?? "Timeline of {pod}").replacing("{pod}", with: timeline.podName))
    var svg =
      "<svg class=\"timeline\" id=\"\(id)\" role=\"img\" aria-label=\"\(title)\" "
      + "viewBox=\"0 0 \(number(left + width + 20)) \(number(height))\" "
      + "xmlns=\"http://www.w3.org/2000/svg\"><title>\(title)</title>"
    for (index, row) in rows.enumerated() {
      let y = top + Double(index) * rowHeight
      svg +=
        "<text class=\"tl-label\" x=\"\(number(left - 8))\" y=\"\(number(y + 15))\" "
        + "text-anchor=\"end\">\(HTML.escape(shortened(row.container)))</text>"
        + "<rect class=\"tl-track\" x=\"\(number(left))\" y=\"\(number(y + 3))\" "
        + "width=\"\(number(width))\" height=\"16\"/>"
      for stretch in row.stretches {
        let from = x(stretch.from)
        let to = max(x(stretch.to), from + 1)
        svg +=
          "<rect class=\"tl-\(stretch.state.rawValue)\" x=\"\(number(from))\" "
          + "y=\"\(number(y + 3))\" width=\"\(number(to - from))\" height=\"16\">"
          + "<title>\(HTML.escape(labels[stretch.state.rawValue] ?? stretch.state.rawValue)) "
          + "\(seconds(stretch.from - origin))–\(seconds(stretch.to - origin))</title></rect>"
      }
      for (at, stamp) in row.stamps {
        let cx = x(at)
        svg +=
          "<path class=\"tl-\(stamp.rawValue)\" d=\"M\(number(cx - 5)) \(number(y + 1))"
          + "L\(number(cx + 5)) \(number(y + 1))L\(number(cx)) \(number(y + 9))Z\">"
          + "<title>\(HTML.escape(labels[stamp.rawValue] ?? stamp.rawValue)) "
          + "\(seconds(at - origin))</title></path>"
      }
    }
    if !windows.isEmpty {
      let y = top + Double(rows.count) * rowHeight
      svg +=
        "<text class=\"tl-label\" x=\"\(number(left - 8))\" y=\"\(number(y + 15))\" "
        + "text-anchor=\"end\">\(HTML.escape(labels["grace"] ?? "grace"))</text>"
      for (from, to) in windows {
        let a = x(from)
        let b = max(x(to), a + 1)
        svg +=
          "<path class=\"tl-grace\" d=\"M\(number(a)) \(number(y + 4))V\(number(y + 16))"
          + "H\(number(b))V\(number(y + 4))\"><title>\(HTML.escape(labels["grace"] ?? "grace")) "
          + "\(seconds(from - origin))–\(seconds(to - origin))</title></path>"
      }
    }
    // The axis: about six round ticks.
    let step = tickStep(span / 1000)
    svg +=
      "<line class=\"tl-axis\" x1=\"\(number(left))\" y1=\"\(number(axisY))\" "
      + "x2=\"\(number(left + width))\" y2=\"\(number(axisY))\"/>"
    var tick = 0.0
    while tick <= span / 1000 + 0.0001 {
      let tx = left + width * tick * 1000 / span
      svg +=
        "<line class=\"tl-axis\" x1=\"\(number(tx))\" y1=\"\(number(axisY))\" "
        + "x2=\"\(number(tx))\" y2=\"\(number(axisY + 4))\"/>"
        + "<text class=\"tl-tick\" x=\"\(number(tx))\" y=\"\(number(axisY + 16))\" "
        + "text-anchor=\"middle\">\(number(tick))s</text>"
      tick += step
    }
    for (key, lx, row) in legend {
      let legendY = legendY + Double(row) * 16
      let label = HTML.escape(labels[key] ?? key)
      let isStamp = Stamp(rawValue: key) != nil
      svg +=
        key == "grace"
        ? "<path class=\"tl-grace\" d=\"M\(number(lx)) \(number(legendY - 9))V\(number(legendY))H\(number(lx + 10))V\(number(legendY - 9))\"/>"
        : isStamp
          ? "<path class=\"tl-\(key)\" d=\"M\(number(lx)) \(number(legendY - 9))L\(number(lx + 10)) \(number(legendY - 9))L\(number(lx + 5)) \(number(legendY - 1))Z\"/>"
          : "<rect class=\"tl-\(key)\" x=\"\(number(lx))\" y=\"\(number(legendY - 9))\" width=\"10\" height=\"10\"/>"
      svg +=
        "<text class=\"tl-legend\" x=\"\(number(lx + 14))\" y=\"\(number(legendY))\">\(label)</text>"
    }
    return svg + "</svg>"
  }

  /// A round tick spacing giving at most about eight ticks over `seconds`.
  static func tickStep(_ seconds: Double) -> Double {
    for step in [1.0, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600] where seconds / step <= 8 {
      return step
    }
    return (seconds / 8).rounded(.up)
  }

  static func seconds(_ duration: Duration) -> String {
    let milliseconds = duration.wholeMilliseconds
    return milliseconds % 1000 == 0
      ? "\(milliseconds / 1000)s" : "\(Double(milliseconds) / 1000)s"
  }

  static func shortened(_ name: String) -> String {
    name.count <= 18 ? name : String(name.prefix(17)) + "…"
  }

  /// Columns the text takes: CJK characters count two.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
  }
}
