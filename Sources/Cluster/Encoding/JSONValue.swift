/// A JSON document as a value: what the API server stores and what `-o json`/`-o yaml` print.
///
/// Objects are dictionaries because every printer that matters (Go's `encoding/json` on a map,
/// `sigs.k8s.io/yaml`) sorts keys anyway; use ``sortedKeys`` for Go's byte order.
/// Integers and floating-point numbers are kept apart, as Kubernetes' unstructured decoder
/// does (`int64` for integral JSON numbers, `float64` otherwise).
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The member `key` of an object; `nil` for a missing key or a non-object.
  public subscript(key: String) -> JSONValue? {
    get {
      guard case .object(let members) = self else { return nil }
      return members[key]
    }
    set {
      guard case .object(var members) = self else { return }
      members[key] = newValue
      self = .object(members)
    }
  }

  /// The element at `index` of an array; `nil` when out of range or not an array.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
    return elements[index]
  }

  /// The value at a path of object keys, e.g. `["metadata", "name"]`.
  public subscript(path path: [String]) -> JSONValue? {
    var current: JSONValue? = self
    for key in path { current = current?[key] }
    return current
  }

  /// The string payload, if this is a string.
  public var asString: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The Boolean payload, if this is a Boolean.
  public var asBool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The integer payload; an integral in-range double also counts (YAML `80.0`).
  public var asInt: Int64? {
    switch self {
    case .int(let value): return value
    case .double(let value):
      guard value.isFinite, value.rounded(.towardZero) == value,
        value >= -9_223_372_036_854_775_808.0, value < 9_223_372_036_854_775_808.0
      else { return nil }
      return Int64(value)
    default: return nil
    }
  }

  /// The numeric payload as a double, if this is a number.
  public var asDouble: Double? {
    switch self {
    case .int(let value): return Double(value)
    case .double(let value): return value
    default: return nil
    }
  }

  /// The elements, if this is an array.
  public var asArray: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The members, if this is an object.
  public var asObject: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// Whether this is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The object's keys in Go's order for maps: by UTF-8 bytes. Empty for non-objects.
  public var sortedKeys: [String] {
    guard case .object(let members) = self else { return [] }
    return members.keys.sorted(by: JSONValue.byteOrder)
  }

  /// The JSON kind as Go's `encoding/json` names it in errors (`string`, `number`, `bool`,
  /// `array`, `object`, `null`).
  public var goKindName: String {
    switch self {
    case .null: "null"
    case .bool: "bool"
    case .int, .double: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// Go's string order: byte-wise comparison of the UTF-8 encodings.
  public static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    var members: [String: JSONValue] = [:]
    for (key, value) in elements { members[key] = value }
    self = .object(members)
  }
}

extension JSONValue: Codable {
  /// Decodes any JSON-shaped value from any decoder (integers first, then doubles).
  public init(from decoder: any Decoder) throws {
    if let strict = decoder as? StrictValueSource {
      self = strict.rawValue()
      return
    }
    if var array = try? decoder.unkeyedContainer() {
      var elements: [JSONValue] = []
      while !array.isAtEnd { elements.append(try array.decode(JSONValue.self)) }
      self = .array(elements)
      return
    }
    if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
      var members: [String: JSONValue] = [:]
      for key in object.allKeys {
        members[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
      }
      self = .object(members)
      return
    }
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let value = try? single.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? single.decode(Int64.self) {
      self = .int(value)
    } else if let value = try? single.decode(Double.self) {
      self = .double(value)
    } else {
      self = .string(try single.decode(String.self))
    }
  }

  /// Encodes the value as the matching JSON shape.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var single = encoder.singleValueContainer()
      try single.encodeNil()
    case .bool(let value):
      var single = encoder.singleValueContainer()
      try single.encode(value)
    case .int(let value):
      var single = encoder.singleValueContainer()
      try single.encode(value)
    case .double(let value):
      var single = encoder.singleValueContainer()
      try single.encode(value)
    case .string(let value):
      var single = encoder.singleValueContainer()
      try single.encode(value)
    case .array(let elements):
      var array = encoder.unkeyedContainer()
      for element in elements { try array.encode(element) }
    case .object(let members):
      var object = encoder.container(keyedBy: AnyCodingKey.self)
      for key in members.keys.sorted(by: JSONValue.byteOrder) {
        if let value = members[key] { try object.encode(value, forKey: AnyCodingKey(key)) }
      }
    }
  }
}

/// A coding key with any string or integer value (dictionary keys, array positions).
struct AnyCodingKey: CodingKey, Hashable, Sendable {
  var stringValue: String
  var intValue: Int?

  init(_ string: String) {
    stringValue = string
    intValue = nil
  }

  init(index: Int) {
    stringValue = "Index \(index)"
    intValue = index
  }

  init?(stringValue: String) { self.init(stringValue) }

  init?(intValue: Int) { self.init(index: intValue) }
}
