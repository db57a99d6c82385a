import Cluster
import Yams

/// Reads a lesson's language-neutral data (`lesson.yaml`).
///
///     id: lifecycle-demo
///     order: 1
///     files: [lifecycle-events.yaml]
///     setup: {apply: [missing-command.yaml], wait: 40s}   # optional
///     steps:
///       - id: create
///         checks:
///           - {pod: lifecycle-demo, status: Running}
///         solution:
///           - kubectl apply -f lifecycle-events.yaml
///
/// Every problem names the file and line, the way a compiler would.
public struct LessonParser {
  /// The fields of the lesson, before its files and prose are read.
  public struct Data: Equatable, Sendable {
    public var id: String
    public var order: Int
    public var files: [String]
    public var setup: LessonSetup
    public var steps: [LessonStep]
  }

  let path: String

  /// A parser whose messages name `path`.
  public init(path: String) {
    self.path = path
  }

  /// Parses the text of `lesson.yaml`.
  public func parse(_ text: String) throws(LessonError) -> Data {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw error(nil, "the file is empty")
      }
      root = node
    } catch let error as LessonError {
      throw error
    } catch let error as YamlError {
      throw yamlError(error)
    } catch {
      throw self.error(nil, "cannot read the YAML: \(error)")
    }
    // Aliases can make a small file stand for a huge tree ("billion laughs"): count the nodes
    // the parse will visit, and refuse deep nesting, before visiting any.
    var budget = Self.nodeBudget
    try checkSize(root, depth: 0, budget: &budget)
    let fields = try mapping(root, "the lesson", keys: ["id", "order", "files", "setup", "steps"])
    let id = try string(required(fields, "id", root), "`id`")
    guard ProseParser.isID(Substring(id)) else {
      throw error(line(fields["id"]), "`id` must be lowercase letters, digits and dashes")
    }
    let orderNode = try required(fields, "order", root)
    guard let order = Int(try string(orderNode, "`order`")), order > 0 else {
      throw error(line(orderNode), "`order` must be a whole number from 1")
    }
    var files: [String] = []
    if let node = fields["files"] {
      for item in try sequence(node, "`files`") {
        let name = try string(item, "a file name")
        guard !name.contains("/"), !name.hasPrefix("."), !name.isEmpty else {
          throw error(line(item), "a file name has no directories and does not start with `.`")
        }
        files.append(name)
      }
    }
    var setup = LessonSetup()
    if let node = fields["setup"] {
      let setupFields = try mapping(node, "`setup`", keys: ["apply", "wait"])
      if let apply = setupFields["apply"] {
        for item in try sequence(apply, "`setup.apply`") {
          let name = try string(item, "a file name")
          guard files.contains(name) else {
            throw error(line(item), "`\(name)` is not one of the lesson's `files`")
          }
          setup.apply.append(name)
        }
      }
      if let wait = setupFields["wait"] {
        guard let duration = Self.duration(try string(wait, "`setup.wait`")) else {
          throw error(line(wait), "`wait` is a duration such as `30s` or `2m`")
        }
        setup.wait = duration
      }
    }
    var steps: [LessonStep] = []
    let stepsNode = try required(fields, "steps", root)
    for item in try sequence(stepsNode, "`steps`") {
      let step = try self.step(item)
      if steps.contains(where: { $0.id == step.id }) {
        throw error(step.line, "the step id `\(step.id)` is used twice")
      }
      steps.append(step)
    }
    guard !steps.isEmpty else { throw error(line(stepsNode), "a lesson needs at least one step") }
    return Data(id: id, order: order, files: files, setup: setup, steps: steps)
  }

  private func step(_ node: Node) throws(LessonError) -> LessonStep {
    let fields = try mapping(node, "a step", keys: ["id", "checks", "solution"])
    let id = try string(required(fields, "id", node), "a step's `id`")
    guard ProseParser.isID(Substring(id)), id != "intro", id != "finish" else {
      throw error(
        line(fields["id"]),
        "a step's `id` is lowercase letters, digits and dashes, and not `intro` or `finish`")
    }
    let checksNode = try required(fields, "checks", node)
    let checks = try sequence(checksNode, "`checks`").map { (item) throws(LessonError) in
      try check(item)
    }
    guard !checks.isEmpty else { throw error(line(checksNode), "step `\(id)` has no checks") }
    let solutionNode = try required(fields, "solution", node)
    let solution = try sequence(solutionNode, "`solution`").map { (item) throws(LessonError) in
      try string(item, "a solution line")
    }
    guard !solution.isEmpty else {
      throw error(line(solutionNode), "step `\(id)` has no solution lines")
    }
    return LessonStep(id: id, checks: checks, solution: solution, line: line(node) ?? 0)
  }

  /// The keys that name a check's kind (a mapping with none of them but `pod` is a pod check).
  static let kinds = ["event", "read", "exec", "hook", "deleted", "field", "all", "any", "not"]

  func check(_ node: Node) throws(LessonError) -> Check {
    guard case .mapping(let pairs) = node else {
      throw error(line(node), "a check is a mapping, such as `{pod: web, status: Running}`")
    }
    let names = pairs.compactMap { $0.key.scalar?.string }
    let kinds = names.filter(Self.kinds.contains)
    guard kinds.count <= 1 else {
      throw error(line(node), "a check has one kind; this one has \(kinds.joined(separator: ", "))")
    }
    guard let kind = kinds.first ?? (names.contains("pod") ? "pod" : nil) else {
      let known = (["pod"] + Self.kinds).joined(separator: ", ")
      throw error(
        line(node),
        "a check starts with its kind (\(known)); this one has \(names.map { "`\($0)`" }.joined(separator: ", "))"
      )
    }
    switch kind {
    case "pod":
      let fields = try mapping(
        node, "a pod check", keys: ["pod", "status", "ready", "exists", "restarts"])
      let pod = try string(required(fields, "pod", node), "`pod`")
      let given = ["status", "ready", "exists", "restarts"].filter { fields[$0] != nil }
      guard given.count <= 1 else {
        throw error(line(node), "a pod check tests one thing: \(given.joined(separator: " or "))")
      }
      if let status = fields["status"] { return .pod(pod, .status(try string(status, "`status`"))) }
      if let ready = fields["ready"] { return .pod(pod, .ready(try bool(ready, "`ready`"))) }
      if let exists = fields["exists"] {
        return .pod(pod, try bool(exists, "`exists`") ? .exists : .absent)
      }
      if let restarts = fields["restarts"] {
        guard let count = Int(try string(restarts, "`restarts`")), count >= 0 else {
          throw error(line(restarts), "`restarts` is a whole number (at least that many)")
        }
        return .pod(pod, .restarts(atLeast: count))
      }
      return .pod(pod, .exists)
    case "event":
      let fields = try mapping(node, "an event check", keys: ["event", "pod"])
      return .event(
        reason: try string(required(fields, "event", node), "`event`"),
        pod: try fields["pod"].map { (node) throws(LessonError) in try string(node, "`pod`") })
    case "read":
      let fields = try mapping(node, "a read check", keys: ["read", "pod"])
      let path = try string(required(fields, "read", node), "`read`")
      guard path.hasPrefix("/") else {
        throw error(line(fields["read"]), "`read` is an absolute path")
      }
      return .read(path: path, pod: try string(required(fields, "pod", node), "`pod`"))
    case "exec":
      let fields = try mapping(node, "an exec check", keys: ["exec"])
      return .exec(pod: try string(required(fields, "exec", node), "`exec` (a pod name)"))
    case "hook":
      let fields = try mapping(node, "a hook check", keys: ["hook", "pod", "outcome"])
      let hookNode = try required(fields, "hook", node)
      guard let hook = HookName(rawValue: try string(hookNode, "`hook`")) else {
        throw error(line(hookNode), "`hook` is postStart or preStop")
      }
      var outcome = HookOutcome.succeeded
      if let node = fields["outcome"] {
        guard let value = HookOutcome(rawValue: try string(node, "`outcome`")) else {
          throw error(line(node), "`outcome` is ran, succeeded, failed or cut")
        }
        outcome = value
      }
      return .hook(hook, pod: try string(required(fields, "pod", node), "`pod`"), outcome: outcome)
    case "deleted":
      let fields = try mapping(node, "a deleted check", keys: ["deleted", "grace"])
      var grace: Int64?
      if let node = fields["grace"] {
        guard let value = Int64(try string(node, "`grace`")), value >= 0 else {
          throw error(line(node), "`grace` is a number of seconds")
        }
        grace = value
      }
      return .deleted(pod: try string(required(fields, "deleted", node), "`deleted`"), grace: grace)
    case "field":
      let fields = try mapping(node, "a field check", keys: ["field", "pod", "equals"])
      let pathNode = try required(fields, "field", node)
      let path = try string(pathNode, "`field`")
      guard FieldPath.isValid(path) else {
        throw error(line(pathNode), "`field` is a path such as `.spec.containers[0].image`")
      }
      return .field(
        pod: try string(required(fields, "pod", node), "`pod`"), path: path,
        equals: try fields["equals"].map { (node) throws(LessonError) in
          try string(node, "`equals`")
        })
    case "all", "any":
      let fields = try mapping(node, "an `\(kind)` check", keys: [kind])
      let list = try sequence(required(fields, kind, node), "`\(kind)`")
      guard !list.isEmpty else { throw error(line(node), "`\(kind)` needs at least one check") }
      let checks = try list.map { (item) throws(LessonError) in try check(item) }
      return kind == "all" ? .all(checks) : .any(checks)
    default:
      let fields = try mapping(node, "a `not` check", keys: ["not"])
      return .not(try check(required(fields, "not", node)))
    }
  }

  /// The most nodes a lesson file may stand for (aliases expanded), and the deepest nesting.
  static let nodeBudget = LessonLimits.lessonValues
  static let maxDepth = LessonLimits.lessonDepth

  private func checkSize(_ node: Node, depth: Int, budget: inout Int) throws(LessonError) {
    budget -= 1
    guard budget >= 0 else {
      throw error(
        line(node), "the file expands to more than \(Self.nodeBudget) values (too many aliases?)")
    }
    guard depth <= Self.maxDepth else {
      throw error(line(node), "nested more than \(Self.maxDepth) levels deep")
    }
    switch node {
    case .mapping(let pairs):
      for (key, value) in pairs {
        try checkSize(key, depth: depth + 1, budget: &budget)
        try checkSize(value, depth: depth + 1, budget: &budget)
      }
    case .sequence(let items):
      for item in items { try checkSize(item, depth: depth + 1, budget: &budget) }
    default:
      break
    }
  }

  /// `30s`, `2m`, `1m30s`, `90` (seconds).
  static func duration(_ text: String) -> Duration? {
    if let seconds = Int64(text), seconds >= 0 { return .seconds(seconds) }
    var total: Int64 = 0
    var digits = ""
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      guard let value = Int64(digits),
        let unit = ["s": Int64(1), "m": 60, "h": 3600][String(character)]
      else { return nil }
      total += value * unit
      digits = ""
    }
    return digits.isEmpty && !text.isEmpty ? .seconds(total) : nil
  }

  // MARK: - Nodes

  private func error(_ line: Int?, _ problem: String) -> LessonError {
    LessonError(path: path, line: line, problem)
  }

  private func line(_ node: Node?) -> Int? {
    node?.mark?.line
  }

  private func yamlError(_ error: YamlError) -> LessonError {
    switch ManifestError(yaml: error) {
    case .syntax(let line, let problem): self.error(line, "YAML: \(problem)")
    case let other: self.error(nil, "YAML: \(other.message)")
    }
  }

  private func mapping(_ node: Node, _ what: String, keys: [String]) throws(LessonError)
    -> [String: Node]
  {
    guard case .mapping(let pairs) = node else { throw error(line(node), "\(what) is a mapping") }
    var fields: [String: Node] = [:]
    for (key, value) in pairs {
      guard let name = key.scalar?.string else { throw error(line(key), "a key is a plain word") }
      guard keys.contains(name) else {
        throw error(
          line(key),
          "unknown key `\(name)` in \(what) (known: \(keys.joined(separator: ", ")))")
      }
      fields[name] = value
    }
    return fields
  }

  private func required(_ fields: [String: Node], _ key: String, _ parent: Node) throws(LessonError)
    -> Node
  {
    guard let node = fields[key] else { throw error(line(parent), "`\(key)` is missing") }
    return node
  }

  private func sequence(_ node: Node, _ what: String) throws(LessonError) -> [Node] {
    guard case .sequence(let items) = node else { throw error(line(node), "\(what) is a list") }
    return Array(items)
  }

  private func string(_ node: Node, _ what: String) throws(LessonError) -> String {
    guard let scalar = node.scalar else { throw error(line(node), "\(what) is a single value") }
    return scalar.string
  }

  private func bool(_ node: Node, _ what: String) throws(LessonError) -> Bool {
    switch node.scalar?.string {
    case "true": return true
    case "false": return false
    default: throw error(line(node), "\(what) is true or false")
    }
  }
}
