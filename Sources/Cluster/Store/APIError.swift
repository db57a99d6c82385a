/// An error the simulated API server returns, as data; kubectl renders it (`Error from server ...`).
public enum APIError: Error, Equatable, Sendable {
  /// `pods "x" not found` (reason NotFound).
  case notFound(resource: String, name: String)
  /// `pods "x" already exists` (reason AlreadyExists).
  case alreadyExists(resource: String, name: String)
  /// Validation failed (reason Invalid, HTTP 422): `The Pod "x" is invalid: ...`.
  case invalid(kind: String, name: String, causes: [FieldError])
  /// A request the server cannot handle (reason BadRequest), with the server's message.
  case badRequest(String)
  /// `namespaces "x" not found`.
  case namespaceNotFound(String)
  /// A request body larger than ``ClusterLimits/requestBytes`` (HTTP 413).
  case requestEntityTooLarge(limit: Int)
  /// An object larger than etcd stores (``ClusterLimits/objectBytes``): the storage's error,
  /// passed on without a reason (HTTP 500).
  case requestTooLargeForStorage
  /// The simulated cluster holds ``ClusterLimits/pods`` pods already (kubectl words it as a
  /// kubetutor note: a real cluster has no such number).
  case tooManyPods(limit: Int)

  /// The status reason kubectl prints in parentheses.
  public var reason: String {
    switch self {
    case .notFound, .namespaceNotFound: "NotFound"
    case .alreadyExists: "AlreadyExists"
    case .invalid: "Invalid"
    case .badRequest: "BadRequest"
    case .requestEntityTooLarge: "RequestEntityTooLarge"
    case .requestTooLargeForStorage: ""
    case .tooManyPods: "Forbidden"
    }
  }

  /// The status message as the API server words it.
  public var message: String {
    switch self {
    case .notFound(let resource, let name): "\(resource) \"\(name)\" not found"
    case .alreadyExists(let resource, let name): "\(resource) \"\(name)\" already exists"
    case .invalid(let kind, let name, let causes):
      "\(kind) \"\(name)\" is invalid: " + FieldError.aggregate(causes)
    case .badRequest(let message): message
    case .namespaceNotFound(let name): "namespaces \"\(name)\" not found"
    case .requestEntityTooLarge(let limit): "Request entity too large: limit is \(limit)"
    case .requestTooLargeForStorage: "etcdserver: request is too large"
    case .tooManyPods(let limit): "the simulated cluster holds at most \(limit) pods"
    }
  }
}

/// One validation failure at a field path (apimachinery `field.Error`).
public struct FieldError: Equatable, Sendable {
  /// The kinds of field error, each rendered with its fixed type word.
  public enum Kind: Equatable, Sendable {
    case required(detail: String?)
    case invalid(value: String, detail: String)
    case unsupported(value: String, supported: [String])
    case forbidden(detail: String)
    case duplicate(value: String)
    case notFound(value: String)
    /// `Too long: may not be more than N bytes` (the value itself is never shown).
    case tooLong(maximum: Int)
  }

  public var path: String
  public var kind: Kind

  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }

  /// `<path>: <type word>[: <value>][: <detail>]`, as the API server prints a cause.
  public var text: String {
    switch kind {
    case .required(let detail): "\(path): Required value" + (detail.map { ": \($0)" } ?? "")
    case .invalid(let value, let detail): "\(path): Invalid value: \(value): \(detail)"
    case .unsupported(let value, let supported):
      "\(path): Unsupported value: \(value): supported values: "
        + supported.map { "\"\($0)\"" }.joined(separator: ", ")
    case .forbidden(let detail): "\(path): Forbidden: \(detail)"
    case .duplicate(let value): "\(path): Duplicate value: \(value)"
    case .notFound(let value): "\(path): Not found: \(value)"
    case .tooLong(let maximum): "\(path): Too long: may not be more than \(maximum) bytes"
    }
  }

  /// A string value as Go's `%q` prints it.
  public static func quoted(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\x" + String(format2hex: scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// The aggregate message: one cause bare, several as `[a, b]`.
  static func aggregate(_ causes: [FieldError]) -> String {
    if causes.count == 1 { return causes[0].text }
    return "[" + causes.map(\.text).joined(separator: ", ") + "]"
  }
}

extension String {
  fileprivate init(format2hex value: UInt32) {
    let digits = Array("0123456789abcdef")
    self = String([digits[Int(value >> 4) & 0xF], digits[Int(value) & 0xF]])
  }
}
