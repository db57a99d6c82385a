/// Turns any `Encodable` into a ``JSONValue``, so typed API structs can be printed and stored.
///
/// `nil` optionals written with `encodeIfPresent` (the synthesized default) are omitted, like Go's
/// `omitempty` on pointer fields. Integers become ``JSONValue/int(_:)``, floating-point numbers
/// ``JSONValue/double(_:)``; a nested `JSONValue` is inserted as is. The printers take the same
/// encoding as a ``JSONTree`` (``JSONTree/init(encoding:)``), which skips the dictionaries.
public struct JSONValueEncoder: Sendable {
  /// Creates an encoder.
  public init() {}

  /// Encodes `value` into a JSON value.
  /// - Throws: `EncodingError.invalidValue` for a `UInt64` above `Int64.max` or an encoder misuse
  ///   (a value that encodes nothing).
  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    if T.self == JSONValue.self, let json = value as? JSONValue { return json }
    return try JSONTree(encoding: value).jsonValue
  }
}

/// An encoder writing one value into a slot of a ``TreeStorage``.
///
/// Objects get their members appended in the order written, and are sorted once when the tree
/// is finished; a key written twice is resolved then (``TreeStorage/sortObject(_:)``).
struct TreeEncoder: Encoder {
  let storage: TreeStorage
  let slot: TreeSlot
  /// The coding path, as a ``TreeStorage/link(_:_:)``.
  let path: Int
  var codingPath: [any CodingKey] { storage.codingPath(path) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    storage.writes += 1
    let id: Int
    if case .object(let existing) = storage[slot] {
      // A second request for the same value's container writes to the first; a super
      // encoder's placeholder becomes a written object.
      id = existing
      if !storage.silent.isEmpty { storage.silent.remove(existing) }
    } else {
      id = storage.newObjectForMembers()
      storage[slot] = .object(id)
    }
    return KeyedEncodingContainer(
      TreeKeyedContainer<Key>(storage: storage, object: id, path: path))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    storage.writes += 1
    let id: Int
    if case .array(let existing) = storage[slot] {
      id = existing
    } else {
      id = storage.newArray()
      storage[slot] = .array(id)
    }
    return TreeUnkeyedContainer(storage: storage, array: id, path: path)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    TreeSingleContainer(storage: storage, slot: slot, path: path)
  }
}

/// Scalars become nodes directly; everything else is encoded through its own `encode(to:)`.
enum TreeScalar {
  /// A `UInt64` above `Int64.max`, which JSON integers here cannot hold.
  struct Overflow: Error {
    var value: UInt64
  }

  /// The node of a scalar (or a nested ``JSONValue``), `nil` for any other type.
  @inline(__always)
  static func node<T: Encodable>(_ value: T, in storage: TreeStorage) throws(Overflow)
    -> JSONTree.Node?
  {
    // Most values are structs: a failed metatype comparison is far cheaper than a failed cast
    // (this runs for every field of every object printed).
    if T.self == String.self, let v = value as? String { return .string(v) }
    if T.self == JSONValue.self, let v = value as? JSONValue { return storage.insert(v) }
    if T.self == Bool.self, let v = value as? Bool { return .bool(v) }
    if T.self == Int.self, let v = value as? Int { return .int(Int64(v)) }
    if T.self == Int64.self, let v = value as? Int64 { return .int(v) }
    if T.self == Int32.self, let v = value as? Int32 { return .int(Int64(v)) }
    if T.self == Double.self, let v = value as? Double { return .double(v) }
    if T.self == Int8.self, let v = value as? Int8 { return .int(Int64(v)) }
    if T.self == Int16.self, let v = value as? Int16 { return .int(Int64(v)) }
    if T.self == UInt.self, let v = value as? UInt { return try unsigned(UInt64(v)) }
    if T.self == UInt8.self, let v = value as? UInt8 { return .int(Int64(v)) }
    if T.self == UInt16.self, let v = value as? UInt16 { return .int(Int64(v)) }
    if T.self == UInt32.self, let v = value as? UInt32 { return .int(Int64(v)) }
    if T.self == UInt64.self, let v = value as? UInt64 { return try unsigned(v) }
    if T.self == Float.self, let v = value as? Float { return .double(Double(v)) }
    return nil
  }

  static func unsigned(_ value: UInt64) throws(Overflow) -> JSONTree.Node {
    guard let signed = Int64(exactly: value) else { throw Overflow(value: value) }
    return .int(signed)
  }

  static func overflowError(_ overflow: Overflow, _ codingPath: [any CodingKey]) -> EncodingError {
    .invalidValue(
      overflow.value,
      .init(codingPath: codingPath, debugDescription: "\(overflow.value) does not fit in an int64.")
    )
  }

