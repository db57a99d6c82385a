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
    return try LearnerProgress.decode(text)
  }

  public func loadProgress() -> (LearnerProgress, warning: String?) {
    do {
      return (try readProgress() ?? LearnerProgress(), nil)
    } catch {
      let reason: String
      switch error {
      case .damaged(let detail): reason = detail
      case .newer(let version): reason = "written by a newer kubetutor (format \(version))"
      }
      // Set the file aside rather than lose it: a learner or a bug report may need it.
      var backup = progressPath + ".damaged"
      var suffix = 1
      while access(backup, F_OK) == 0 {
        suffix += 1
        backup = progressPath + ".damaged-\(suffix)"
      }
      rename(progressPath, backup)
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
    for file in lesson.files {
      let target = path + "/" + file.name
      if fresh || access(target, F_OK) != 0 {
        _ = Self.writeAtomically(file.contents, to: target)
      }
    }
    return (path, DiskFileWriter(root: path))
  }

  /// Writes `text` to a temporary file beside `path`, flushes it to disk and renames it over
  /// `path`, so a crash at any moment leaves the old file or the new one, never half of one.
  /// The file is readable by its owner only unless `mode` says otherwise.
  static func writeAtomically(_ text: String, to path: String, mode: mode_t = 0o600) -> String? {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        return reason
      }
      written += result
    }
    fsync(descriptor)
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return reason
    }
    return nil
  }
}
