/// Turns any `Encodable` into a ``JSONValue``, so typed API structs can be printed and stored.
///
/// `nil` optionals written with `encodeIfPresent` (the synthesized default) are omitted, like Go's
/// `omitempty` on pointer fields. Integers become ``JSONValue/int(_:)``, floating-point numbers
/// ``JSONValue/double(_:)``; a nested `JSONValue` is inserted as is.
public struct JSONValueEncoder: Sendable {
  /// Creates an encoder.
  public init() {}

  /// Encodes `value` into a JSON value.
  /// - Throws: `EncodingError.invalidValue` for a `UInt64` above `Int64.max` or an encoder misuse
  ///   (a value that encodes nothing).
  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    try EncodingNode.encodeTopLevel(value, codingPath: [])
  }
}

/// A mutable node of the tree being built; containers share it by reference.
final class EncodingNode {
  enum Content {
    case empty
    case value(JSONValue)
    case object([String: EncodingNode], order: [String])
    case array([EncodingNode])
  }

  var content: Content = .empty

  static func encodeTopLevel<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws
    -> JSONValue
  {
    if let json = value as? JSONValue { return json }
    let node = EncodingNode()
    try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
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

  func objectChild(_ key: String) -> EncodingNode {
    var members: [String: EncodingNode] = [:]
    var order: [String] = []
    if case .object(let existing, let existingOrder) = content {
      if let node = existing[key] { return node }
      members = existing
      order = existingOrder
    }
    // Drop the enum's copy first, so the dictionary and array are extended in place rather
    // than copied on every key.
    content = .empty
    let node = EncodingNode()
    members[key] = node
    order.append(key)
    content = .object(members, order: order)
    return node
  }

  func makeObject() {
    if case .object = content { return }
    content = .object([:], order: [])
  }

  func appendChild() -> EncodingNode {
    var elements: [EncodingNode] = []
    if case .array(let existing) = content { elements = existing }
    content = .empty  // as in objectChild: extend in place
    let node = EncodingNode()
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

struct NodeEncoder: Encoder {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return UnkeyedNodeContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeContainer(node: node, codingPath: codingPath)
  }
}

/// Shared scalar conversions for all three container kinds.
enum ScalarEncoding {
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

  static func encode<T: Encodable>(_ value: T, into node: EncodingNode, codingPath: [any CodingKey])
    throws
  {
    if let scalar = try json(value, codingPath: codingPath) {
      node.content = .value(scalar)
    } else {
      try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
      if case .empty = node.content { node.content = .value(.object([:])) }
    }
  }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws {
    node.objectChild(key.stringValue).content = .value(.null)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try ScalarEncoding.encode(
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
      KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = node.objectChild(key.stringValue)
    child.makeArray()
    return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.objectChild("super"), codingPath: codingPath + [AnyCodingKey("super")])
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.objectChild(key.stringValue), codingPath: codingPath + [key])
  }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() throws {
    node.appendChild().content = .value(.null)
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let key = AnyCodingKey(index: count)
    try ScalarEncoding.encode(value, into: node.appendChild(), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let key = AnyCodingKey(index: count)
    let child = node.appendChild()
    child.makeObject()
    return KeyedEncodingContainer(
      KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let key = AnyCodingKey(index: count)
    let child = node.appendChild()
    child.makeArray()
    return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    let key = AnyCodingKey(index: count)
    return NodeEncoder(node: node.appendChild(), codingPath: codingPath + [key])
  }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .value(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try ScalarEncoding.encode(value, into: node, codingPath: codingPath)
  }
}
