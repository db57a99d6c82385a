/// Decodes a `Decodable` from a ``JSONValue`` strictly, the way the Kubernetes API server does.
///
/// The API server decodes with Go's `encoding/json` (via `sigs.k8s.io/json`, case-sensitive):
/// * a missing key or a `null` is not an error (Go leaves the zero value; Swift types use
///   optionals, and `null` decodes as `""`/`0`/`false`/empty for non-optionals);
/// * a value of the wrong JSON kind is an error worded like Go's `UnmarshalTypeError`
///   (`json: cannot unmarshal string into Go struct field ExecAction.spec.containers.lifecycle.postStart.exec.command of type []string`).
///   Decoding goes on after it and the first mismatch in document order is reported, as Go does;
/// * every key a type did not ask for is an unknown field, reported as a dotted path with
///   indices (`spec.containers[0].lifecycle.postStart.exec.comand`) in document order, i.e.
///   depth first with keys in byte order (kubectl sends JSON with sorted keys).
///
/// An integral double (YAML `80.0`) is accepted where an integer is expected, because the
/// YAML-to-JSON step kubectl performs turns it into `80`; `80.5` is a mismatch (`number 80.5`).
public struct JSONValueDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// Decodes `type` from `value`, returning the value and the unknown fields found.
  /// - Throws: ``JSONDecodingError``: the first type mismatch in document order, a missing
  ///   non-optional value, or an error a type's own `init(from:)` threw.
  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(JSONDecodingError)
    -> StrictlyDecoded<T>
  {
    let state = StrictDecodingState()
    let decoder = StrictDecoder(
      value: value, path: [], codingPath: [], state: state, currentType: T.self, field: nil)
    let result: T?
    do {
      result = try decoder.decodeValue(T.self)
    } catch let failure as StrictDecodingFailure {
      if let first = state.firstMismatch {
        throw .typeMismatch(message: first.message, path: first.pathText)
      }
      throw failure.publicError
    } catch let error as DecodingError {
      if let first = state.firstMismatch {
        throw .typeMismatch(message: first.message, path: first.pathText)
      }
      throw JSONDecodingError(error)
    } catch {
      if let first = state.firstMismatch {
        throw .typeMismatch(message: first.message, path: first.pathText)
      }
      throw .invalid(path: "", message: String(describing: error))
    }
    if let first = state.firstMismatch {
      throw .typeMismatch(message: first.message, path: first.pathText)
    }
    guard let result else { throw .invalid(path: "", message: "no value") }
    var unknown: [String] = []
    state.collectUnknown(in: value, path: [], into: &unknown)
    return StrictlyDecoded(value: result, unknownFields: unknown)
  }
}

/// The outcome of a strict decode: the value plus the fields nobody asked for.
public struct StrictlyDecoded<T> {
  /// The decoded value.
  public var value: T
  /// Unknown fields as dotted paths with indices, in document order.
  public var unknownFields: [String]

  /// Creates a result.
  public init(value: T, unknownFields: [String]) {
    self.value = value
    self.unknownFields = unknownFields
  }

  /// The API server's strict-decoding message, or `nil` when every field was known:
  /// `strict decoding error: unknown field "a", unknown field "b"`.
  public var strictDecodingMessage: String? {
    guard !unknownFields.isEmpty else { return nil }
    return "strict decoding error: "
      + unknownFields.map { "unknown field \"\($0)\"" }.joined(separator: ", ")
  }
}

extension StrictlyDecoded: Sendable where T: Sendable {}

