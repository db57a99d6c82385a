import Cluster
import Container

/// One file handed to a report, read tolerantly: a ``ProgressExport`` of any version, or a raw
/// `progress.json` copied from a learner's state directory.
///
/// Missing optional fields are tolerated, unknown ones ignored, fields of the wrong kind
/// ignored with a note; only a file that is not a progress file at all is refused (a
/// ``ProgressFileProblem``).
public struct ProgressFile: Equatable, Sendable {
  /// The largest file a report reads, in bytes.
  public static let maximumSize = LessonLimits.progressBytes
  /// The most lessons kept from one file (a hostile file cannot make a thousand columns).
  public static let maximumLessons = LessonLimits.reportLessons

  /// What kind of file it was.
  public enum Kind: Equatable, Sendable {
    /// A `kubetutor progress export`, of this format version.
    case export(version: Int)
    /// A learner's `progress.json`.
    case progress
  }

  public var kind: Kind
  /// The learner's name (cleaned as an export cleans it), if the file gives one.
  public var name: String?
  /// When it was exported.
  public var exported: Instant?
  /// The kubetutor version that wrote it.
  public var tool: String?
  /// The lesson the learner was last in.
  public var current: String?
  /// Each lesson started, by id.
  public var lessons: [String: Entry]
  /// What was noticed while reading it.
  public var notes: [ProgressNote]

  /// One lesson as the file has it.
  public struct Entry: Equatable, Sendable {
    public var id: String
    /// The step the learner is on.
    public var step: String?
    /// Its number, as the exporting kubetutor counted it.
    public var stepNumber: Int?
    /// The lesson's step ids at export time.
    public var steps: [String]?
    public var total: Int?
    public var done: [String]
    public var started: Instant?
    public var updated: Instant?
    public var completed: Instant?
    /// ``Lesson/fingerprint`` at export time.
    public var hash: String?

    public init(id: String) {
      self.id = id
      done = []
    }

    /// The last time anything happened in the lesson.
    public var lastActivity: Instant? {
      [started, updated, completed].compactMap { $0 }.max()
    }
  }

  public init(kind: Kind, lessons: [String: Entry] = [:]) {
    self.kind = kind
    self.lessons = lessons
    notes = []
  }

