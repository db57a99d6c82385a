import Cluster
import Container
import Kubectl

/// What one ```` ```shell ```` or ```` ```container ```` block of a lesson printed when the
/// site ran it: the lines typed and what came back, as the learner's terminal shows them.
public struct Transcript: Equatable, Sendable {
  /// One line typed at a prompt and its output.
  public struct Entry: Equatable, Sendable {
    /// `$ ` or the container's prompt (`root@lifecycle-demo:/# `).
    public var prompt: String
    public var command: String
    /// Both streams, in the order they were written.
    public var output: [CommandOutput.Chunk]
    /// Typed by the site, not shown in the lesson's text: the `exit` that closes a container
    /// shell at the end of a ```` ```container ```` block.
    public var added: Bool
  }

  public var entries: [Entry] = []
  /// The timelines its `timeline POD` commands drew, as they were at that moment.
  public var timelines: [TimelineSnapshot] = []
}

/// A pod's timeline and the clock when it was drawn.
public struct TimelineSnapshot: Equatable, Sendable {
  public var timeline: PodTimeline
  public var now: Instant
}

/// Every transcript of one lesson, by section id, block by block.
public struct LessonTranscripts: Equatable, Sendable {
  public var sections: [String: [Transcript]] = [:]
  /// The timelines of every pod the lesson made, when its last command had run.
  public var finalTimelines: [TimelineSnapshot] = []
}
