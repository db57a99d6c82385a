/// An `intstr.IntOrString`: a port or percentage that is either a number or a name.
///
/// Encodes as a bare JSON number or string. Decoding a JSON string gives ``string(_:)``; anything
/// else is decoded as an `int32` (so `true` fails as `json: cannot unmarshal bool into … of type int32`).
public enum IntOrString: Codable, Hashable, Sendable, GoTypeNamed, CustomStringConvertible {
  case int(Int32)
  case string(String)

  public static var goTypeName: String { "IntOrString" }
  public static var goPackage: String { "intstr" }

  /// The value as kubectl prints it (`80`, `http`).
  public var description: String {
    switch self {
    case .int(let value): String(value)
    case .string(let value): value
    }
  }

  /// Decodes a string as a name, anything else as an `int32`.
  public init(from decoder: any Decoder) throws {
    if let strict = decoder as? StrictValueSource {
      if case .string(let name) = strict.peekValue() {
        self = .string(name)
        return
      }
      self = .int(try decoder.singleValueContainer().decode(Int32.self))
      return
    }
    let single = try decoder.singleValueContainer()
    if let number = try? single.decode(Int32.self) {
      self = .int(number)
    } else {
      self = .string(try single.decode(String.self))
    }
  }

  /// Encodes a bare number or string.
  public func encode(to encoder: any Encoder) throws {
    var single = encoder.singleValueContainer()
    switch self {
    case .int(let value): try single.encode(value)
    case .string(let value): try single.encode(value)
    }
  }
}
