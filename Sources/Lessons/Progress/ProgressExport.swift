import Cluster
import Container

/// What `kubetutor progress export` writes: one learner's progress, with enough of each lesson
/// (its step ids, its fingerprint) for an instructor's report to read it on another machine,
/// against another version of the lessons.
///
///     {
///       "exported": "2025-09-15T09:30:00Z",
///       "format": "kubetutor-progress",
///       "kubetutor": "0.1.0",
///       "lessons": [
///         {
///           "done": ["create", "verify"],
///           "hash": "3f1c0a9b7d2e",
///           "id": "lifecycle-demo",
///           "started": "2025-09-15T09:02:11Z",
///           "step": "read-message",
///           "stepNumber": 3,
///           "steps": ["create", "verify", "read-message", "delete"],
///           "total": 4,
///           "updated": "2025-09-15T09:11:40Z"
///         }
///       ],
///       "name": "Ada",
///       "version": 1
///     }
///
/// Nothing personal but the name the learner chose to give. Times are passed in: the core
/// never reads the clock.
public struct ProgressExport: Equatable, Sendable {
  /// The value of `format` that marks an export.
  public static let format = "kubetutor-progress"
  /// The format version this kubetutor writes.
  public static let currentVersion = 1
  /// The longest name kept, in characters.
  public static let maximumNameLength = LessonLimits.exportNameCharacters

  public var version: Int
  /// The kubetutor version that wrote it.
  public var tool: String
  /// When it was made (wall time).
  public var exported: Instant
  /// The name the learner gave (``cleanName(_:)``), if any.
  public var name: String?
  /// The lesson the learner was last in.
  public var current: String?
  /// Each lesson started: the catalog's in its order, then unknown ones by id.
  public var lessons: [ExportedLesson]

  /// The export of `progress`, described against `catalog` (the lessons of this kubetutor).
  public init(
    progress: LearnerProgress, catalog: [Lesson], tool: String, exported: Instant, name: String?
  ) {
    version = Self.currentVersion
    self.tool = tool
    self.exported = exported
    self.name = name.flatMap(Self.cleanName)
    current = progress.current
    let order = Dictionary(catalog.enumerated().map { ($1.id, $0) }) { first, _ in first }
    let ids = progress.lessons.keys.sorted { left, right in
      switch (order[left], order[right]) {
      case (let l?, let r?): l < r
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): left < right
      }
    }
    lessons = ids.compactMap { id in
      guard let record = progress.lessons[id] else { return nil }
      return ExportedLesson(id: id, record: record, lesson: order[id].map { catalog[$0] })
    }
  }

  /// The file's text: indented JSON, keys sorted, ending in a newline.
  public func encoded() -> String {
    var object: [String: JSONValue] = [
      "format": .string(Self.format),
      "version": .int(Int64(version)),
      "kubetutor": .string(tool),
      "exported": .string(RFC3339.format(exported)),
      "lessons": .array(lessons.map(\.json)),
    ]
    if let name { object["name"] = .string(name) }
    if let current { object["current"] = .string(current) }
    let text = (try? GoJSON.marshalIndent(.object(object), indent: "  ")) ?? "{}"
    return text + "\n"
  }

  /// A learner's name as an export keeps it: spaces trimmed and runs of them made one,
  /// control and bidirectional-override characters dropped, at most ``maximumNameLength``
  /// characters; nil when nothing is left.
  public static func cleanName(_ raw: String) -> String? {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in raw.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if isInvisibleControl(scalar) { continue }
      if pendingSpace { scalars.append(" ") }
      pendingSpace = false
      scalars.append(scalar)
    }
    let name = String(String(scalars).prefix(maximumNameLength))
    return name.isEmpty ? nil : name
  }

  /// C0 and C1 controls, DEL, and the characters that reorder text on screen (U+202A–U+202E,
  /// U+2066–U+2069): nothing a name needs, and they can disguise what a terminal shows.
  public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: true
    default: false
    }
  }
}

/// One lesson of a ``ProgressExport``.
public struct ExportedLesson: Equatable, Sendable {
  public var id: String
  /// The lesson's step ids at export time; nil when this kubetutor does not have the lesson.
  public var steps: [String]?
  /// The step the learner is on.
  public var step: String
  /// Its 1-based number in ``steps``.
  public var stepNumber: Int?
  /// The steps done, in the order they were done.
  public var done: [String]
  /// RFC 3339 times, as the progress file has them.
  public var started: String
  public var updated: String
  public var completed: String?
  /// ``Lesson/fingerprint`` of the lesson at export time.
  public var hash: String?

  /// The lesson as `record` has it, with what `lesson` (the catalog's, if any) adds.
  public init(id: String, record: LessonProgress, lesson: Lesson?) {
    self.id = id
    steps = lesson?.steps.map(\.id)
    step = record.step
    stepNumber = lesson?.step(id: record.step).map { $0.index + 1 }
    done = record.done
    started = record.started
    updated = record.updated
    completed = record.completed
    hash = lesson?.fingerprint
  }

  var json: JSONValue {
    var object: [String: JSONValue] = [
      "id": .string(id),
      "step": .string(step),
      "done": .array(done.map(JSONValue.string)),
      "started": .string(started),
      "updated": .string(updated),
    ]
    if let steps {
      object["steps"] = .array(steps.map(JSONValue.string))
      object["total"] = .int(Int64(steps.count))
    }
    if let stepNumber { object["stepNumber"] = .int(Int64(stepNumber)) }
    if let completed { object["completed"] = .string(completed) }
    if let hash { object["hash"] = .string(hash) }
    return .object(object)
  }
}