/// Why a strict decode failed, with Go's wording.
public enum JSONDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A JSON value of the wrong kind; `message` is Go's `UnmarshalTypeError` text.
  case typeMismatch(message: String, path: String)
  /// A non-optional Swift property had no value (Go would have used the zero value).
  case missingValue(path: String)
  /// A type rejected its value (e.g. a malformed timestamp); `message` is the type's text.
  case invalid(path: String, message: String)

  /// The text the API server would put after `… cannot be handled as a Pod: `.
  public var message: String {
    switch self {
    case .typeMismatch(let message, _): message
    case .missingValue(let path): "missing required value at \(path)"
    case .invalid(_, let message): message
    }
  }

  /// The same as ``message``.
  public var description: String { message }

  init(_ error: DecodingError) {
    switch error {
    case .keyNotFound(let key, let context):
      self = .missingValue(path: Self.render(context.codingPath + [key]))
    case .valueNotFound(_, let context):
      self = .missingValue(path: Self.render(context.codingPath))
    case .typeMismatch(_, let context), .dataCorrupted(let context):
      self = .invalid(path: Self.render(context.codingPath), message: context.debugDescription)
    @unknown default:
      self = .invalid(path: "", message: String(describing: error))
    }
  }

  static func render(_ codingPath: [any CodingKey]) -> String {
    var text = ""
    for key in codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }
}

/// Lets `JSONValue` and `IntOrString` see the raw value under a strict decoder.
protocol StrictValueSource {
  /// The raw value; its whole subtree counts as known.
  func rawValue() -> JSONValue
  /// The raw value, without marking anything.
  func peekValue() -> JSONValue
}

/// One step of a path inside a document.
enum PathStep: Hashable {
  case key(String)
  case index(Int)

  static func precedes(_ lhs: [PathStep], _ rhs: [PathStep]) -> Bool {
    for (a, b) in zip(lhs, rhs) where a != b {
      switch (a, b) {
      case (.key(let x), .key(let y)): return JSONValue.byteOrder(x, y)
      case (.index(let x), .index(let y)): return x < y
      case (.key, .index): return true
      case (.index, .key): return false
      }
    }
    return lhs.count < rhs.count
  }

