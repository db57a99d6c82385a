import Cluster
import Container
import Kubectl
import Lessons

/// The lesson engine: starting a lesson, checking its step after every command, and the lesson
/// commands (`hint`, `check`, `goto`, `undo`…).
extension ShellSession {
  /// How many commands `undo` can take back.
  static let undoDepth = 20

  /// Starts lesson `id` (at `step`, 1-based; else where the learner left it), copying its files
  /// into the workspace and building the cluster the step starts from.
  /// - Returns: false if there is no such lesson (the error is written).
  @discardableResult
  public mutating func startLesson(_ id: String, step: Int? = nil, output: inout some OutputSink)
    -> Bool
  {
    guard let lesson = configuration.catalog.lesson(id) else {
      output.write(strings.text(.unknownLesson, ["id": id]), to: .stderr)
      lastStatus = 1
      return false
    }
    if let step, step > lesson.steps.count {
      output.write(
        strings.text(.stepOutOfRange, ["id": id, "total": "\(lesson.steps.count)"]), to: .stderr)
      lastStatus = 2
      return false
    }
    var saved = progress.lessons[id]
    // A completed lesson starts over with its files as the lesson hands them out.
    openWorkspace(of: lesson, fresh: saved?.completed != nil && step == nil)
    if saved?.completed != nil, step == nil {
      // A completed lesson asked for again starts over (its completion stays on record).
      saved?.done = []
      saved?.step = lesson.steps[0].id
    }
    var index = 0
    if let step {
      index = min(max(step, 1), lesson.steps.count) - 1
    } else if let saved, let found = lesson.step(id: saved.step) {
      index = found.index
    }
    let done =
      step == nil
      ? saved?.done ?? [] : lesson.steps.prefix(index).map(\.id)
    lessonRun = LessonRun(lesson: lesson, index: index, done: done, workspace: workspaceRoot)
    cluster = replayed(lesson, steps: min(index, lesson.steps.count))
    undoStack = []
    var record = saved ?? LessonProgress(step: lesson.steps[0].id, started: progressNow)
    record.step = lesson.steps[min(index, lesson.steps.count - 1)].id
    record.done = done
    progress.lessons[id] = record
    progress.current = id
    saveProgress(output: &output)
    showHeader(output: &output)
    if index == 0, let prose = lesson.text(in: language) {
      show(prose.intro, stale: isStale("intro"), output: &output)
    }
    if index < lesson.steps.count {
      showStep(output: &output)
    } else {
      showFinish(output: &output)
    }
    return true
  }

  /// The time progress is stamped with: the wall clock in the interactive shell (the
  /// simulated one runs ahead with `ff`, `sleep` and `--speed`; an instructor's report compares
  /// real times), the simulated clock in a script.
  var progressNow: Instant {
    if case .wallClock(let clock, _) = configuration.clock { return clock.now() }
    return cluster.now
  }

  /// Whether a lesson runs and all its steps are done (`run --expect-complete`).
  public var lessonIsComplete: Bool { lessonRun?.isComplete ?? false }

  /// The learner's saved progress, and the lesson to resume (a bare `kubetutor`): the last one,
  /// unless it is complete.
  public mutating func loadProgress(output: inout some OutputSink) -> String? {
    guard let host = configuration.lessonHost else { return nil }
    let (loaded, warning) = host.loadProgress()
    if let warning { output.write(warning, to: .stderr) }
    progress = loaded
    guard let current = loaded.current, loaded.lessons[current]?.completed == nil else {
      return nil
    }
    return current
  }

  // MARK: - After each command

