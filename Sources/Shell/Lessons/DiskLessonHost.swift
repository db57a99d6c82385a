import Lessons

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Progress and workspaces in the learner's state directory (``StateDirectory``):
/// `progress.json`, written atomically (a temporary file, fsync, rename), and
/// `workspaces/<lesson-id>/` with the lesson's files.
public struct DiskLessonHost: LessonHost {
  /// The state directory (`~/.local/state/kubetutor`).
  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  var progressPath: String { directory + "/progress.json" }

  /// The progress file as it is: nil when there is none; left where it is when damaged.
  public func readProgress() throws(ProgressError) -> LearnerProgress? {
    guard case .file(let text) = DiskFiles().read(progressPath) else { return nil }
    // kubetutor writes UTF-8: bytes that were not (read as U+FFFD) mean the file is damaged.
    if text.unicodeScalars.contains("\u{FFFD}") { throw .damaged("it is not UTF-8 text") }
    return try LearnerProgress.decode(text)
  }

  public func loadProgress() -> (LearnerProgress, warning: String?) {
    // What a kubetutor killed in the middle of a write left behind.
    StateFiles.removeStaleTemporaries(in: directory)
    do {
      return (try readProgress() ?? LearnerProgress(), nil)
    } catch {
      let reason: String
      switch error {
      case .damaged(let detail): reason = detail
      case .newer(let version): reason = "written by a newer kubetutor (format \(version))"
      }
      // Set the file aside rather than lose it: a learner or a bug report may need it.
      let backup = StateFiles.setAside(progressPath)
      let warning = UIStrings(.en).text(
        .progressDamaged, ["path": progressPath, "reason": reason, "backup": backup])
      return (LearnerProgress(), warning)
    }
  }

  public func saveProgress(_ progress: LearnerProgress) -> String? {
    guard StateDirectory.create(directory) else { return "cannot create \(directory)" }
    return Self.writeAtomically(progress.encoded(), to: progressPath)
  }

  public func workspace(for lesson: Lesson, fresh: Bool) -> (path: String, writer: any FileWriter)?
  {
    let path = directory + "/workspaces/" + lesson.id
    guard StateDirectory.create(path) else { return nil }
    StateFiles.removeStaleTemporaries(in: path)
    for file in lesson.files {
      let target = path + "/" + file.name
      if fresh || access(target, F_OK) != 0 {
        _ = Self.writeAtomically(file.contents, to: target)
      }
    }
    return (path, DiskFileWriter(root: path))
  }

  /// Writes `text` atomically (``StateFiles/writeAtomically(_:to:mode:)``): a crash at any
  /// moment leaves the old file or the new one, never half of one.
  static func writeAtomically(_ text: String, to path: String, mode: mode_t = 0o600) -> String? {
    StateFiles.writeAtomically(text, to: path, mode: mode)
  }
}
