import Lessons

/// The workshop commands: `progress export` and `progress report`. Like the rest of
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
    guard let out else {
      output.write(text, to: .stdout)
      return 0
    }
    if let reason = DiskLessonHost.writeAtomically(text, to: out, mode: 0o644) {
      output.write(
        strings.text(
          .writeFailed, ["command": "progress export", "path": out, "reason": reason]),
        to: .stderr)
      return 1
    }
    output.write(
      strings.text(.exportWritten, ["path": out, "count": "\(export.lessons.count)"]),
      to: .stdout)
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
    guard let out else {
      output.write(text, to: .stdout)
      return 0
    }
    if let reason = DiskLessonHost.writeAtomically(text, to: out, mode: 0o644) {
      output.write(
        strings.text(
          .writeFailed, ["command": "progress report", "path": out, "reason": reason]),
        to: .stderr)
      return 1
    }
    output.write(
      strings.text(.reportWritten, ["path": out, "count": "\(report.learners.count)"]),
      to: .stdout)
    return 0
  }
}
