import Cluster
import Kubectl
import Lessons

/// Runs a lesson's setup and reference solutions on a fresh cluster, as `goto`, `lessons check`
/// and the site need them: deterministic, one second per line, the lesson's files in memory.
public enum LessonReplay {
  /// What a replay leaves: the session (its cluster) and the transcript of each part.
  public struct Result: Sendable {
    public var session: ShellSession
    public var cluster: Cluster { session.cluster }
  }

  /// Replays the setup and the solutions of the first `steps` steps.
  public static func run(
    _ lesson: Lesson, steps: Int, config: ClusterConfig = ClusterConfig(),
    workingDirectory: String = "/workspace"
  ) -> Result {
    var session = session(for: lesson, config: config, workingDirectory: workingDirectory)
    var ignored = TranscriptBuffer()
    for line in lesson.setup.lines { session.run(line: line, output: &ignored) }
    for step in lesson.steps.prefix(steps) {
      for (line, _) in step.commands { session.run(line: line, output: &ignored) }
    }
    return Result(session: session)
  }

  /// A scripted session with the lesson's files in `workingDirectory`.
  public static func session(
    for lesson: Lesson, config: ClusterConfig = ClusterConfig(),
    workingDirectory: String = "/workspace"
  ) -> ShellSession {
    var files: [String: String] = [:]
    for file in lesson.files {
      files[PathResolver.resolve(file.name, from: workingDirectory)] = file.contents
    }
    return ShellSession(
      configuration: ShellSession.Configuration(
        files: InMemoryFiles(files), workingDirectory: workingDirectory, cluster: config,
        clock: .scripted, screen: .transcript))
  }
}
