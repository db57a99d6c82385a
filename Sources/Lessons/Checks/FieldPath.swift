import Cluster

/// `.spec.containers[0].lifecycle.postStart` over an object's JSON, as a lesson's `field`
/// check names a field (kubectl's JSONPath, its simplest form).
public enum FieldPath {
  /// Whether `path` is well formed: `.name` and `[index]` parts, starting with a dot.
  public static func isValid(_ path: String) -> Bool {
    parts(path) != nil
  }

  /// The value at `path`, or nil when a part is missing.
  public static func value(at path: String, in root: JSONValue) -> JSONValue? {
    guard let parts = parts(path) else { return nil }
    var value = root
    for part in parts {
      switch part {
      case .key(let key):
        guard let next = value[key] else { return nil }
        value = next
      case .index(let index):
        guard let next = value[index] else { return nil }
        value = next
      }
    }
    return value
  }

  /// A scalar as kubectl's JSON shows it, without quotes (`5`, `true`, `nginx`).
  public static func text(of value: JSONValue) -> String {
    switch value {
    case .string(let text): text
    case .int(let number): String(number)
    case .double(let number): String(number)
    case .bool(let flag): String(flag)
    case .null: "null"
    case .array: "[…]"
    case .object: "{…}"
    }
  }

  private enum Part {
    case key(String)
    case index(Int)
  }

  private static func parts(_ path: String) -> [Part]? {
    var parts: [Part] = []
    var rest = Substring(path)
    guard rest.first == "." else { return nil }
    while let first = rest.first {
      if first == "." {
        rest = rest.dropFirst()
        let name = rest.prefix { $0 != "." && $0 != "[" }
        guard !name.isEmpty else { return nil }
        parts.append(.key(String(name)))
        rest = rest.dropFirst(name.count)
      } else if first == "[" {
        let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard let index = Int(digits), rest.dropFirst(digits.count + 1).first == "]" else {
          return nil
        }
        parts.append(.index(index))
        rest = rest.dropFirst(digits.count + 2)
      } else {
        return nil
      }
    }
    return parts
  }
}
