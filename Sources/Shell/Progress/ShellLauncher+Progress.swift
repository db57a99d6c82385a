import Lessons

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workshop commands: `progress export`, `progress report` and `reset`. Like the rest of
/// ``ShellLauncher``, this is where the environment, the disk, the terminal and the wall clock
/// are read; the models they feed (``ProgressExport``, ``ProgressReport``) never touch them.
extension ShellLauncher {
  /// The `--stuck-after` values accepted, in minutes.
  public static let stuckAfterRange = 1...100_000

  /// `kubetutor progress export`: the learner's progress as an export, on stdout or in `out`
  /// (written atomically).
  ///
  /// - Returns: 0 when exported (no progress file is an export with no lessons), 1 when the
  ///   progress file cannot be read or the export cannot be written.
  public static func exportProgress(name: String?, out: String?, language: Language?) -> Int32 {
    let strings = UIStrings(language ?? preferredLanguage)
    var output = FileDescriptorSink()
    defer { output.flush() }
    guard let state = StateDirectory.path(environment: stateEnvironment) else {
      output.write(strings.text(.noStateDirectory, ["command": "progress export"]), to: .stderr)
      return 1
    }
    let host = DiskLessonHost(directory: state)
    let progress: LearnerProgress
    do {
      progress = try host.readProgress() ?? LearnerProgress()
    } catch {
      let reason =
        switch error {
        case .damaged(let detail): detail
        case .newer(let version): "written by a newer kubetutor (format \(version))"
        }
      output.write(
        strings.text(.exportUnreadable, ["path": host.progressPath, "reason": reason]),
        to: .stderr)
      return 1
    }
    let catalog = loadCatalog(output: &output, reportErrors: false)
    let export = ProgressExport(
      progress: progress, catalog: catalog.lessons, tool: KubetutorInfo.version,
      exported: SystemWallClock().now(), name: name)
    let text = export.encoded()
    return deliver(
      text, to: out, command: "progress export",
      written: strings.text(
        .exportWritten, ["path": out ?? "", "count": "\(export.lessons.count)"]),
      strings: strings, output: &output)
  }

  /// Writes `text` to stdout, or atomically to `out` (readable by others: it goes to an
  /// instructor) and then says `written`.
  /// - Returns: 0, or 1 when `out` cannot be written.
  private static func deliver(
    _ text: String, to out: String?, command: String, written: String, strings: UIStrings,
    output: inout FileDescriptorSink
  ) -> Int32 {
    guard let out else {
      output.write(text, to: .stdout)
      return 0
    }
    if let reason = DiskLessonHost.writeAtomically(text, to: out, mode: 0o644) {
      output.write(
        strings.text(.writeFailed, ["command": command, "path": out, "reason": reason]),
        to: .stderr)
      return 1
    }
    output.write(written, to: .stdout)
    return 0
  }

  /// `kubetutor progress report`: the exports in `paths` (files, or directories of `*.json`)
  /// merged into a table, or an HTML page, on stdout or in `out`.
  ///
  /// Each file that cannot be read, and each note, is one line on stderr.
  /// - Returns: 0 when at least one file was read, 1 when none was (or `out` cannot be
  ///   written), 2 for a usage error.
  public static func reportProgress(
    paths: [String], html: Bool, out: String?, stuckAfter minutes: Int, language: Language?
  ) -> Int32 {
    let strings = UIStrings(language ?? preferredLanguage)
    var output = FileDescriptorSink()
    defer { output.flush() }
    guard !paths.isEmpty else {
      output.write(strings.text(.reportNoPaths), to: .stderr)
      return 2
    }
    guard stuckAfterRange.contains(minutes) else {
      output.write(strings.text(.reportBadThreshold), to: .stderr)
      return 2
    }
    let sources = ProgressFiles.read(paths)
    let catalog = loadCatalog(output: &output, reportErrors: false)
    let report = ProgressReport(
      sources: sources, lessons: catalog.lessons, stuckAfter: .seconds(minutes * 60))
    output.write(ProgressWording(strings).diagnostics(report), to: .stderr)
    guard report.filesRead > 0 else {
      output.write(strings.text(.reportNothingRead), to: .stderr)
      return 1
    }
    let text =
      html
      ? ProgressPage(report, strings: strings).render()
      : ProgressTable(report, strings: strings).render()
    return deliver(
      text, to: out, command: "progress report",
      written: strings.text(
        .reportWritten, ["path": out ?? "", "count": "\(report.learners.count)"]),
      strings: strings, output: &output)
  }

