@testable import Cluster
@testable import Kubectl

// The encoder and the printers as they were before the JSONTree (commit 8c74ad1), kept as the
// oracle FastPathEquivalenceTests compares the fast path with: a JSONValue built by a Codable
// tree of nodes, then printed from its dictionaries into a String.

/// The old `JSONValueEncoder`.
struct LegacyJSONValueEncoder {
  func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    try LegacyEncodingNode.encodeTopLevel(value, codingPath: [])
  }
}

/// A mutable node of the tree being built; containers share it by reference.
final class LegacyEncodingNode {
  enum Content {
    case empty
    case value(JSONValue)
    case object([String: LegacyEncodingNode], order: [String])
    case array([LegacyEncodingNode])
  }

  var content: Content = .empty

  static func encodeTopLevel<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws
    -> JSONValue
  {
    if let json = value as? JSONValue { return json }
    let node = LegacyEncodingNode()
    try value.encode(to: LegacyNodeEncoder(node: node, codingPath: codingPath))
    guard let result = node.finish() else {
      throw EncodingError.invalidValue(
        value,
        .init(codingPath: codingPath, debugDescription: "\(T.self) did not encode any values."))
    }
    return result
  }

  func finish() -> JSONValue? {
    switch content {
    case .empty: return nil
    case .value(let value): return value
    case .object(let members, _):
      var result: [String: JSONValue] = [:]
      for (key, node) in members { result[key] = node.finish() ?? .object([:]) }
      return .object(result)
    case .array(let elements):
      return .array(elements.map { $0.finish() ?? .object([:]) })
    }
  }

  func objectChild(_ key: String) -> LegacyEncodingNode {
    var members: [String: LegacyEncodingNode] = [:]
    var order: [String] = []
    if case .object(let existing, let existingOrder) = content {
      if let node = existing[key] { return node }
      members = existing
      order = existingOrder
    }
    // Drop the enum's copy first, so the dictionary and array are extended in place rather
    // than copied on every key.
    content = .empty
    let node = LegacyEncodingNode()
    members[key] = node
    order.append(key)
    content = .object(members, order: order)
    return node
  }

  func makeObject() {
    if case .object = content { return }
    content = .object([:], order: [])
  }

  func appendChild() -> LegacyEncodingNode {
    var elements: [LegacyEncodingNode] = []
    if case .array(let existing) = content { elements = existing }
    content = .empty  // as in objectChild: extend in place
    let node = LegacyEncodingNode()
    elements.append(node)
    content = .array(elements)
    return node
  }

  func makeArray() {
    if case .array = content { return }
    content = .array([])
  }

  var count: Int {
    switch content {
    case .array(let elements): elements.count
    case .object(let members, _): members.count
    default: 0
    }
  }
}

struct LegacyNodeEncoder: Encoder {
  let node: LegacyEncodingNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(LegacyKeyedNodeContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return LegacyUnkeyedNodeContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    LegacySingleNodeContainer(node: node, codingPath: codingPath)
  }
}

/// Shared scalar conversions for all three container kinds.
enum LegacyScalarEncoding {
  static func json<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue? {
    // Most values are structs: a failed metatype comparison is far cheaper than the chain of
    // failed casts below (this runs for every field of every object printed).
    guard
      T.self == JSONValue.self || T.self == String.self || T.self == Bool.self
        || T.self == Int.self || T.self == Int64.self || T.self == Int32.self
        || T.self == Double.self || T.self == Int8.self || T.self == Int16.self
        || T.self == UInt.self || T.self == UInt8.self || T.self == UInt16.self
        || T.self == UInt32.self || T.self == UInt64.self || T.self == Float.self
    else { return nil }
    switch value {
    case let v as JSONValue: return v
    case let v as String: return .string(v)
    case let v as Bool: return .bool(v)
    case let v as Int: return .int(Int64(v))
    case let v as Int8: return .int(Int64(v))
    case let v as Int16: return .int(Int64(v))
    case let v as Int32: return .int(Int64(v))
    case let v as Int64: return .int(v)
    case let v as UInt: return try unsigned(UInt64(v), codingPath)
    case let v as UInt8: return .int(Int64(v))
    case let v as UInt16: return .int(Int64(v))
    case let v as UInt32: return .int(Int64(v))
    case let v as UInt64: return try unsigned(v, codingPath)
    case let v as Double: return .double(v)
    case let v as Float: return .double(Double(v))
    default: return nil
    }
  }

