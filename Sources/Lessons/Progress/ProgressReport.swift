import Container

/// Many learners' progress files merged into one table for an instructor
/// (`kubetutor progress report`): learners × lessons, who is stuck, and each lesson at a glance.
///
/// Pure: the files come in as bytes (``ProgressSource``), the lessons as values and the stuck
/// threshold as a duration; nothing is read from disk or the clock. A file that cannot be read
/// is a ``problems`` entry, never fatal. Byte-identical files count once; of several exports
/// with the same learner name, the newest is kept and the others are noted as superseded.
public struct ProgressReport: Sendable {
  /// A file left out, and why.
  public struct FileProblem: Equatable, Sendable {
    public var path: String
    public var problem: ProgressFileProblem
  }

  /// Something noticed about a file.
  public struct FileNote: Equatable, Sendable {
    public var path: String
    public var note: ProgressNote
  }

  /// How long without progress makes a learner stuck.
  public var stuckAfter: Duration
  /// The lessons: this kubetutor's, then others the files name.
  public var columns: [ReportColumn]
  /// The learners, sorted by label.
  public var learners: [ReportLearner]
  /// One per column.
  public var summaries: [LessonSummary]
  /// Files left out, in the order given.
  public var problems: [FileProblem]
  /// Notes about files read, in the order given.
  public var notes: [FileNote]
  /// Paths given, and files read (not counting byte-identical copies).
  public var filesGiven: Int
  public var filesRead: Int

  /// Files left out as copies of others, or superseded by a newer export.
  public var duplicates: Int {
    notes.count { if case .duplicate = $0.note { true } else { false } }
  }
  public var superseded: Int {
    notes.count { if case .superseded = $0.note { true } else { false } }
  }

  /// Learners stuck, anywhere.
  public var stuckLearners: Int { learners.count { $0.stuck != nil } }

  /// Reads and merges `sources` against `lessons` (this kubetutor's catalog).
  public init(sources: [ProgressSource], lessons: [Lesson], stuckAfter: Duration) {
    self.stuckAfter = stuckAfter
    filesGiven = sources.count
    problems = []
    notes = []
    var candidates: [Candidate] = []
    var seen: [[UInt8]: String] = [:]
    for source in sources {
      switch source.contents {
      case .problem(let problem):
        problems.append(FileProblem(path: source.path, problem: problem))
      case .bytes(let bytes, let modified):
        if let first = seen[bytes] {
          notes.append(FileNote(path: source.path, note: .duplicate(of: first)))
          continue
        }
        seen[bytes] = source.path
        do {
          let file = try ProgressFile.decode(bytes)
          candidates.append(
            Candidate(source: source, file: file, asOf: file.exported ?? modified))
        } catch {
          problems.append(FileProblem(path: source.path, problem: error))
        }
      }
    }
    filesRead = candidates.count
    let kept = Self.keepNewest(candidates, notes: &notes)
    let columns = Self.columns(lessons: lessons, learners: kept)
    self.columns = columns
    let labels = Self.labels(kept)
    var learners: [ReportLearner] = []
    for (candidate, label) in zip(kept, labels) {
      notes += candidate.file.notes.map { FileNote(path: candidate.source.path, note: $0) }
      notes += Self.lessonNotes(candidate.file, columns: columns).map {
        FileNote(path: candidate.source.path, note: $0)
      }
      learners.append(
        Self.learner(candidate, label: label, columns: columns, stuckAfter: stuckAfter))
    }
    self.learners = learners.sorted {
      ($0.label.lowercased(), $0.label, $0.path) < ($1.label.lowercased(), $1.label, $1.path)
    }
    let order = Dictionary(sources.enumerated().map { ($1.path, $0) }) { first, _ in first }
    notes = notes.enumerated().sorted {
      (order[$0.element.path] ?? 0, $0.offset) < (order[$1.element.path] ?? 0, $1.offset)
    }.map(\.element)
    summaries = columns.indices.map {
      Self.summary(column: $0, of: columns[$0], learners: learners)
    }
  }

  /// A file read, before merging.
  struct Candidate {
    var source: ProgressSource
    var file: ProgressFile
    var asOf: Instant?

    /// Steps done across lessons: the tie-break between two exports of the same time.
    var doneCount: Int { file.lessons.values.reduce(0) { $0 + $1.done.count } }
  }

  /// Of the files with the same learner name, the one exported last (ties: more steps done,
  /// then the one given first); the others are noted as superseded by it.
  static func keepNewest(_ candidates: [Candidate], notes: inout [FileNote]) -> [Candidate] {
    var best: [String: Int] = [:]
    for (index, candidate) in candidates.enumerated() {
      guard let name = candidate.file.name else { continue }
      guard let current = best[name] else {
        best[name] = index
        continue
      }
      let other = candidates[current]
      let newer =
        (candidate.asOf ?? Instant(milliseconds: .min), candidate.doneCount)
        > (other.asOf ?? Instant(milliseconds: .min), other.doneCount)
      if newer { best[name] = index }
    }
    var kept: [Candidate] = []
    for (index, candidate) in candidates.enumerated() {
      if let name = candidate.file.name, let winner = best[name], winner != index {
        notes.append(
          FileNote(
            path: candidate.source.path,
            note: .superseded(by: candidates[winner].source.path)))
      } else {
        kept.append(candidate)
      }
    }
    return kept
  }

