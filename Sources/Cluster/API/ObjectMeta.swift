/// Standard object metadata (`metav1.ObjectMeta`), the fields the simulator models.
public struct ObjectMeta: Codable, Hashable, Sendable {
  public var name: String?
  public var generateName: String?
  public var namespace: String?
  public var uid: String?
  public var resourceVersion: String?
  public var generation: Int64?
  public var creationTimestamp: KubeTime?
  public var deletionTimestamp: KubeTime?
  public var deletionGracePeriodSeconds: Int64?
  public var labels: [String: String]?
  public var annotations: [String: String]?
  public var ownerReferences: JSONValue?
  public var finalizers: [String]?
  public var managedFields: JSONValue?
  public var selfLink: String?

  public init(name: String? = nil, namespace: String? = nil) {
    self.name = name
    self.namespace = namespace
  }
}

/// The `apiVersion`/`kind` pair every manifest document starts with.
public struct TypeMeta: Codable, Hashable, Sendable {
  public var apiVersion: String?
  public var kind: String?
}
