/// The diff the API server appends to "pod updates may not change fields…", in the shape of
/// Go's `cmp.Diff` over `core.PodSpec`: unchanged runs collapse to `... // N identical fields`,
/// changed leaves are marked `- ` and `+ `, indentation is two marker columns then tabs.
///
/// Field order follows the JSON names sorted, not Go's declaration order; kubectl-formats.md
/// notes the exact layout depends on the server version and on what changed.
enum SpecDiff {
  static func render(old: PodSpec, new: PodSpec) -> String {
    let encoder = JSONValueEncoder()
    guard let a = try? encoder.encode(old), let b = try? encoder.encode(new) else { return "" }
    var lines: [String] = []
    lines.append("  core.PodSpec{")
    object(a, b, depth: 1, into: &lines)
    lines.append("  }")
    return lines.joined(separator: "\n")
  }

  private static func goName(_ key: String) -> String {
    let special = [
      "httpGet": "HTTPGet", "tcpSocket": "TCPSocket", "hostIPC": "HostIPC", "hostPID": "HostPID",
    ]
    if let name = special[key] { return name }
    return key.prefix(1).uppercased() + key.dropFirst()
  }

  /// Go type names of the nested structs a hook diff passes through.
  private static let typeNames = [
    "postStart": "LifecycleHandler", "preStop": "LifecycleHandler", "exec": "ExecAction",
    "httpGet": "HTTPGetAction", "sleep": "SleepAction", "tcpSocket": "TCPSocketAction",
    "securityContext": "SecurityContext", "resources": "ResourceRequirements",
  ]

  private static func tabs(_ depth: Int) -> String { String(repeating: "\t", count: depth) }

  private static func object(_ a: JSONValue, _ b: JSONValue, depth: Int, into lines: inout [String])
  {
    let old = a.asObject ?? [:]
    let new = b.asObject ?? [:]
    let keys = Set(old.keys).union(new.keys).sorted()
    var identical = 0
    func flush() {
      if identical > 0 { lines.append("  " + tabs(depth) + "... // \(identical) identical fields") }
      identical = 0
    }
    for key in keys {
      let x = old[key]
      let y = new[key]
      if x == y {
        identical += 1
        continue
      }
      flush()
      let name = goName(key)
      switch (x, y) {
      case (.object?, .object?):
        lines.append("  " + tabs(depth) + "\(name): &core.\(typeNames[key] ?? name){")
        object(x ?? .null, y ?? .null, depth: depth + 1, into: &lines)
        lines.append("  " + tabs(depth) + "},")
      case (.array(let p)?, .array(let q)?):
        lines.append("  " + tabs(depth) + "\(name): []\(elementType(p + q)){")
        array(p, q, depth: depth + 1, into: &lines)
        lines.append("  " + tabs(depth) + "},")
      default:
        if let x { lines.append("- " + tabs(depth) + "\(name): \(literal(x)),") }
        if let y { lines.append("+ " + tabs(depth) + "\(name): \(literal(y)),") }
      }
    }
    flush()
  }

  private static func array(
    _ p: [JSONValue], _ q: [JSONValue], depth: Int, into lines: inout [String]
  ) {
    for i in 0..<max(p.count, q.count) {
      let x: JSONValue? = i < p.count ? p[i] : .none
      let y: JSONValue? = i < q.count ? q[i] : .none
      if case .object? = x, case .object? = y, x != y {
        lines.append("  " + tabs(depth) + "{")
        object(x ?? .null, y ?? .null, depth: depth + 1, into: &lines)
        lines.append("  " + tabs(depth) + "},")
      } else if x == y, let x {
        lines.append("  " + tabs(depth) + literal(x) + ",")
      } else {
        if let x { lines.append("- " + tabs(depth) + literal(x) + ",") }
        if let y { lines.append("+ " + tabs(depth) + literal(y) + ",") }
      }
    }
  }

  private static func elementType(_ values: [JSONValue]) -> String {
    if case .string? = values.first { return "string" }
    return "core.Container"
  }

  /// A value as Go's `%#v`-like literal: strings quoted, objects abbreviated.
  private static func literal(_ value: JSONValue) -> String {
    switch value {
    case .string(let s): return FieldError.quoted(s)
    case .int(let i): return String(i)
    case .bool(let b): return String(b)
    case .null: return "nil"
    case .double(let d): return GoJSON.formatNumber(d)
    case .array(let items): return "{" + items.map(literal).joined(separator: ", ") + "}"
    case .object(let fields):
      return "{"
        + fields.keys.sorted().map { "\(goName($0)): \(literal(fields[$0] ?? .null))" }.joined(
          separator: ", ") + "}"
    }
  }
}
