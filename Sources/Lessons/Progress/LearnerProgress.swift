import Cluster
import Container

/// What one learner has done, across lessons: the file in the state directory
/// (`progress.json`), and what `progress export` will hand an instructor.
public struct LearnerProgress: Codable, Equatable, Sendable {
  /// The format this version writes; older files are read, newer ones refused.
  public static let currentVersion = 1

  public var version: Int
  /// The lesson the learner was last in (resumed by a bare `kubetutor`).
  public var current: String?
  /// Each lesson started, by id.
  public var lessons: [String: LessonProgress]

  public init(current: String? = nil, lessons: [String: LessonProgress] = [:]) {
    version = Self.currentVersion
    self.current = current
    self.lessons = lessons
  }

  /// Reads a progress file's text.
  public static func decode(_ text: String) throws(ProgressError) -> LearnerProgress {
    guard text.utf8.count <= LessonLimits.progressBytes else {
      throw .damaged("larger than \(LessonLimits.progressBytes) bytes")
    }
    let value: JSONValue
    do {
      guard let document = try ManifestParser.documents(from: text).first else {
        throw ProgressError.damaged("the file is empty")
      }
      value = document
    } catch let error as ProgressError {
      throw error
    } catch let error as ManifestError {
      throw .damaged(error.message)
    } catch {
      throw .damaged("\(error)")
    }
    if let version = value["version"]?.asInt, version > currentVersion {
      throw .newer(Int(version))
    }
    var progress: LearnerProgress
    do {
      progress = try JSONValueDecoder().decode(LearnerProgress.self, from: value).value
    } catch {
      throw .damaged("\(error)")
    }
    // Ids name workspace directories: anything else (a path, say) is dropped, not trusted.
    if let current = progress.current, !Lesson.isValidID(current) { progress.current = nil }
    progress.lessons = progress.lessons.filter { Lesson.isValidID($0.key) }
    return progress
  }

  /// The file's text: indented JSON, keys sorted, ending in a newline.
  public func encoded() -> String {
    guard let value = try? JSONValueEncoder().encode(self),
      let text = try? GoJSON.marshalIndent(value, indent: "  ")
    else { return "{}\n" }
    return text + "\n"
  }
}

/// One lesson's progress.
public struct LessonProgress: Codable, Equatable, Sendable {
  /// The step the learner is on (its id).
  public var step: String
  /// The steps done, in the order they were done.
  public var done: [String]
  /// When the lesson was started, last worked on, and completed (RFC 3339, UTC).
  public var started: String
  public var updated: String
  public var completed: String?

  public init(step: String, done: [String] = [], started: Instant) {
    self.step = step
    self.done = done
    self.started = RFC3339.format(started)
    self.updated = self.started
  }

  /// Marks `id` done at `instant`.
  public mutating func markDone(_ id: String, at instant: Instant) {
    if !done.contains(id) { done.append(id) }
    updated = RFC3339.format(instant)
  }
}

/// Why a progress file could not be read.
public enum ProgressError: Error, Equatable, Sendable {
  /// Not JSON, or not the shape of a progress file.
  case damaged(String)
  /// Written by a newer kubetutor.
  case newer(Int)
}
