import Lessons

/// A ``ProgressReport`` as one self-contained HTML page (`progress report --html`): the same
/// table, legend and per-lesson summaries as ``ProgressTable``, plus the files left out.
///
/// Inline CSS only, no script, no external URL; every string from a learner's file is
/// escaped. Deterministic: the page shows no time of its own making.
public struct ProgressPage {
  let report: ProgressReport
  let strings: UIStrings

  public init(_ report: ProgressReport, strings: UIStrings) {
    self.report = report
    self.strings = strings
  }

  /// The page.
  public func render() -> String {
    let table = ProgressTable(report, strings: strings)
    var html = """
      <!DOCTYPE html>
      <html lang="\(strings.language == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="kubetutor \(Self.escape(KubetutorInfo.version))">
      <title>\(Self.escape(strings.text(.reportTitle)))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <h1>\(Self.escape(strings.text(.reportTitle)))</h1>

      """
    for line in table.header().split(separator: "\n") {
      html += "<p>\(Self.escape(line))</p>\n"
    }
    html += learnerTable(table)
    let lessons = strings.text(.reportLessons) + table.lessonNames().joined(separator: " · ")
    html += "<p class=\"legend\">\(Self.escape(lessons))</p>\n"
    html += "<p class=\"legend\">\(Self.escape(Self.line(strings.text(.reportLegend))))</p>\n"
    html += "<h2>\(Self.escape(strings.text(.reportPerLesson)))</h2>\n"
    for summary in report.summaries { html += lesson(summary, table: table) }
    html += messages()
    html += "</body>\n</html>\n"
    return html
  }