  /// Runs the step's checks; when they pass, marks it done and shows the next one (a step
  /// already satisfied is passed over too).
  mutating func checkStep(output: inout some OutputSink) {
    if lessonCommandRan {
      lessonCommandRan = false
      return
    }
    guard var run = lessonRun, isAtCommandPrompt else { return }
    var advanced = false
    while let step = run.step, step.checks.allSatisfy({ $0.finding(in: cluster) == nil }) {
      if !run.done.contains(step.id) { run.done.append(step.id) }
      output.write(strings.text(.stepDone, ["n": "\(run.index + 1)"]), to: .stdout)
      let now = progressNow
      progress.lessons[run.lesson.id]?.markDone(step.id, at: now)
      run.index += 1
      run.hintsShown = 0
      advanced = true
      // Later steps already done stay done; the next undone step is shown.
      while let next = run.step, run.done.contains(next.id),
        next.checks.allSatisfy({ $0.finding(in: cluster) == nil })
      {
        run.index += 1
      }
    }
    guard advanced else { return }
    if run.step == nil, !run.isComplete,
      let first = run.lesson.steps.firstIndex(where: { !run.done.contains($0.id) })
    {
      // The end, with steps skipped on the way (`next`, `goto`): back to the first of them.
      let skipped = run.lesson.steps.enumerated().filter { !run.done.contains($0.element.id) }
        .map { "\($0.offset + 1)" }.joined(separator: ", ")
      output.write(strings.text(.stepsSkipped, ["steps": skipped]), to: .stdout)
      run.index = first
    }
    lessonRun = run
    if let step = run.step {
      progress.lessons[run.lesson.id]?.step = step.id
      showStep(output: &output)
    } else {
      if run.isComplete, progress.lessons[run.lesson.id]?.completed == nil {
        let now = progressNow
        progress.lessons[run.lesson.id]?.completed = RFC3339.format(now)
      }
      showFinish(output: &output)
    }
    saveProgress(output: &output)
  }

  // MARK: - Lesson commands

  mutating func runLessonCommand(
    _ command: OuterCommand.LessonCommand, output: inout some OutputSink
  ) throws(ShellError) {
    lessonCommandRan = command != .undo
    // The two commands that need no lesson running.
    switch command {
    case .list:
      listLessons(output: &output)
      return
    case .start(let id?):
      startLesson(id, output: &output)
      return
    default:
      break
    }
    guard var run = lessonRun else {
      output.write(strings.text(.noLesson), to: .stderr)
      lastStatus = 1
      return
    }
    switch command {
    case .list, .start(.some):
      break  // answered above
    case .start(nil), .show:
      if command == .start(nil) { showHeader(output: &output) }
      if run.step == nil {
        showFinish(marked: false, output: &output)
      } else {
        showStep(marked: false, output: &output)
      }
    case .next:
      guard run.index + 1 < run.lesson.steps.count else {
        output.write(strings.text(.noNextStep), to: .stderr)
        lastStatus = 1
        return
      }
      run.index += 1
      run.hintsShown = 0
      lessonRun = run
      rememberStep(output: &output)
      showStep(output: &output)
    case .previous:
      guard run.index > 0 else {
        output.write(strings.text(.noPreviousStep), to: .stderr)
        lastStatus = 1
        return
      }
      run.index = min(run.index, run.lesson.steps.count) - 1
      run.hintsShown = 0
      lessonRun = run
      rememberStep(output: &output)
      showStep(output: &output)
    case .hint:
      guard let step = run.step, let section = section(of: step) else { return }
      guard run.hintsShown < section.hints.count else {
        output.write(strings.text(.noMoreHints), to: .stdout)
        return
      }
      output.write(
        strings.text(
          .hintHeader, ["n": "\(run.hintsShown + 1)", "total": "\(section.hints.count)"]),
        to: .stdout)
      output.write(
        LessonText.render(
          section.hints[run.hintsShown], bold: configuration.bold, joinLines: language == .zh)
          + "\n",
        to: .stdout)
      run.hintsShown += 1
      lessonRun = run
    case .solution:
      guard run.step != nil else { return }
      output.write(strings.text(.solutionConfirm, ["n": "\(run.index + 1)"]), to: .stdout)
      confirmingSolution = true
    case .check:
      guard let step = run.step else {
        output.write(strings.text(.lessonComplete, ["title": title(of: run.lesson)]), to: .stdout)
        return
      }
      let findings = step.checks.compactMap { $0.finding(in: cluster) }
      if findings.isEmpty {
        output.write(strings.text(.checkPasses, ["n": "\(run.index + 1)"]), to: .stdout)
        return
      }
      output.write(strings.text(.checkMissing, ["n": "\(run.index + 1)"]), to: .stdout)
      for check in step.checks {
        if let finding = check.finding(in: cluster) {
          output.write("  ✗ " + finding.text(language) + "\n", to: .stdout)
        } else {
          output.write("  ✓ " + Self.capitalized(check.summary(language)) + "\n", to: .stdout)
        }
      }
      lastStatus = 1
    case .reset(let whole):
      if whole {
        progress.lessons[run.lesson.id] = nil
        openWorkspace(of: run.lesson, fresh: true)
        output.write(strings.text(.resetLesson, ["id": run.lesson.id]), to: .stdout)
        startLesson(run.lesson.id, step: 1, output: &output)
      } else {
        let index = min(run.index, run.lesson.steps.count - 1)
        rebuild(run, at: index)
        output.write(strings.text(.resetStep, ["n": "\(index + 1)"]), to: .stdout)
        showStep(output: &output)
      }
    case .goto(let number):
      guard number <= run.lesson.steps.count else {
        throw .usage(command: "goto", synopsis: "1…\(run.lesson.steps.count)")
      }
      rebuild(run, at: number - 1)
      rememberStep(output: &output)
      output.write(
        number == 1
          ? strings.text(.gotoFresh) : strings.text(.gotoDone, ["n": "\(number - 1)"]),
        to: .stdout)
      showStep(output: &output)
    case .undo:
      guard let (command, previous) = undoStack.popLast() else {
        output.write(strings.text(.nothingToUndo), to: .stderr)
        lastStatus = 1
        return
      }
      cluster = previous
      output.write(strings.text(.undone, ["command": command]), to: .stdout)
    }
  }

