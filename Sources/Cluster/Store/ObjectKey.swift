/// The namespace and name that identify a namespaced object.
public struct ObjectKey: Hashable, Comparable, Sendable {
  public var namespace: String
  public var name: String

  public init(namespace: String, name: String) {
    self.namespace = namespace
    self.name = name
  }

  public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
    (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
  }
}