  /// Each learner's label: the name, else the file name, else (when two files share a file
  /// name, or a file name is someone's name) the path.
  static func labels(_ candidates: [Candidate]) -> [String] {
    let first = candidates.map { $0.file.name ?? $0.source.fileName }
    var uses: [String: Int] = [:]
    for label in first { uses[label, default: 0] += 1 }
    return zip(candidates, first).map { candidate, label in
      candidate.file.name == nil && uses[label, default: 0] > 1 ? candidate.source.path : label
    }
  }

  /// This kubetutor's lessons, then the others the learners' files name, by id.
  static func columns(lessons: [Lesson], learners: [Candidate]) -> [ReportColumn] {
    var columns = lessons.map {
      ReportColumn(
        number: $0.order, id: $0.id, steps: $0.steps.map(\.id), total: $0.steps.count,
        known: true, fingerprint: $0.fingerprint)
    }
    let known = Set(lessons.map(\.id))
    var others: [String: (steps: [String], asOf: Instant?, total: Int?)] = [:]
    for learner in learners {
      for entry in learner.file.lessons.values where !known.contains(entry.id) {
        var column = others[entry.id] ?? ([], nil, nil)
        if let steps = entry.steps, !steps.isEmpty,
          column.steps.isEmpty
            || (learner.asOf ?? Instant(milliseconds: .min))
              > (column.asOf ?? Instant(milliseconds: .min))
        {
          column.steps = steps
          column.asOf = learner.asOf
        }
        column.total = max(column.total ?? 0, entry.total ?? 0, entry.steps?.count ?? 0)
        others[entry.id] = column
      }
    }
    var number = lessons.map(\.order).max() ?? 0
    for id in others.keys.sorted() {
      guard let other = others[id] else { continue }
      number += 1
      let total =
        other.steps.isEmpty ? other.total.flatMap { $0 > 0 ? $0 : nil } : other.steps.count
      columns.append(
        ReportColumn(number: number, id: id, steps: other.steps, total: total, known: false))
    }
    return columns
  }

  /// What a file says that this kubetutor's lessons disagree with.
  static func lessonNotes(_ file: ProgressFile, columns: [ReportColumn]) -> [ProgressNote] {
    var notes: [ProgressNote] = []
    for column in columns {
      guard let entry = file.lessons[column.id] else { continue }
      guard column.known else {
        notes.append(.unknownLesson(column.id))
        continue
      }
      if let hash = entry.hash, hash != column.fingerprint {
        notes.append(.lessonChanged(lesson: column.id))
      }
      var unknown: [String] = []
      for step in [entry.step].compactMap({ $0 }) + entry.done
      where !column.steps.contains(step) && !unknown.contains(step) {
        unknown.append(step)
      }
      if !unknown.isEmpty { notes.append(.unknownSteps(lesson: column.id, steps: unknown)) }
    }
    return notes
  }

  /// A learner's row.
  static func learner(
    _ candidate: Candidate, label: String, columns: [ReportColumn], stuckAfter: Duration
  ) -> ReportLearner {
    let file = candidate.file
    let cells = columns.map { column -> ReportCell in
      guard let entry = file.lessons[column.id] else { return .notStarted }
      if entry.completed != nil
        || (!column.steps.isEmpty && column.steps.allSatisfy(entry.done.contains))
      {
        return .complete
      }
      let number = column.steps.isEmpty ? entry.stepNumber : column.number(of: entry.step)
      return .onStep(number: number, total: column.total ?? entry.total, step: entry.step)
    }
    var learner = ReportLearner(
      label: label, named: file.name != nil, path: candidate.source.path, asOf: candidate.asOf,
      cells: cells)
    // Stuck: the lesson they were last in is not finished, and nothing has happened in any
    // lesson for longer than the threshold before the export.
    let entries = file.lessons.values.sorted { $0.id < $1.id }
    let active =
      file.current.flatMap { file.lessons[$0] }
      ?? entries.max {
        ($0.lastActivity?.milliseconds ?? .min) < ($1.lastActivity?.milliseconds ?? .min)
      }
    if let active, let asOf = candidate.asOf,
      let last = entries.compactMap(\.lastActivity).max(),
      let column = columns.firstIndex(where: { $0.id == active.id }),
      case .onStep(let number, _, let step) = cells[column],
      asOf - last > stuckAfter
    {
      learner.stuck = ReportLearner.Stuck(
        column: column, number: number, step: step, idle: asOf - last)
    }
    return learner
  }

  /// One lesson at a glance.
  static func summary(column index: Int, of column: ReportColumn, learners: [ReportLearner])
    -> LessonSummary
  {
    var summary = LessonSummary(column: index)
    summary.onStep = Array(repeating: 0, count: column.total ?? 0)
    var stuckOn: [Int?: (step: String?, count: Int)] = [:]
    for learner in learners {
      switch learner.cells[index] {
      case .notStarted: continue
      case .complete:
        summary.started += 1
        summary.finished += 1
      case .onStep(let number?, _, _):
        summary.started += 1
        if summary.onStep.count < number {
          summary.onStep += Array(repeating: 0, count: number - summary.onStep.count)
        }
        summary.onStep[number - 1] += 1
      case .onStep(nil, _, _):
        summary.started += 1
        summary.onUnknownStep += 1
      }
      if let stuck = learner.stuck, stuck.column == index {
        summary.stuck += 1
        stuckOn[stuck.number, default: (stuck.step, 0)].count += 1
      }
    }
    let ranked = stuckOn.sorted {
      (-$0.value.count, $0.key ?? .max) < (-$1.value.count, $1.key ?? .max)
    }
    if let top = ranked.first {
      summary.mostStuck = LessonSummary.StepCount(
        number: top.key, step: top.value.step, count: top.value.count)
    }
    return summary
  }
}