  /// Writes `value` into `slot`: a scalar at once, anything else through its `encode(to:)`.
  /// - Parameter path: makes the value's coding path link, only when it is needed.
  static func encode<T: Encodable>(
    _ value: T, into slot: TreeSlot, storage: TreeStorage, path: () -> Int
  ) throws {
    let scalar: JSONTree.Node?
    do { scalar = try node(value, in: storage) } catch {
      throw overflowError(error, storage.codingPath(path()))
    }
    if let scalar {
      storage[slot] = scalar
      return
    }
    let before = storage.writes
    try value.encode(to: TreeEncoder(storage: storage, slot: slot, path: path()))
    if storage.writes == before {
      // Nothing written: an empty object, as an unset field of a struct prints.
      let id = storage.newObject()
      storage.silent.insert(id)
      storage[slot] = .object(id)
    }
  }
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let storage: TreeStorage
  let object: Int
  let path: Int
  var codingPath: [any CodingKey] { storage.codingPath(path) }

  private func append(_ key: Key, _ node: JSONTree.Node) {
    storage.objects[object].append(JSONTree.Member(key: key.stringValue, value: node))
  }

  mutating func encodeNil(forKey key: Key) throws { append(key, .null) }
  mutating func encode(_ value: String, forKey key: Key) throws { append(key, .string(value)) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { append(key, .bool(value)) }
  mutating func encode(_ value: Int, forKey key: Key) throws { append(key, .int(Int64(value))) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { append(key, .int(value)) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { append(key, .int(Int64(value))) }
  mutating func encode(_ value: Double, forKey key: Key) throws { append(key, .double(value)) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    append(key, .null)
    let slot = TreeSlot.member(object, storage.objects[object].count - 1)
    try TreeScalar.encode(value, into: slot, storage: storage) { storage.link(path, key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let id = storage.newObject()
    append(key, .object(id))
    return KeyedEncodingContainer(
      TreeKeyedContainer<NestedKey>(storage: storage, object: id, path: storage.link(path, key)))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let id = storage.newArray()
    append(key, .array(id))
    return TreeUnkeyedContainer(storage: storage, array: id, path: storage.link(path, key))
  }

  mutating func superEncoder() -> any Encoder {
    encoder(key: AnyCodingKey("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    encoder(key: key)
  }

  /// An encoder for a member that is written later (or never: then it prints as `{}`).
  private func encoder(key: any CodingKey) -> any Encoder {
    let id = storage.newObject()
    storage.silent.insert(id)
    storage.objects[object].append(JSONTree.Member(key: key.stringValue, value: .object(id)))
    let slot = TreeSlot.member(object, storage.objects[object].count - 1)
    return TreeEncoder(storage: storage, slot: slot, path: storage.link(path, key))
  }
}

struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
  let storage: TreeStorage
  let array: Int
  let path: Int
  var codingPath: [any CodingKey] { storage.codingPath(path) }
  var count: Int { storage.arrays[array].count }

  private func append(_ node: JSONTree.Node) { storage.arrays[array].append(node) }

  mutating func encodeNil() throws { append(.null) }
  mutating func encode(_ value: String) throws { append(.string(value)) }
  mutating func encode(_ value: Bool) throws { append(.bool(value)) }
  mutating func encode(_ value: Int) throws { append(.int(Int64(value))) }
  mutating func encode(_ value: Int64) throws { append(.int(value)) }
  mutating func encode(_ value: Int32) throws { append(.int(Int64(value))) }
  mutating func encode(_ value: Double) throws { append(.double(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let index = count
    append(.null)
    try TreeScalar.encode(value, into: .element(array, index), storage: storage) {
      storage.link(path, AnyCodingKey(index: index))
    }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let key = AnyCodingKey(index: count)
    let id = storage.newObject()
    append(.object(id))
    return KeyedEncodingContainer(
      TreeKeyedContainer<NestedKey>(storage: storage, object: id, path: storage.link(path, key)))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let key = AnyCodingKey(index: count)
    let id = storage.newArray()
    append(.array(id))
    return TreeUnkeyedContainer(storage: storage, array: id, path: storage.link(path, key))
  }

  mutating func superEncoder() -> any Encoder {
    let index = count
    let id = storage.newObject()
    append(.object(id))
    return TreeEncoder(
      storage: storage, slot: .element(array, index),
      path: storage.link(path, AnyCodingKey(index: index)))
  }
}

struct TreeSingleContainer: SingleValueEncodingContainer {
  let storage: TreeStorage
  let slot: TreeSlot
  let path: Int
  var codingPath: [any CodingKey] { storage.codingPath(path) }

  private func set(_ node: JSONTree.Node) {
    storage.writes += 1
    storage[slot] = node
  }

  mutating func encodeNil() throws { set(.null) }
  mutating func encode(_ value: String) throws { set(.string(value)) }
  mutating func encode(_ value: Bool) throws { set(.bool(value)) }
  mutating func encode(_ value: Int) throws { set(.int(Int64(value))) }
  mutating func encode(_ value: Int64) throws { set(.int(value)) }
  mutating func encode(_ value: Int32) throws { set(.int(Int64(value))) }
  mutating func encode(_ value: Double) throws { set(.double(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    storage.writes += 1  // the enclosing value is written, whatever T writes
    try TreeScalar.encode(value, into: slot, storage: storage) { path }
  }
}