  /// `kubetutor reset`: one lesson's progress and workspace (`lesson`, else the current one),
  /// or with `all` everything kubetutor keeps for the learner. Lists what goes, then asks on
  /// the terminal unless `yes`.
  ///
  /// - Returns: 0 when reset or when there was nothing to reset; 1 when declined, when there
  ///   is no terminal to ask on, or when something could not be read or removed; 2 for a
  ///   usage error.
  public static func reset(lesson: String?, all: Bool, yes: Bool, language: Language?) -> Int32 {
    let strings = UIStrings(language ?? preferredLanguage)
    var output = FileDescriptorSink()
    defer { output.flush() }
    if lesson != nil, all {
      output.write(strings.text(.resetLessonAndAll), to: .stderr)
      return 2
    }
    if let lesson, !Lesson.isValidID(lesson) {
      output.write(
        strings.text(.resetBadLesson, ["id": ProgressWording.printable(lesson)]), to: .stderr)
      return 2
    }
    guard let state = StateDirectory.path(environment: stateEnvironment) else {
      output.write(strings.text(.noStateDirectory, ["command": "reset"]), to: .stderr)
      return 1
    }
    let plan: StateReset
    do {
      plan = try StateReset(directory: state, lesson: lesson, all: all)
    } catch {
      switch error {
      case .damagedProgress(let path, let reason):
        output.write(strings.text(.resetDamaged, ["path": path, "reason": reason]), to: .stderr)
        return 1
      case .noCurrentLesson:
        output.write(strings.text(.resetNoCurrent), to: .stdout)
        return 0
      }
    }
    guard !plan.isEmpty else {
      if let id = plan.lesson {
        output.write(strings.text(.resetNothingLesson, ["id": id]), to: .stdout)
      } else {
        output.write(strings.text(.resetNothing, ["directory": state]), to: .stdout)
      }
      return 0
    }
    output.write(describe(plan, strings: strings), to: .stdout)
    if !yes {
      guard isatty(STDIN_FILENO) != 0 else {
        output.write(strings.text(.resetNeedsTerminal), to: .stderr)
        return 1
      }
      output.write(strings.text(.resetQuestion), to: .stdout)
      output.flush()
      guard isYes(readAnswer()) else {
        output.write(strings.text(.resetDeclined), to: .stdout)
        return 1
      }
    }
    if let failure = plan.perform() {
      output.write(
        strings.text(.resetFailed, ["path": failure.path, "reason": failure.reason]),
        to: .stderr)
      return 1
    }
    if let id = plan.lesson {
      output.write(strings.text(.resetLessonDone, ["id": id]), to: .stdout)
    } else {
      output.write(strings.text(.resetAllDone), to: .stdout)
    }
    return 0
  }

  /// The list a reset shows before it asks.
  static func describe(_ plan: StateReset, strings: UIStrings) -> String {
    var text = strings.text(.resetHeader, ["directory": plan.directory])
    for item in plan.items {
      switch item {
      case .lessonEntry(let id, let done, let current):
        if let done { text += strings.text(.resetItemEntry, ["id": id, "done": "\(done)"]) }
        if current { text += strings.text(.resetItemCurrent, ["id": id]) }
      case .file(let name): text += strings.text(.resetItemFile, ["path": name])
      case .directory(let name, let files):
        text += strings.text(.resetItemDirectory, ["path": name, "count": "\(files)"])
      case .link(let name): text += strings.text(.resetItemLink, ["path": name])
      }
    }
    return text
  }

  /// `y`, `yes` (any case) or `是`.
  static func isYes(_ answer: String?) -> Bool {
    guard let answer = answer?.trimmingSpaces.lowercased() else { return false }
    return ["y", "yes", "是", "是的"].contains(answer)
  }

  /// One line from stdin (nil at end of input).
  private static func readAnswer() -> String? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while bytes.count < 1024 {
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if byte == UInt8(ascii: "\n") { break }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
