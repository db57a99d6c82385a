import Yams

/// Turns manifest text (YAML, multi-document, or JSON) into JSON documents, as kubectl does
/// before it sends anything to the API server (sigs.k8s.io/yaml: YAML is converted to JSON).
///
/// Bounded against hostile input as go-yaml bounds it: alias expansion by the share of a
/// document's values that come from aliases (its `excessive aliasing` rule, so that a
/// "billion laughs" document stops after a few hundred thousand values while a long plain one
/// passes), nesting by a depth limit (`max depth`); and, past go-yaml, a document's size in
/// values (``ClusterLimits/manifestNodes``: one that large is far past what the API server
/// takes anyway).
public enum ManifestParser {
  /// The most values one document may have (aliases expanded).
  public static let nodeBudget = ClusterLimits.manifestNodes
  /// The deepest nesting a document may have.
  public static let maxDepth = ClusterLimits.manifestDepth

  /// Parses every document; empty documents (only comments or `---`) are dropped.
  public static func documents(from text: String) throws(ManifestError) -> [JSONValue] {
    // Every value needs a separator (`,` `:` `-` `[` `{` or a new line): a text with more
    // than the budget is refused before Yams builds its tree (some 150 bytes a value).
    var separators = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "["),
        UInt8(ascii: "{"), UInt8(ascii: "\n"):
        separators += 1
      default: break
      }
    }
    if separators > nodeBudget { throw .tooLarge }
    var nodes: [Node] = []
    do {
      // Drive the parser directly: YamlSequence swallows errors into a property.
      let parser = try Parser(yaml: text)
      while let node = try parser.nextRoot() { nodes.append(node) }
    } catch let error as YamlError {
      // kubectl reads `{…` as JSON first and reports the JSON error when YAML fails too.
      if text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).first == "{",
        let json = JSONSyntax.firstError(in: text)
      {
        throw .json(json)
      }
      throw ManifestError(yaml: error)
    } catch {
      throw .syntax(line: nil, problem: String(describing: error))
    }
    var documents: [JSONValue] = []
    for node in nodes {
      var count = Count()
      let value = try convert(node, depth: 0, aliased: false, count: &count)
      if !value.isNull { documents.append(value) }
    }
    return documents
  }

  /// What go-yaml counts while it decodes a document.
  private struct Count {
    /// Values decoded, and those of them reached through an alias.
    var values = 0
    var aliased = 0
    /// The furthest place in the text reached so far: a value that starts before it was
    /// reached again, through an alias (Yams hands out the anchored value itself).
    var furthest = (line: 0, column: 0)

    /// go-yaml's `allowedAliasRatio`: 99% of a document of up to 400 000 values may come
    /// from aliases, sliding down to 10% at 4 000 000.
    static func allowedRatio(_ values: Int) -> Double {
      if values <= 400_000 { return 0.99 }
      if values >= 4_000_000 { return 0.10 }
      return 0.99 - 0.89 * Double(values - 400_000) / 3_600_000
    }
  }

  private static func convert(_ node: Node, depth: Int, aliased: Bool, count: inout Count)
    throws(ManifestError) -> JSONValue
  {
    var aliased = aliased
    if !aliased, let mark = node.mark {
      if (mark.line, mark.column) < count.furthest {
        aliased = true
      } else {
        count.furthest = (mark.line, mark.column)
      }
    }
    count.values += 1
    if aliased { count.aliased += 1 }
    if count.aliased > 100, count.values > 1000,
      Double(count.aliased) / Double(count.values) > Count.allowedRatio(count.values)
    {
      throw .excessiveAliasing
    }
    if count.values > nodeBudget { throw .tooLarge }
    if depth > maxDepth { throw .tooDeep(line: node.mark?.line ?? 0) }
    switch node {
    case .scalar(let scalar):
      return convert(scalar: scalar, node: node)
    case .sequence(let sequence):
      var items: [JSONValue] = []
      items.reserveCapacity(sequence.count)
      for child in sequence {
        items.append(try convert(child, depth: depth + 1, aliased: aliased, count: &count))
      }
      return .array(items)
    case .mapping(let mapping):
      var object: [String: JSONValue] = [:]
      for (key, value) in mapping {
        let name: String
        switch key {
        case .scalar(let s): name = s.string
        default: throw .syntax(line: key.mark?.line, problem: "invalid map key: \(key)")
        }
        if !aliased, let mark = key.mark, (mark.line, mark.column) > count.furthest {
          count.furthest = (mark.line, mark.column)
        }
        object[name] = try convert(value, depth: depth + 1, aliased: aliased, count: &count)
      }
      return .object(object)
    case .alias(let alias):
      throw .syntax(
        line: alias.mark?.line, problem: "unknown anchor '\(alias.anchor.rawValue)' referenced")
    }
  }

  /// Resolves a plain scalar the way go-yaml v2 does for an untyped target (YAML 1.1 rules).
  private static func convert(scalar: Node.Scalar, node: Node) -> JSONValue {
    if scalar.style != .plain { return .string(scalar.string) }
    if node.null != nil { return .null }
    if let b = node.bool { return .bool(b) }
    if let i = node.int { return .int(Int64(i)) }
    if let d = node.float, d.isFinite { return .double(d) }
    return .string(scalar.string)
  }
}

/// Why manifest text could not be turned into objects (kubectl's client-side errors).
public enum ManifestError: Error, Equatable, Sendable {
  /// A YAML syntax error: go-yaml's `yaml: line N: <problem>`.
  case syntax(line: Int?, problem: String)
  /// More of the document comes from aliases than go-yaml allows.
  case excessiveAliasing
  /// More values than ``ClusterLimits/manifestNodes``: kubectl words it as the API server's
  /// refusal of so large a request.
  case tooLarge
  /// Nesting deeper than go-yaml allows.
  case tooDeep(line: Int)
  /// Malformed JSON: Go's decoder message (`unexpected EOF`, `json: offset 21: invalid character …`).
  case json(String)

  /// The error as go-yaml would word it, from Yams's (lesson files reuse this reading too).
  public init(yaml error: YamlError) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      // libyaml's own words name its C API; go-yaml words the same guard as a depth.
      self =
        problem.hasPrefix("Maximum nesting level reached")
        ? .tooDeep(line: mark.line) : .syntax(line: mark.line, problem: problem)
    case .reader(let problem, _, _, _):
      self = .syntax(line: nil, problem: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      self = .syntax(
        line: context.mark.line,
        problem: "mapping key \"\(duplicates.first ?? "")\" already defined")
    default:
      self = .syntax(line: nil, problem: String(describing: error))
    }
  }

  /// The text after `error converting YAML to JSON: `.
  public var message: String {
    switch self {
    case .syntax(let line?, let problem): "yaml: line \(line): \(problem)"
    case .syntax(nil, let problem): "yaml: \(problem)"
    case .excessiveAliasing: "yaml: document contains excessive aliasing"
    case .tooLarge: "Request entity too large: limit is \(ClusterLimits.requestBytes)"
    case .tooDeep(let line): "yaml: line \(line): exceeded max depth of \(ManifestParser.maxDepth)"
    case .json(let message): message
    }
  }

  /// Whether kubectl words this as a YAML-to-JSON conversion error (JSON errors stand alone).
  public var isYAML: Bool {
    if case .json = self { return false }
    return true
  }
}