  static func unsigned(_ value: UInt64, _ codingPath: [any CodingKey]) throws -> JSONValue {
    guard let signed = Int64(exactly: value) else {
      throw EncodingError.invalidValue(
        value, .init(codingPath: codingPath, debugDescription: "\(value) does not fit in an int64.")
      )
    }
    return .int(signed)
  }

  static func encode<T: Encodable>(
    _ value: T, into node: LegacyEncodingNode, codingPath: [any CodingKey]
  )
    throws
  {
    if let scalar = try json(value, codingPath: codingPath) {
      node.content = .value(scalar)
    } else {
      try value.encode(to: LegacyNodeEncoder(node: node, codingPath: codingPath))
      if case .empty = node.content { node.content = .value(.object([:])) }
    }
  }
}

struct LegacyKeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: LegacyEncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.null)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try LegacyScalarEncoding.encode(
      value, into: node.objectChild(key.stringValue), codingPath: codingPath + [key])
  }

  // The common scalars directly, without the generic path's coding path and casts.
  mutating func encode(_ value: String, forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.string(value))
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.bool(value))
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.int(Int64(value)))
  }

  mutating func encode(_ value: Int32, forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.int(Int64(value)))
  }

  mutating func encode(_ value: Int64, forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.int(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = node.objectChild(key.stringValue)
    child.makeObject()
    return KeyedEncodingContainer(
      LegacyKeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = node.objectChild(key.stringValue)
    child.makeArray()
    return LegacyUnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    LegacyNodeEncoder(
      node: node.objectChild("super"), codingPath: codingPath + [AnyCodingKey("super")])
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    LegacyNodeEncoder(node: node.objectChild(key.stringValue), codingPath: codingPath + [key])
  }
}

struct LegacyUnkeyedNodeContainer: UnkeyedEncodingContainer {
  let node: LegacyEncodingNode
  let codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() throws {
    node.appendChild().content = .value(.null)
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let key = AnyCodingKey(index: count)
    try LegacyScalarEncoding.encode(value, into: node.appendChild(), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let key = AnyCodingKey(index: count)
    let child = node.appendChild()
    child.makeObject()
    return KeyedEncodingContainer(
      LegacyKeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let key = AnyCodingKey(index: count)
    let child = node.appendChild()
    child.makeArray()
    return LegacyUnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    let key = AnyCodingKey(index: count)
    return LegacyNodeEncoder(node: node.appendChild(), codingPath: codingPath + [key])
  }
}

struct LegacySingleNodeContainer: SingleValueEncodingContainer {
  let node: LegacyEncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .value(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try LegacyScalarEncoding.encode(value, into: node, codingPath: codingPath)
  }
}

/// The old `GoJSON` writers.
enum LegacyGoJSON {
  static func kubectl(_ value: JSONValue) throws(GoJSON.TooDeep) -> String {
    var out = ""
    try write(value, into: &out, depth: 0, newline: "\n", indent: "    ")
    return out + "\n"
  }

  static func marshalIndent(_ value: JSONValue, prefix: String, indent: String)
    throws(GoJSON.TooDeep) -> String
  {
    var out = ""
    try write(value, into: &out, depth: 0, newline: "\n" + prefix, indent: indent)
    return out
  }

  static func marshal(_ value: JSONValue) throws(GoJSON.TooDeep) -> String {
    var out = ""
    try write(value, into: &out, depth: 0, newline: nil, indent: "")
    return out
  }

  static func compact(_ value: JSONValue) -> String {
    var out = ""
    try? write(value, into: &out, depth: 0, newline: nil, indent: "", limit: Int.max)
    return out
  }

  static func write(
    _ value: JSONValue, into out: inout String, depth: Int, newline: String?, indent: String,
    limit: Int = GoJSON.maxDepth
  ) throws(GoJSON.TooDeep) {
    guard depth <= limit else { throw GoJSON.TooDeep() }
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let integer): out += String(integer)
    case .double(let double): out += GoJSON.formatNumber(double)
    case .string(let text):
      out += "\""
      appendEscaped(text, to: &out)
      out += "\""
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        if let newline { out += newline + String(repeating: indent, count: depth + 1) }
        try write(
          element, into: &out, depth: depth + 1, newline: newline, indent: indent, limit: limit)
      }
      if let newline { out += newline + String(repeating: indent, count: depth) }
      out += "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{"
      let sorted = members.sorted { JSONValue.byteOrder($0.key, $1.key) }
      for (index, (key, member)) in sorted.enumerated() {
        if index > 0 { out += "," }
        if let newline { out += newline + String(repeating: indent, count: depth + 1) }
        out += "\""
        appendEscaped(key, to: &out)
        out += newline == nil ? "\":" : "\": "
        try write(
          member, into: &out, depth: depth + 1, newline: newline, indent: indent, limit: limit)
      }
      if let newline { out += newline + String(repeating: indent, count: depth) }
      out += "}"
    }
  }

  static let hexDigits = Array("0123456789abcdef")

  static func appendEscaped(_ text: String, to out: inout String) {
    // Nearly every string has nothing to escape: then it goes in whole. (0xE2 starts U+2028 and
    // U+2029, which Go escapes.)
    if text.utf8.allSatisfy({
      $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26
        && $0 != 0xE2
    }) {
      out += text
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<", ">", "&", "\u{2028}", "\u{2029}":
        out += unicodeEscape(scalar.value)
      default:
        if scalar.value < 0x20 {
          out += unicodeEscape(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
  }

  static func unicodeEscape(_ value: UInt32) -> String {
    var text = "\\u"
    for shift in stride(from: 12, through: 0, by: -4) {
      text.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
    }
    return text
  }
}

/// The old `GoYAML.marshal`.
enum LegacyGoYAML {
  static func marshal(_ value: JSONValue) throws(GoYAML.Failure) -> String {
    var emitter = LegacyYAMLEmitter()
    try emitter.emitDocument(value)
    return emitter.output
  }
}

/// The YAML emitter as it was (the port of go-yaml v2's `emitterc.go`), printing a JSONValue
/// into a String.
struct LegacyYAMLEmitter {
  private(set) var output = ""
  private var column = 0
  private var indent = -1
  private var whitespace = true
  private var indention = true
  private var openEnded = false
  private let bestIndent = 2
  private let bestWidth = 80

  // MARK: Structure

  mutating func emitDocument(_ value: JSONValue) throws(GoYAML.Failure) {
    try emitNode(value, root: true, mapping: false, simpleKey: false, depth: 0)
    // Document end (implicit): a final line break. kubectl's go-yaml writes no "..." after
    // an open-ended (`|+`) last scalar (checked against kubectl v1.34.5).
    writeIndent()
  }

  private mutating func emitNode(
    _ value: JSONValue, root: Bool, mapping: Bool, simpleKey: Bool, depth: Int
  ) throws(GoYAML.Failure) {
    guard depth <= GoJSON.maxDepth else { throw .tooDeep }
    switch value {
    case .null:
      emitScalar("null", style: .plain, root: root, simpleKey: simpleKey)
    case .bool(let flag):
      emitScalar(flag ? "true" : "false", style: .plain, root: root, simpleKey: simpleKey)
    case .int(let integer):
      emitScalar(String(integer), style: .plain, root: root, simpleKey: simpleKey)
    case .double(let double):
      emitScalar(LegacyYAMLEmitter.number(double), style: .plain, root: root, simpleKey: simpleKey)
    case .string(let raw):
      let text = try LegacyYAMLEmitter.roundTrip(raw)
      emitScalar(
        text, style: LegacyYAMLEmitter.requestedStyle(text), root: root, simpleKey: simpleKey)
    case .array(let elements):
      if elements.isEmpty {
        writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
        return
      }
      let saved = indent
      increaseIndent(flow: false, indentless: mapping && !indention)
      for element in elements {
        writeIndent()
        writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
        try emitNode(element, root: false, mapping: false, simpleKey: false, depth: depth + 1)
      }
      indent = saved
    case .object(let members):
      if members.isEmpty {
        writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
        return
      }
      let saved = indent
      increaseIndent(flow: false, indentless: false)
      var keys: [(text: String, letters: Bool, value: JSONValue)] = []
      keys.reserveCapacity(members.count)
      for (key, value) in members {
        let text = try LegacyYAMLEmitter.roundTrip(key)
        keys.append((text, LegacyYAMLEmitter.isASCIILetters(text), value))
      }
      // Letters-only keys compare as bytes; the general rule only when one needs it.
      keys.sort {
        $0.letters && $1.letters
          ? $0.text.utf8.lexicographicallyPrecedes($1.text.utf8)
          : GoYAML.keyPrecedes($0.text, $1.text)
      }
      for key in keys {
        writeIndent()
        if LegacyYAMLEmitter.isSimple(key.text) && key.text.utf8.count <= 128 {
          emitScalar(
            key.text, style: LegacyYAMLEmitter.requestedStyle(key.text), root: false,
            simpleKey: true)
          writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else if !ScalarAnalysis(Array(key.text.unicodeScalars)).multiline
          && key.text.utf8.count <= 128
        {
          emitScalar(
            key.text, style: LegacyYAMLEmitter.requestedStyle(key.text), root: false,
            simpleKey: true)
          writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
          writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
          emitScalar(
            key.text, style: LegacyYAMLEmitter.requestedStyle(key.text), root: false,
            simpleKey: false)
          writeIndent()
          writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
        }
        try emitNode(key.value, root: false, mapping: true, simpleKey: false, depth: depth + 1)
      }
      indent = saved
    }
  }

  /// Letters, digits and `-._/` after a letter or digit: a scalar go-yaml writes plain as it
  /// is, when its resolution is a string (``requestedStyle(_:)`` says so) and wherever it stands.
  static func isSimple(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    guard let first = utf8.next(), isAlphanumeric(first) else { return false }
    while let byte = utf8.next() {
      guard isAlphanumeric(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x2F
      else { return false }
    }
    return true
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private mutating func increaseIndent(flow: Bool, indentless: Bool) {
    if indent < 0 {
      indent = flow ? bestIndent : 0
    } else if !indentless {
      indent += bestIndent
    }
  }

  // MARK: Scalars

  private mutating func emitScalar(
    _ text: String, style requested: YAMLScalarStyle, root: Bool, simpleKey: Bool
  ) {
    if requested == .plain && Self.isSimple(text) {
      // Plain is allowed and nothing folds (no spaces): the analysis below would agree.
      if !whitespace { put(" ") }
      output += text
      column += text.utf8.count
      whitespace = false
      indention = false
      if root { openEnded = true }
      return
    }
    let value = Array(text.unicodeScalars)
    let analysis = ScalarAnalysis(value)
    var style = requested
    if simpleKey && analysis.multiline { style = .doubleQuoted }
    if style == .plain {
      if !analysis.blockPlainAllowed { style = .singleQuoted }
      if value.isEmpty && simpleKey { style = .singleQuoted }
    }
    if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
    if style == .literal && (!analysis.blockAllowed || simpleKey) { style = .doubleQuoted }

    let saved = indent
    increaseIndent(flow: true, indentless: false)
    switch style {
    case .plain: writePlain(value, allowBreaks: !simpleKey, root: root)
    case .singleQuoted: writeSingleQuoted(value, allowBreaks: !simpleKey)
    case .doubleQuoted: writeDoubleQuoted(value, allowBreaks: !simpleKey)
    case .literal: writeLiteral(value)
    }
    indent = saved
  }

  private mutating func writePlain(_ value: [Unicode.Scalar], allowBreaks: Bool, root: Bool) {
    if !whitespace { put(" ") }
    // The common case, a short scalar on one line that cannot reach the folding column: as is.
    if column + value.count <= bestWidth || !allowBreaks,
      !value.contains(where: LegacyYAMLEmitter.isBreak)
    {
      // (UnicodeScalarView's append(contentsOf:) copies the whole string every time.)
      var text = String.UnicodeScalarView()
      text.append(contentsOf: value)
      output += String(text)
      column += value.count
      whitespace = false
      indention = false
      if root { openEnded = true }
      return
    }
    var spaces = false
    var breaks = false
    var i = 0
    while i < value.count {
      let c = value[i]
      if c == " " {
        if allowBreaks && !spaces && column > bestWidth
          && !(i + 1 < value.count && value[i + 1] == " ")
        {
          writeIndent()
        } else {
          write(c)
        }
        spaces = true
      } else if LegacyYAMLEmitter.isBreak(c) {
        if !breaks && c == "\n" { putBreak() }
        writeBreak(c)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        write(c)
        indention = false
        spaces = false
        breaks = false
      }
      i += 1
    }
    whitespace = false
    indention = false
    if root { openEnded = true }
  }

  private mutating func writeSingleQuoted(_ value: [Unicode.Scalar], allowBreaks: Bool) {
    writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
    var spaces = false
    var breaks = false
    for (i, c) in value.enumerated() {
      if c == " " {
        if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1
          && value[i + 1] != " "
        {
          writeIndent()
        } else {
          write(c)
        }
        spaces = true
      } else if LegacyYAMLEmitter.isBreak(c) {
        if !breaks && c == "\n" { putBreak() }
        writeBreak(c)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        if c == "'" { put("'") }
        write(c)
        indention = false
        spaces = false
        breaks = false
      }
    }
    writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeDoubleQuoted(_ value: [Unicode.Scalar], allowBreaks: Bool) {
    writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
    // go-yaml's is_bom ignores its index: a leading BOM makes every character escaped.
    let startsWithBOM = value.first == "\u{FEFF}"
    var spaces = false
    for (i, c) in value.enumerated() {
      if !LegacyYAMLEmitter.isPrintable(c) || startsWithBOM || LegacyYAMLEmitter.isBreak(c)
        || c == "\""
        || c == "\\"
      {
        put("\\")
        switch c.value {
        case 0x00: put("0")
        case 0x07: put("a")
        case 0x08: put("b")
        case 0x09: put("t")
        case 0x0A: put("n")
        case 0x0B: put("v")
        case 0x0C: put("f")
        case 0x0D: put("r")
        case 0x1B: put("e")
        case 0x22: put("\"")
        case 0x5C: put("\\")
        case 0x85: put("N")
        case 0xA0: put("_")
        case 0x2028: put("L")
        case 0x2029: put("P")
        default:
          let (letter, width): (Unicode.Scalar, Int) =
            c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
          put(letter)
          for k in stride(from: (width - 1) * 4, through: 0, by: -4) {
            let digit = (c.value >> UInt32(k)) & 0xF
            put(Unicode.Scalar(UInt8(digit < 10 ? 48 + digit : 55 + digit)))
          }
        }
        spaces = false
      } else if c == " " {
        if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1 {
          writeIndent()
          if value[i + 1] == " " { put("\\") }
        } else {
          write(c)
        }
        spaces = true
      } else {
        write(c)
        spaces = false
      }
    }
    writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeLiteral(_ value: [Unicode.Scalar]) {
    writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
    // Block scalar hints: an indentation indicator when the text starts with a space or break,
    // then the chomping indicator.
    if let first = value.first, first == " " || LegacyYAMLEmitter.isBreak(first) {
      writeIndicator(
        String(bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    openEnded = false
    var chomp: String?
    if let last = value.last {
      if !LegacyYAMLEmitter.isBreak(last) {
        chomp = "-"
      } else if value.count == 1 || LegacyYAMLEmitter.isBreak(value[value.count - 2]) {
        chomp = "+"
        openEnded = true
      }
    } else {
      chomp = "-"
    }
    if let chomp {
      writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    putBreak()
    indention = true
    whitespace = true
    var breaks = true
    for c in value {
      if LegacyYAMLEmitter.isBreak(c) {
        writeBreak(c)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        write(c)
        indention = false
        breaks = false
      }
    }
  }

  // MARK: Low-level writes (column counts characters, as go-yaml does)

  private mutating func put(_ c: Unicode.Scalar) {
    output.unicodeScalars.append(c)
    column += 1
  }

  private mutating func write(_ c: Unicode.Scalar) {
    output.unicodeScalars.append(c)
    column += 1
  }

  private mutating func putBreak() {
    output += "\n"
    column = 0
  }

  private mutating func writeBreak(_ c: Unicode.Scalar) {
    if c == "\n" {
      putBreak()
    } else {
      output.unicodeScalars.append(c)
      column = 0
    }
  }

  private mutating func writeIndent() {
    let target = max(indent, 0)
    if !indention || column > target || (column == target && !whitespace) { putBreak() }
    if column < target {
      output += String(repeating: " ", count: target - column)
      column = target
    }
    whitespace = true
    indention = true
  }

  private mutating func writeIndicator(
    _ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
  ) {
    if needWhitespace && !whitespace { put(" ") }
    output += indicator
    column += indicator.unicodeScalars.count
    whitespace = isWhitespace
    indention = indention && isIndention
    openEnded = false
  }

  // MARK: Character classes (yamlprivateh.go)

  static func isBreak(_ c: Unicode.Scalar) -> Bool {
    c == "\r" || c == "\n" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
  }

  /// go-yaml's `is_printable`: note that nothing outside the Basic Multilingual Plane is.
  static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return v == 0x0A || (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
      || ((0xE000...0xFFFD).contains(v) && v != 0xFEFF)
  }

  // MARK: The JSON -> YAML round trip

  /// What the string becomes after kubectl's JSON text is parsed back by go-yaml.
  ///
  /// Go's JSON escapes every control character below U+0020 and U+2028/9 but leaves DEL,
  /// C1 controls and U+FFFE/F raw; go-yaml's reader rejects those, and its double-quoted
  /// scanner folds the raw U+0085 (a YAML 1.1 line break) with the spaces around it.
  static func roundTrip(_ text: String) throws(GoYAML.Failure) -> String {
    // Printable ASCII (nearly every string) has nothing to check or change.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var hasNEL = false
    for c in text.unicodeScalars {
      let v = c.value
      if v == 0x7F || ((0x80...0x9F).contains(v) && v != 0x85) || v == 0xFFFE || v == 0xFFFF {
        throw .controlCharacters
      }
      if v == 0x85 { hasNEL = true }
    }
    guard hasNEL else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      guard c == " " || c == "\u{85}" else {
        out.append(c)
        i += 1
        continue
      }
      var j = i
      var breaks = 0
      while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{85}" {
        if scalars[j] == "\u{85}" { breaks += 1 }
        j += 1
      }
      if breaks == 0 {
        out.append(contentsOf: scalars[i..<j])
      } else if breaks == 1 {
        out.append(" ")
      } else {
        out.append(contentsOf: Array(repeating: "\n", count: breaks - 1))
      }
      i = j
    }
    return String(out)
  }

  /// A float as go-yaml prints the number it parsed from Go's JSON text.
  static func number(_ value: Double) -> String {
    let json = GoJSON.formatNumber(value)
    if let integer = Int64(json) { return String(integer) }
    if let unsigned = UInt64(json) { return String(unsigned) }
    if !value.isFinite { return value.isNaN ? ".nan" : (value < 0 ? "-.inf" : ".inf") }
    return GoJSON.formatGeneral(value)
  }

  /// The style go-yaml's encoder asks for: literal for multi-line text, double quotes when
  /// the plain text would resolve to something other than a string.
  static func requestedStyle(_ text: String) -> YAMLScalarStyle {
    if text.unicodeScalars.contains("\n") { return .literal }
    if LegacyResolver.resolvesToNonString(text) || LegacyResolver.isBase60Float(text) {
      return .doubleQuoted
    }
    return .plain
  }
}

extension LegacyYAMLEmitter {
  static func isASCIILetters(_ text: String) -> Bool {
    text.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
  }
}

/// The old resolver checks (without the length and first-byte shortcuts).
enum LegacyResolver {
  static func resolvesToNonString(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return true }
    let hint: Character
    switch first {
    case UInt8(ascii: "+"), UInt8(ascii: "-"): hint = "S"
    case UInt8(ascii: "0")...UInt8(ascii: "9"): hint = "D"
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
      UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "~"):
      hint = "M"
    case UInt8(ascii: "."): hint = "."
    default: return false
    }
    if YAMLResolver.resolveMap.contains(text) { return true }
    switch hint {
    case ".":
      return YAMLResolver.goParseFloat(text)
    case "D", "S":
      if YAMLResolver.isTimestamp(text) { return true }
      let plain = String(text.filter { $0 != "_" })
      if LegacyResolver.goParseInt(plain) { return true }
      if YAMLResolver.matchesFloatPattern(plain) && YAMLResolver.goParseFloat(plain) { return true }
      if plain.hasPrefix("0b") || plain.hasPrefix("-0b") {
        let digits = plain.hasPrefix("0b") ? plain.dropFirst(2) : plain.dropFirst(3)
        return !digits.isEmpty && digits.count <= 64 && digits.allSatisfy { $0 == "0" || $0 == "1" }
      }
      return false
    default:
      return false
    }
  }

  /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$` (quoted on output for old parsers).
  static func isBase60Float(_ s: String) -> Bool {
    let b = Array(s.utf8)
    var i = 0
    func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 48 && b[k] <= 57 }
    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
    guard isDigit(i) else { return false }
    i += 1
    while i < b.count, isDigit(i) || b[i] == UInt8(ascii: "_") { i += 1 }
    var groups = 0
    while i < b.count, b[i] == UInt8(ascii: ":") {
      i += 1
      if isDigit(i), i + 1 < b.count, b[i] <= UInt8(ascii: "5"), isDigit(i + 1) {
        i += 2
      } else if isDigit(i) {
        i += 1
      } else {
        return false
      }
      groups += 1
    }
    guard groups > 0 else { return false }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      while i < b.count, isDigit(i) || b[i] == UInt8(ascii: "_") { i += 1 }
    }
    return i == b.count
  }

  /// `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` succeeds.
  static func goParseInt(_ s: String) -> Bool {
    var bytes = Substring(s)
    var signed = false
    var negative = false
    if let c = bytes.first, c == "+" || c == "-" {
      signed = true
      negative = c == "-"
      bytes = bytes.dropFirst()
    }
    var base: UInt64 = 10
    if bytes.count >= 2, bytes.first == "0" {
      let p = bytes[bytes.index(after: bytes.startIndex)]
      switch p {
      case "x", "X":
        base = 16
        bytes = bytes.dropFirst(2)
      case "o", "O":
        base = 8
        bytes = bytes.dropFirst(2)
      case "b", "B":
        base = 2
        bytes = bytes.dropFirst(2)
      default:
        base = 8
        bytes = bytes.dropFirst(1)
      }
    }
    guard !bytes.isEmpty else { return false }
    var value: UInt64 = 0
    for c in bytes {
      guard let digit = c.hexDigitValue, UInt64(digit) < base else { return false }
      let (m, o1) = value.multipliedReportingOverflow(by: base)
      let (a, o2) = m.addingReportingOverflow(UInt64(digit))
      if o1 || o2 { return false }
      value = a
    }
    if !signed { return true }  // ParseInt, or ParseUint for values above Int64.max
    return negative ? value <= 1 << 63 : value <= UInt64(Int64.max)
  }
}