  /// The answer to `solution`'s question.
  mutating func answerSolution(_ line: String, output: inout some OutputSink) {
    confirmingSolution = false
    let answer = line.trimmingSpaces.lowercased()
    guard ["y", "yes", "是", "好"].contains(answer), let run = lessonRun, let step = run.step else {
      output.write(strings.text(.solutionDeclined), to: .stdout)
      return
    }
    output.write(strings.text(.solutionHeader, ["n": "\(run.index + 1)"]), to: .stdout)
    for (line, _) in step.commands { output.write("    " + line + "\n", to: .stdout) }
  }

  /// A clause as the start of a line: `pod …` → `Pod …`.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// Whether `kubectl <arguments>` may change the cluster's objects or a container's files:
  /// what `undo` takes back (reading commands, and time passing, are not undone).
  static func changesCluster(_ arguments: [String]) -> Bool {
    arguments.prefix(4).contains { ["apply", "create", "delete", "exec"].contains($0) }
  }

  /// The cluster before `command`, kept for `undo`.
  mutating func rememberForUndo(_ words: [String]) {
    undoStack.append((words.joined(separator: " "), cluster))
    if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
  }

  // MARK: - Showing

  private func title(of lesson: Lesson) -> String {
    lesson.text(in: language)?.title ?? lesson.id
  }

  private func section(of step: LessonStep) -> ProseSection? {
    lessonRun?.lesson.prose[language]?.step(step.id) ?? lessonRun?.lesson.prose[.en]?.step(step.id)
  }

  private func isStale(_ id: String) -> Bool {
    guard language != .en, let lesson = lessonRun?.lesson else { return false }
    return TranslationStatus(of: lesson, in: language).isStale(id)
  }

  private func show(_ section: ProseSection, stale: Bool, output: inout some OutputSink) {
    if stale {
      let translated = lessonRun?.lesson.prose[language]?.steps.contains { $0.id == section.id }
      output.write(
        strings.text(
          translated == true || section.id == "intro" ? .staleTranslation : .untranslated),
        to: .stdout)
    }
    let body = LessonText.render(
      section.body, bold: configuration.bold, joinLines: language == .zh)
    if !body.isEmpty { output.write(body + "\n", to: .stdout) }
  }

  /// `Lesson 1: The lifecycle-demo Pod`.
  private func showHeader(output: inout some OutputSink) {
    guard let lesson = lessonRun?.lesson else { return }
    output.write(
      strings.text(.lessonHeader, ["order": "\(lesson.order)", "title": title(of: lesson)]),
      to: .stdout)
  }

