import Lessons

/// A ``ProgressReport`` as an instructor reads it on a terminal: a header, the table of
/// learners × lessons (lesson numbers as headings, a legend below), and each lesson at a glance.
///
///     Learners: 3 (from 4 files) · stuck: 1 (no progress for over 10 min before their export)
///
///     LEARNER          1     2     STUCK ON
///     Ada Lovelace     ✓     2/3
///     Bo               3/4!  —     lesson 1, step 3 read-message, 25 min
///
/// Fits ``width`` columns (wide characters count two): names are cut with `…`, and so is the
/// stuck column. Everything a learner's file supplied is made printable first.
public struct ProgressTable {
  /// The widest the output gets.
  public static let width = 100
  /// The widest a learner's name gets.
  public static let nameWidth = 28
  /// The narrowest a lesson's column gets (`3/4!`).
  static let cellWidth = 4

  let report: ProgressReport
  let strings: UIStrings
  let width: Int

  public init(_ report: ProgressReport, strings: UIStrings, width: Int = ProgressTable.width) {
    self.report = report
    self.strings = strings
    self.width = width
  }

  /// The whole report.
  public func render() -> String {
    var text = header() + "\n"
    text += table() + "\n"
    text += legend() + "\n"
    text += report.summaries.map(summary).joined(separator: "\n")
    return text
  }

  func header() -> String {
    var text = strings.text(
      .reportHeader,
      [
        "learners": "\(report.learners.count)", "files": "\(report.filesRead)",
        "stuck": "\(report.stuckLearners)",
        "minutes": "\(report.stuckAfter.components.seconds / 60)",
      ])
    if !report.problems.isEmpty || report.duplicates > 0 || report.superseded > 0 {
      text += strings.text(
        .reportLeftOut,
        [
          "problems": "\(report.problems.count)", "duplicates": "\(report.duplicates)",
          "superseded": "\(report.superseded)",
        ])
    }
    return text
  }

  /// What a cell shows: `✓`, `3/4`, `?/4`, `—`, with `!` when the learner is stuck there.
  static func cell(_ cell: ReportCell, stuck: Bool) -> String {
    switch cell {
    case .notStarted: return "—"
    case .complete: return "✓"
    case .onStep(let number, let total, _):
      let text = (number.map(String.init) ?? "?") + "/" + (total.map(String.init) ?? "?")
      return stuck ? text + "!" : text
    }
  }