  func learnerTable(_ table: ProgressTable) -> String {
    var html = "<table class=\"learners\">\n<thead>\n<tr><th scope=\"col\">"
    html += Self.escape(strings.text(.reportLearnerTitle)) + "</th>"
    for column in report.columns {
      html += "<th scope=\"col\" title=\"\(Self.escape(column.id))\">\(column.number)</th>"
    }
    html += "<th scope=\"col\">\(Self.escape(strings.text(.reportStuckOnTitle)))</th></tr>\n"
    html += "</thead>\n<tbody>\n"
    for learner in report.learners {
      html += learner.stuck == nil ? "<tr>" : "<tr class=\"stuck\">"
      let title = learner.named ? "" : " title=\"\(Self.escape(learner.path))\""
      html += "<th scope=\"row\"\(title)>\(Self.escape(learner.label))</th>"
      for (index, cell) in learner.cells.enumerated() {
        let stuck = learner.stuck?.column == index
        let kind =
          switch cell {
          case .notStarted: "none"
          case .complete: "done"
          case .onStep: stuck ? "stuck" : "step"
          }
        var hint = report.columns[index].id
        if case .onStep(let number, _, let step) = cell {
          hint += ": " + ProgressTable.step(number, step)
        }
        html += "<td class=\"\(kind)\" title=\"\(Self.escape(hint))\">"
        html += Self.escape(ProgressTable.cell(cell, stuck: stuck)) + "</td>"
      }
      html += "<td>" + (learner.stuck.map { Self.escape(table.stuckText($0)) } ?? "") + "</td>"
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// One lesson: the summary line, then a bar per step.
  func lesson(_ summary: LessonSummary, table: ProgressTable) -> String {
    let column = report.columns[summary.column]
    var html = "<section>\n<h3>\(column.number) \(Self.escape(column.id))"
    if !column.known { html += Self.escape(strings.text(.reportNotHere)) }
    html += "</h3>\n"
    let text = table.summary(summary).split(separator: "\n").first.map(String.init) ?? ""
    html += "<p>\(Self.escape(Self.afterLesson(text)))</p>\n"
    guard summary.started > 0 else { return html + "</section>\n" }
    let largest = max(1, summary.onStep.max() ?? 0, summary.finished, summary.onUnknownStep)
    var rows: [(label: String, count: Int, mark: Bool)] = summary.onStep.enumerated().map {
      index, count in
      let step = index < column.steps.count ? column.steps[index] : nil
      return (ProgressTable.step(index + 1, step), count, summary.mostStuck?.number == index + 1)
    }
    if summary.onUnknownStep > 0 { rows.append(("?", summary.onUnknownStep, false)) }
    rows.append(("✓", summary.finished, false))
    html += "<table class=\"steps\">\n<tbody>\n"
    for row in rows {
      let percent = row.count * 100 / largest
      html += row.mark ? "<tr class=\"stuck\">" : "<tr>"
      html += "<th scope=\"row\">\(Self.escape(row.label))</th><td>\(row.count)</td>"
      html +=
        "<td class=\"bar\"><span aria-hidden=\"true\" style=\"width: \(percent)%\">\(row.count)</span></td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    if let most = summary.mostStuck {
      let line = strings.text(
        .reportStuckSummary,
        [
          "stuck": "\(summary.stuck)", "step": ProgressTable.step(most.number, most.step),
          "count": "\(most.count)",
        ])
      html += "<p class=\"stuck\">\(Self.escape(Self.line(line)))</p>\n"
    }
    return html + "</section>\n"
  }

  /// The files left out and the notes, as on stderr.
  func messages() -> String {
    let lines = ProgressWording(strings).diagnostics(report).split(separator: "\n")
    guard !lines.isEmpty else { return "" }
    var html = "<h2>\(Self.escape(strings.text(.reportMessages)))</h2>\n<ul class=\"messages\">\n"
    for line in lines { html += "<li>\(Self.escape(line))</li>\n" }
    return html + "</ul>\n"
  }

  /// The summary line without its leading `N id: ` (the heading says it).
  static func afterLesson(_ text: String) -> String {
    guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return text }
    return String(text[text.index(after: colon)...]).trimmingSpaces
  }

  /// A one-line UI string without its newline and indentation.
  static func line(_ text: String) -> String {
    text.split(separator: "\n").map(\.trimmingSpaces).joined(separator: " ")
  }

  /// `text` safe in HTML, with the controls a stranger's file may hold hidden.
  static func escape(_ text: some StringProtocol) -> String {
    HTMLText.escape(text, hidingControls: true)
  }

  /// The page's CSS: light and dark, the Okabe-Ito colours the site's timeline uses.
  static let style = """
    :root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #57606a;
      --line: #d0d7de; --done: #d7f0e6; --step: #f6f8fa; --stuck: #fbe0cc; --bar: #0072b2; }
    @media (prefers-color-scheme: dark) { :root { --bg: #0f1419; --fg: #e6edf3;
      --muted: #9ba8b5; --line: #2f3741; --done: #0f3b2e; --step: #161c23; --stuck: #4a2a12;
      --bar: #3f9be0; } }
    body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; background: var(--bg);
      color: var(--fg); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans",
      "PingFang SC", "Noto Sans CJK SC", sans-serif; }
    h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
    h3 { font-size: 1.05rem; margin-bottom: 0.25rem; }
    table { border-collapse: collapse; }
    th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid var(--line); text-align: left; }
    table.learners td { text-align: center; font-variant-numeric: tabular-nums; }
    table.learners td:last-child { text-align: left; }
    table.learners th[scope=row] { max-width: 18rem; overflow: hidden; text-overflow: ellipsis;
      white-space: nowrap; }
    td.done { background: var(--done); } td.step { background: var(--step); }
    td.stuck { background: var(--stuck); font-weight: bold; } td.none { color: var(--muted); }
    table.steps tr.stuck th { background: var(--stuck); }
    .legend, p.stuck { color: var(--muted); }
    table.steps td.bar { width: 20rem; }
    table.steps td.bar span { display: block; background: var(--bar); color: transparent;
      height: 0.9rem; min-width: 1px; overflow: hidden; }
    ul.messages { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
    """
}