  static func render(_ path: [PathStep]) -> String {
    var text = ""
    for step in path {
      switch step {
      case .key(let key): text += (text.isEmpty ? "" : ".") + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}

/// Go's `errorContext`: the struct holding the field being decoded and the field-name stack.
struct GoFieldContext {
  var structName: String
  var fieldPath: [String]
}

/// A recorded Go `UnmarshalTypeError`.
struct RecordedMismatch {
  var path: [PathStep]
  var message: String
  var pathText: String { PathStep.render(path) }
}

/// Thrown to unwind after a mismatch was recorded (caught by `decodeIfPresent`).
enum StrictDecodingFailure: Error {
  case recorded
  case missing(path: String)

  var publicError: JSONDecodingError {
    switch self {
    case .recorded: .invalid(path: "", message: "type mismatch")
    case .missing(let path): .missingValue(path: path)
    }
  }
}

/// What the decode saw: keys asked for per object, raw subtrees, mismatches.
final class StrictDecodingState {
  var requestedKeys: [[PathStep]: Set<String>] = [:]
  var fullyKnown: Set<[PathStep]> = []
  var rawSubtrees: Set<[PathStep]> = []
  var mismatches: [RecordedMismatch] = []

  var firstMismatch: RecordedMismatch? {
    mismatches.min { PathStep.precedes($0.path, $1.path) }
  }

  func opened(_ path: [PathStep]) {
    if requestedKeys[path] == nil { requestedKeys[path] = [] }
  }

  func requested(_ key: String, at path: [PathStep]) {
    requestedKeys[path, default: []].insert(key)
  }

  func mismatch(
    _ value: JSONValue, describedAs description: String? = nil, expected type: Any.Type,
    at path: [PathStep],
    field: GoFieldContext?
  ) -> StrictDecodingFailure {
    let valueText = description ?? value.goKindName
    let target = GoTypes.qualifiedName(of: type)
    let message: String
    if let field {
      message =
        "json: cannot unmarshal \(valueText) into Go struct field "
        + "\(field.structName).\(field.fieldPath.joined(separator: ".")) of type \(target)"
    } else {
      message = "json: cannot unmarshal \(valueText) into Go value of type \(target)"
    }
    mismatches.append(RecordedMismatch(path: path, message: message))
    return .recorded
  }

  func collectUnknown(in value: JSONValue, path: [PathStep], into unknown: inout [String]) {
    if rawSubtrees.contains(path) { return }
    switch value {
    case .object(let members):
      guard let known = requestedKeys[path] else { return }
      let everything = fullyKnown.contains(path)
      for key in members.keys.sorted(by: JSONValue.byteOrder) {
        let childPath = path + [.key(key)]
        if everything || known.contains(key) {
          if let child = members[key] { collectUnknown(in: child, path: childPath, into: &unknown) }
        } else {
          unknown.append(PathStep.render(childPath))
        }
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        collectUnknown(in: element, path: path + [.index(index)], into: &unknown)
      }
    default:
      return
    }
  }
}

struct StrictDecoder: Decoder, StrictValueSource {
  let value: JSONValue
  let path: [PathStep]
  let codingPath: [any CodingKey]
  let state: StrictDecodingState
  let currentType: Any.Type
  let field: GoFieldContext?
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func rawValue() -> JSONValue {
    state.rawSubtrees.insert(path)
    return value
  }

  func peekValue() -> JSONValue { value }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let members: [String: JSONValue]
    switch value {
    case .object(let object): members = object
    case .null: members = [:]
    default: throw state.mismatch(value, expected: currentType, at: path, field: field)
    }
    state.opened(path)
    return KeyedDecodingContainer(StrictKeyedContainer<Key>(decoder: self, members: members))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    switch value {
    case .array(let elements): return StrictUnkeyedContainer(decoder: self, elements: elements)
    case .null: return StrictUnkeyedContainer(decoder: self, elements: [])
    default: throw state.mismatch(value, expected: currentType, at: path, field: field)
    }
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    StrictSingleValueContainer(decoder: self)
  }

  /// A decoder for a child value.
  func child(
    _ value: JSONValue, step: PathStep, key: any CodingKey, type: Any.Type, field: GoFieldContext?
  )
    -> StrictDecoder
  {
    StrictDecoder(
      value: value, path: path + [step], codingPath: codingPath + [key], state: state,
      currentType: type,
      field: field)
  }

  /// Decodes `T` from this decoder's value (primitives directly, `JSONValue` raw).
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == JSONValue.self, let raw = rawValue() as? T { return raw }
    if let primitive = try decodePrimitive(type) { return primitive }
    return try T(from: self)
  }

  private func decodePrimitive<T>(_ type: T.Type) throws -> T? {
    if T.self == String.self {
      switch value {
      case .string(let text): return text as? T
      case .null: return "" as? T
      default: throw state.mismatch(value, expected: T.self, at: path, field: field)
      }
    }
    if T.self == Bool.self {
      switch value {
      case .bool(let flag): return flag as? T
      case .null: return false as? T
      default: throw state.mismatch(value, expected: T.self, at: path, field: field)
      }
    }
    if T.self == Double.self || T.self == Float.self {
      let number: Double
      switch value {
      case .int(let integer): number = Double(integer)
      case .double(let double): number = double
      case .null: number = 0
      default: throw state.mismatch(value, expected: T.self, at: path, field: field)
      }
      if T.self == Float.self { return Float(number) as? T }
      return number as? T
    }
    if let integerType = T.self as? any FixedWidthInteger.Type {
      return try decodeInteger(integerType) as? T
    }
    return nil
  }

  private func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    switch value {
    case .int(let integer):
      if let exact = I(exactly: integer) { return exact }
      throw state.mismatch(
        value, describedAs: "number \(integer)", expected: I.self, at: path, field: field)
    case .double(let double):
      if double.isFinite, double.rounded(.towardZero) == double, let exact = I(exactly: double) {
        return exact
      }
      throw state.mismatch(
        value, describedAs: "number " + GoJSON.formatNumber(double), expected: I.self, at: path,
        field: field)
    case .null:
      return 0
    default:
      throw state.mismatch(value, expected: I.self, at: path, field: field)
    }
  }
}