  /// Shows the step's heading and text; `marked` when the step begins (not when it is shown
  /// again), which a recording takes as a chapter.
  private func showStep(marked: Bool = true, output: inout some OutputSink) {
    guard let run = lessonRun, let step = run.step, let section = section(of: step) else { return }
    if marked {
      output.note(
        .stepBegins(strings.text(.stepMarker, ["n": "\(run.index + 1)", "title": section.title])))
    }
    output.write(
      strings.text(
        .stepHeader,
        ["n": "\(run.index + 1)", "total": "\(run.lesson.steps.count)", "title": section.title]),
      to: .stdout)
    show(section, stale: isStale(step.id), output: &output)
  }

  private func showFinish(marked: Bool = true, output: inout some OutputSink) {
    guard let run = lessonRun else { return }
    if marked {
      output.note(.stepBegins(strings.text(.finishMarker, ["title": title(of: run.lesson)])))
    }
    output.write(strings.text(.lessonComplete, ["title": title(of: run.lesson)]), to: .stdout)
    let prose = run.lesson.prose[language] ?? run.lesson.prose[.en]
    if let finish = prose?.finish ?? run.lesson.prose[.en]?.finish {
      show(finish, stale: isStale("finish"), output: &output)
    }
  }

  private mutating func listLessons(output: inout some OutputSink) {
    output.write(strings.text(.lessonsTitle), to: .stdout)
    let lessons = configuration.catalog.lessons
    let width = lessons.map(\.id.count).max() ?? 0
    for lesson in lessons {
      var line = "  \(lesson.order). " + lesson.id.padding(to: width) + "  " + title(of: lesson)
      if let record = progress.lessons[lesson.id] {
        line +=
          "  "
          + (record.completed != nil
            ? strings.text(.lessonsComplete)
            : strings.text(
              .lessonsProgress,
              ["done": "\(record.done.count)", "total": "\(lesson.steps.count)"]))
      }
      output.write(line + "\n", to: .stdout)
    }
    output.write(strings.text(.lessonsAdvice), to: .stdout)
  }

  // MARK: - State

  /// The workspace: on disk through the host, else the lesson's files in memory where the
  /// shell started.
  private mutating func openWorkspace(of lesson: Lesson, fresh: Bool) {
    if let (path, writer) = configuration.lessonHost?.workspace(for: lesson, fresh: fresh) {
      workspaceRoot = path
      workspaceWriter = writer
      workingDirectory = path
      for file in lesson.files { writtenFiles[path + "/" + file.name] = nil }
      return
    }
    let root = configuration.workingDirectory
    for file in lesson.files {
      let path = PathResolver.resolve(file.name, from: root)
      if fresh || writtenFiles[path] == nil { writtenFiles[path] = file.contents }
    }
  }

  /// The cluster the lesson's setup and the reference solutions of its first `steps` steps
  /// build, from the clock's current reading.
  func replayed(_ lesson: Lesson, steps: Int) -> Cluster {
    var config = configuration.cluster
    config.epoch = cluster.now
    return LessonReplay.run(
      lesson, steps: steps, config: config, workingDirectory: configuration.workingDirectory
    ).cluster
  }

  /// Jumps to step `index` (0-based) on a rebuilt cluster.
  private mutating func rebuild(_ run: LessonRun, at index: Int) {
    var run = run
    cluster = replayed(run.lesson, steps: index)
    undoStack = []
    // The steps before are solved by the replay, not by the learner: they stay as they were
    // (not done, unless the learner did them), so skipping never completes a lesson.
    run.index = index
    run.hintsShown = 0
    lessonRun = run
  }

  /// Saves which step is shown, so the learner comes back to it.
  private mutating func rememberStep(output: inout some OutputSink) {
    guard let run = lessonRun, let step = run.step else { return }
    progress.lessons[run.lesson.id]?.step = step.id
    saveProgress(output: &output)
  }

  private mutating func saveProgress(output: inout some OutputSink) {
    guard let host = configuration.lessonHost else { return }
    if let reason = host.saveProgress(progress) {
      output.write(strings.text(.progressNotSaved, ["reason": reason]), to: .stderr)
    }
  }
}

extension String {
  /// The string with spaces added up to `width` characters.
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
