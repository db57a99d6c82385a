/// A Swift type that mirrors a Go API type, so decoding errors can name it as Go does.
///
/// The API server's messages name the Go struct holding a field (`ExecAction`) and the Go type
/// of the field (`[]string`, `v1.LifecycleHandler`). Types that do not adopt this protocol are
/// named after their Swift name in package `v1`.
public protocol GoTypeNamed {
  /// The unqualified Go type name, e.g. `ExecAction`.
  static var goTypeName: String { get }
  /// The Go package name used when the type is printed qualified; `v1` by default.
  static var goPackage: String { get }
}

extension GoTypeNamed {
  /// Core API types live in `k8s.io/api/core/v1`.
  public static var goPackage: String { "v1" }
}

/// Types whose Go spelling is fixed (builtins and generic containers).
protocol GoTypeSpelled {
  static var goSpelling: String { get }
}

/// Marks Go maps: decoding a map member does not add the key to Go's field path.
protocol GoMapLike {}

/// Go names for Swift types, used in `json: cannot unmarshal … of type …` messages.
enum GoTypes {
  /// The Go type as `reflect.Type.String()` prints it: `string`, `[]string`, `v1.Lifecycle`.
  static func qualifiedName(of type: Any.Type) -> String {
    if let spelled = type as? any GoTypeSpelled.Type { return spelled.goSpelling }
    if let named = type as? any GoTypeNamed.Type { return "\(named.goPackage).\(named.goTypeName)" }
    return "v1.\(swiftName(of: type))"
  }

  /// The unqualified struct name (`reflect.Type.Name()`), as in `Go struct field ExecAction.…`.
  static func structName(of type: Any.Type) -> String {
    if let named = type as? any GoTypeNamed.Type { return named.goTypeName }
    if let spelled = type as? any GoTypeSpelled.Type { return spelled.goSpelling }
    return swiftName(of: type)
  }

  static func isMap(_ type: Any.Type) -> Bool { type is any GoMapLike.Type }

  private static func swiftName(of type: Any.Type) -> String {
    let full = String(describing: type)
    return full.split(separator: ".").last.map(String.init) ?? full
  }
}

extension String: GoTypeSpelled { static var goSpelling: String { "string" } }
extension Bool: GoTypeSpelled { static var goSpelling: String { "bool" } }
extension Int: GoTypeSpelled { static var goSpelling: String { "int" } }
extension Int8: GoTypeSpelled { static var goSpelling: String { "int8" } }
extension Int16: GoTypeSpelled { static var goSpelling: String { "int16" } }
extension Int32: GoTypeSpelled { static var goSpelling: String { "int32" } }
extension Int64: GoTypeSpelled { static var goSpelling: String { "int64" } }
extension UInt: GoTypeSpelled { static var goSpelling: String { "uint" } }
extension UInt8: GoTypeSpelled { static var goSpelling: String { "uint8" } }
extension UInt16: GoTypeSpelled { static var goSpelling: String { "uint16" } }
extension UInt32: GoTypeSpelled { static var goSpelling: String { "uint32" } }
extension UInt64: GoTypeSpelled { static var goSpelling: String { "uint64" } }
extension Double: GoTypeSpelled { static var goSpelling: String { "float64" } }
extension Float: GoTypeSpelled { static var goSpelling: String { "float32" } }
extension JSONValue: GoTypeSpelled { static var goSpelling: String { "interface {}" } }
extension Array: GoTypeSpelled {
  static var goSpelling: String { "[]" + GoTypes.qualifiedName(of: Element.self) }
}
extension Optional: GoTypeSpelled {
  static var goSpelling: String { GoTypes.qualifiedName(of: Wrapped.self) }
}
extension Dictionary: GoTypeSpelled, GoMapLike {
  static var goSpelling: String {
    "map[" + GoTypes.qualifiedName(of: Key.self) + "]" + GoTypes.qualifiedName(of: Value.self)
  }
}