struct StrictKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: StrictDecoder
  let members: [String: JSONValue]
  var codingPath: [any CodingKey] { decoder.codingPath }

  var allKeys: [Key] {
    decoder.state.fullyKnown.insert(decoder.path)
    return members.keys.sorted(by: JSONValue.byteOrder).compactMap { Key(stringValue: $0) }
  }

  func contains(_ key: Key) -> Bool {
    decoder.state.requested(key.stringValue, at: decoder.path)
    return members[key.stringValue] != nil
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    decoder.state.requested(key.stringValue, at: decoder.path)
    return members[key.stringValue]?.isNull ?? true
  }

  private func childDecoder(_ value: JSONValue, key: Key, type: Any.Type) -> StrictDecoder {
    let context: GoFieldContext?
    if GoTypes.isMap(decoder.currentType) {
      context = decoder.field
    } else {
      context = GoFieldContext(
        structName: GoTypes.structName(of: decoder.currentType),
        fieldPath: (decoder.field?.fieldPath ?? []) + [key.stringValue])
    }
    return decoder.child(value, step: .key(key.stringValue), key: key, type: type, field: context)
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    decoder.state.requested(key.stringValue, at: decoder.path)
    guard let value = members[key.stringValue] else {
      throw StrictDecodingFailure.missing(path: JSONDecodingError.render(codingPath + [key]))
    }
    return try childDecoder(value, key: key, type: T.self).decodeValue(T.self)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    decoder.state.requested(key.stringValue, at: decoder.path)
    guard let value = members[key.stringValue], !value.isNull else { return nil }
    do {
      return try childDecoder(value, key: key, type: T.self).decodeValue(T.self)
    } catch StrictDecodingFailure.recorded {
      return nil
    }
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type, key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type, key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type, key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type, key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type, key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(type, key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(type, key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type, key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type, key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(type, key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(type, key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(type, key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(type, key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(type, key) }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
    try optional(type, key)
  }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
    try optional(type, key)
  }

  private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
    try decode(type, forKey: key) as T
  }

  private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
    try decodeIfPresent(type, forKey: key) as T?
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    decoder.state.requested(key.stringValue, at: decoder.path)
    return try childDecoder(
      members[key.stringValue] ?? .null, key: key, type: [String: JSONValue].self
    )
    .container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    decoder.state.requested(key.stringValue, at: decoder.path)
    return try childDecoder(members[key.stringValue] ?? .null, key: key, type: [JSONValue].self)
      .unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    let key = AnyCodingKey("super")
    decoder.state.requested("super", at: decoder.path)
    return decoder.child(
      members["super"] ?? .null, step: .key("super"), key: key, type: JSONValue.self,
      field: decoder.field)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    decoder.state.requested(key.stringValue, at: decoder.path)
    return childDecoder(members[key.stringValue] ?? .null, key: key, type: JSONValue.self)
  }
}

struct StrictUnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: StrictDecoder
  let elements: [JSONValue]
  var currentIndex = 0
  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  init(decoder: StrictDecoder, elements: [JSONValue]) {
    self.decoder = decoder
    self.elements = elements
  }

  private mutating func next(_ type: Any.Type) throws -> StrictDecoder {
    guard currentIndex < elements.count else {
      throw StrictDecodingFailure.missing(
        path: JSONDecodingError.render(codingPath + [AnyCodingKey(index: currentIndex)]))
    }
    let index = currentIndex
    currentIndex += 1
    return decoder.child(
      elements[index], step: .index(index), key: AnyCodingKey(index: index), type: type,
      field: decoder.field)
  }

  mutating func decodeNil() throws -> Bool {
    guard currentIndex < elements.count, elements[currentIndex].isNull else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try next(T.self).decodeValue(T.self)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next([String: JSONValue].self).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next([JSONValue].self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    try next(JSONValue.self)
  }
}

struct StrictSingleValueContainer: SingleValueDecodingContainer {
  let decoder: StrictDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.value.isNull }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let inner = StrictDecoder(
      value: decoder.value, path: decoder.path, codingPath: decoder.codingPath,
      state: decoder.state,
      currentType: T.self, field: decoder.field)
    return try inner.decodeValue(T.self)
  }
}