  /// Reads a file's bytes.
  public static func decode(_ bytes: [UInt8]) throws(ProgressFileProblem) -> ProgressFile {
    guard bytes.count <= maximumSize else { throw .tooLarge(bytes.count) }
    guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { throw .empty }
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      throw .binary
    }
    // YAML would take plain words for a document: an export is JSON, so it starts with `{`.
    if let first = text.first(where: { !$0.isWhitespace }), first != "{", first != "[" {
      throw .notJSON("invalid character '\(first)' looking for beginning of value")
    }
    let documents: [JSONValue]
    do {
      documents = try ManifestParser.documents(from: text)
    } catch {
      throw .notJSON(error.message)
    }
    guard documents.count == 1, case .object(let root) = documents[0] else {
      throw documents.isEmpty ? .empty : .wrongShape(.notAnObject)
    }
    var file: ProgressFile
    var entries: [(String?, JSONValue)]
    switch (root["format"], root["lessons"]) {
    case (.string(let format)?, _) where format != ProgressExport.format:
      throw .wrongShape(.otherFormat(format))
    case (.string(_)?, .array(let items)?), (nil, .array(let items)?):
      file = ProgressFile(kind: .export(version: 1))
      entries = items.map { (nil, $0) }
    case (.string(_)?, nil):
      file = ProgressFile(kind: .export(version: 1))
      entries = []
    case (nil, .object(let members)?):
      file = ProgressFile(kind: .progress)
      entries = members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
      file.notes.append(.rawProgressFile)
    default:
      throw .wrongShape(.noLessons)
    }
    if let version = root["version"] {
      if let number = version.asInt, number >= 1 {
        if case .export = file.kind { file.kind = .export(version: Int(number)) }
        let known =
          file.kind == .progress ? LearnerProgress.currentVersion : ProgressExport.currentVersion
        if number > known { file.notes.append(.newerFormat(Int(number))) }
      } else {
        file.notes.append(.ignoredField("version"))
      }
    }
    file.name = file.text(root, "name").flatMap(ProgressExport.cleanName)
    file.tool = file.text(root, "kubetutor").map { String($0.prefix(40)) }
    file.current = file.text(root, "current").flatMap { Lesson.isValidID($0) ? $0 : nil }
    file.exported = file.time(root, "exported")
    if entries.count > maximumLessons {
      file.notes.append(.tooManyLessons(kept: maximumLessons, count: entries.count))
      entries = Array(entries.prefix(maximumLessons))
    }
    var ignored = false
    for (key, value) in entries {
      guard let entry = file.entry(key: key, value) else {
        ignored = true
        continue
      }
      if file.lessons[entry.id] == nil { file.lessons[entry.id] = entry } else { ignored = true }
    }
    if ignored { file.notes.append(.ignoredLesson) }
    return file
  }

  /// One lesson entry: `key` is its id in a `progress.json`, nil in an export (where the
  /// entry has an `id`).
  private mutating func entry(key: String?, _ value: JSONValue) -> Entry? {
    guard case .object(let fields) = value,
      let id = key ?? fields["id"]?.asString, Lesson.isValidID(id)
    else { return nil }
    var entry = Entry(id: id)
    let prefix = "lessons." + id + "."
    entry.step = ids(fields, "step", prefix: prefix)?.first
    entry.steps = ids(fields, "steps", prefix: prefix)
    entry.done = ids(fields, "done", prefix: prefix) ?? []
    entry.stepNumber = count(fields, "stepNumber", prefix: prefix)
    entry.total = count(fields, "total", prefix: prefix)
    entry.started = time(fields, "started", prefix: prefix)
    entry.updated = time(fields, "updated", prefix: prefix)
    entry.completed = time(fields, "completed", prefix: prefix)
    entry.hash = text(fields, "hash", prefix: prefix).map { String($0.prefix(64)) }
    return entry
  }

  /// A string field; a note when it is there but something else.
  private mutating func text(_ fields: [String: JSONValue], _ key: String, prefix: String = "")
    -> String?
  {
    switch fields[key] {
    case nil, .null?: return nil
    case .string(let text)?: return text
    default:
      notes.append(.ignoredField(prefix + key))
      return nil
    }
  }

  /// An RFC 3339 time field.
  private mutating func time(_ fields: [String: JSONValue], _ key: String, prefix: String = "")
    -> Instant?
  {
    guard let text = text(fields, key, prefix: prefix) else { return nil }
    guard let instant = RFC3339.parse(text) else {
      notes.append(.ignoredField(prefix + key))
      return nil
    }
    return instant
  }

  /// A whole number from 1 up.
  private mutating func count(_ fields: [String: JSONValue], _ key: String, prefix: String)
    -> Int?
  {
    switch fields[key] {
    case nil, .null?: return nil
    case let value?:
      guard let number = value.asInt, number >= 1, number <= 10_000 else {
        notes.append(.ignoredField(prefix + key))
        return nil
      }
      return Int(number)
    }
  }

  /// A step id, or a list of them; ids of the wrong shape are dropped with a note.
  private mutating func ids(_ fields: [String: JSONValue], _ key: String, prefix: String)
    -> [String]?
  {
    let items: [JSONValue]
    switch fields[key] {
    case nil, .null?: return nil
    case .string(let id)?: items = [.string(id)]
    case .array(let array)?: items = array
    default:
      notes.append(.ignoredField(prefix + key))
      return nil
    }
    let ids = items.prefix(1000).compactMap {
      $0.asString.flatMap { Lesson.isValidID($0) ? $0 : nil }
    }
    if ids.count != items.count { notes.append(.ignoredField(prefix + key)) }
    return ids
  }
}