  func table() -> String {
    let cells = report.learners.map { learner in
      learner.cells.enumerated().map { index, cell in
        Self.cell(cell, stuck: learner.stuck?.column == index)
      }
    }
    let columnWidths = report.columns.indices.map { index in
      cells.reduce(max(Self.cellWidth, String(report.columns[index].number).count)) {
        max($0, ColumnLayout.displayWidth($1[index]))
      }
    }
    let learnerHeading = strings.text(.reportLearner)
    let names = report.learners.map { ProgressWording.printable($0.label) }
    let nameWidth = min(
      Self.nameWidth,
      names.reduce(ColumnLayout.displayWidth(learnerHeading)) {
        max($0, ColumnLayout.displayWidth($1))
      })
    let stuckWidth = max(
      8, width - nameWidth - columnWidths.reduce(0) { $0 + $1 + 2 } - 2)
    var lines: [String] = []
    var heading = Self.pad(learnerHeading, nameWidth)
    for (column, columnWidth) in zip(report.columns, columnWidths) {
      heading += "  " + Self.pad(String(column.number), columnWidth)
    }
    if report.stuckLearners > 0 { heading += "  " + strings.text(.reportStuckOn) }
    lines.append(Self.trimmingTrailingSpaces(heading))
    for (row, learner) in report.learners.enumerated() {
      var line = Self.pad(Self.truncate(names[row], to: nameWidth), nameWidth)
      for (cell, columnWidth) in zip(cells[row], columnWidths) {
        line += "  " + Self.pad(cell, columnWidth)
      }
      if let stuck = learner.stuck {
        line += "  " + Self.truncate(stuckText(stuck), to: stuckWidth)
      }
      lines.append(Self.trimmingTrailingSpaces(line))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// `lesson 2, step 3 read-message, 25 min`.
  func stuckText(_ stuck: ReportLearner.Stuck) -> String {
    strings.text(
      .reportStuckCell,
      [
        "lesson": "\(report.columns[stuck.column].number)",
        "step": Self.step(stuck.number, stuck.step),
        "minutes": "\(stuck.idle.components.seconds / 60)",
      ])
  }

  /// `3 read-message`, `? read-message`, `3`.
  static func step(_ number: Int?, _ id: String?) -> String {
    (number.map(String.init) ?? "?") + (id.map { " " + $0 } ?? "")
  }

  /// The lesson numbers and ids, wrapped to the width, and what the cells mean.
  func legend() -> String {
    Self.wrap(lessonNames(), first: strings.text(.reportLessons), separator: " · ", width: width)
      + strings.text(.reportLegend)
  }

  /// `1 lifecycle-demo`, …, with a lesson this kubetutor lacks marked.
  func lessonNames() -> [String] {
    report.columns.map { column in
      "\(column.number) \(column.id)" + (column.known ? "" : strings.text(.reportNotHere))
    }
  }

  /// One lesson: finished, on the way, not started; then by step, and where learners stick.
  func summary(_ summary: LessonSummary) -> String {
    let column = report.columns[summary.column]
    let lesson = "\(column.number) \(column.id)"
    guard summary.started > 0 else { return strings.text(.reportSummaryNobody, ["lesson": lesson]) }
    var text = strings.text(
      .reportSummary,
      [
        "lesson": lesson, "finished": "\(summary.finished)",
        "learners": "\(report.learners.count)",
        "active": "\(summary.started - summary.finished)",
        "idle": "\(report.learners.count - summary.started)",
      ])
    var items = summary.onStep.enumerated().map { index, count in
      Self.step(index + 1, index < column.steps.count ? column.steps[index] : nil) + ": \(count)"
    }
    if summary.onUnknownStep > 0 { items.append("?: \(summary.onUnknownStep)") }
    if !items.isEmpty, summary.finished < summary.started {
      text += Self.wrap(
        items, first: "    " + strings.text(.reportByStep), separator: " · ", width: width)
    }
    if let most = summary.mostStuck {
      text += strings.text(
        .reportStuckSummary,
        [
          "stuck": "\(summary.stuck)", "step": Self.step(most.number, most.step),
          "count": "\(most.count)",
        ])
    }
    return text
  }

  // MARK: - Layout

  /// `items` joined by `separator` after `first`, in lines no wider than `width`; later lines
  /// are indented as wide as `first`.
  static func wrap(_ items: [String], first: String, separator: String, width: Int) -> String {
    let indent = String(repeating: " ", count: ColumnLayout.displayWidth(first))
    var lines: [String] = []
    var line = first
    var empty = true
    for item in items {
      let candidate = empty ? line + item : line + separator + item
      if !empty, ColumnLayout.displayWidth(candidate) > width {
        lines.append(line)
        line = indent + item
      } else {
        line = candidate
      }
      empty = false
    }
    lines.append(line)
    return lines.map { trimmingTrailingSpaces($0) + "\n" }.joined()
  }

  /// `text` padded with spaces to `width` terminal columns.
  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - ColumnLayout.displayWidth(text)))
  }

  /// `text` cut to `width` terminal columns, ending in `…` when cut.
  static func truncate(_ text: String, to width: Int) -> String {
    guard ColumnLayout.displayWidth(text) > width else { return text }
    var result = ""
    var used = 0
    for character in text {
      let size = ColumnLayout.displayWidth(String(character))
      if used + size > width - 1 { break }
      result.append(character)
      used += size
    }
    return trimmingTrailingSpaces(result) + "…"
  }

  static func trimmingTrailingSpaces(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }
}
