import Container

/// Standard object metadata (`metav1.ObjectMeta`), the fields the simulator models.
public struct ObjectMeta: Codable, Hashable, Sendable {
  public var name: String?
  public var namespace: String?
  public var uid: String?
  public var resourceVersion: String?
  public var generation: Int64?
  public var creationTimestamp: KubeTime?
  public var labels: [String: String]?
  public var annotations: [String: String]?
  public var generateName: String? {
    get { rare?.value.generateName }
    set { setRare(\.generateName, newValue) }
  }
  public var deletionTimestamp: KubeTime? {
    get { rare?.value.deletionTimestamp }
    set { setRare(\.deletionTimestamp, newValue) }
  }
  public var deletionGracePeriodSeconds: Int64? {
    get { rare?.value.deletionGracePeriodSeconds }
    set { setRare(\.deletionGracePeriodSeconds, newValue) }
  }
  public var ownerReferences: JSONValue? {
    get { rare?.value.ownerReferences }
    set { setRare(\.ownerReferences, newValue) }
  }
  public var finalizers: [String]? {
    get { rare?.value.finalizers }
    set { setRare(\.finalizers, newValue) }
  }
  public var managedFields: JSONValue? {
    get { rare?.value.managedFields }
    set { setRare(\.managedFields, newValue) }
  }
  public var selfLink: String? {
    get { rare?.value.selfLink }
    set { setRare(\.selfLink, newValue) }
  }

  /// The fields few objects set (deletion, owners, finalizers…), behind one optional reference:
  /// every pod (twice, with `undo`'s snapshot) and every event holds metadata, and these would
  /// otherwise take a hundred bytes in each.
  private var rare: CopyOnWriteBox<Rare>?

  private struct Rare: Hashable, Sendable {
    var generateName: String?
    var deletionTimestamp: KubeTime?
    var deletionGracePeriodSeconds: Int64?
    var ownerReferences: JSONValue?
    var finalizers: [String]?
    var managedFields: JSONValue?
    var selfLink: String?
  }

  /// Sets one rarely set field, dropping the box once none is set.
  private mutating func setRare<Value>(_ field: WritableKeyPath<Rare, Value?>, _ value: Value?) {
    if rare == nil {
      guard value != nil else { return }
      rare = CopyOnWriteBox(Rare())
    }
    rare?.value[keyPath: field] = value
    if rare?.value == Rare() { rare = nil }
  }

  public init(name: String? = nil, namespace: String? = nil) {
    self.name = name
    self.namespace = namespace
  }

  private enum CodingKeys: String, CodingKey {
    case name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp,
      deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences,
      finalizers, managedFields, selfLink
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name)
    generateName = try c.decodeIfPresent(String.self, forKey: .generateName)
    namespace = try c.decodeIfPresent(String.self, forKey: .namespace)
    uid = try c.decodeIfPresent(String.self, forKey: .uid)
    resourceVersion = try c.decodeIfPresent(String.self, forKey: .resourceVersion)
    generation = try c.decodeIfPresent(Int64.self, forKey: .generation)
    creationTimestamp = try c.decodeIfPresent(KubeTime.self, forKey: .creationTimestamp)
    deletionTimestamp = try c.decodeIfPresent(KubeTime.self, forKey: .deletionTimestamp)
    deletionGracePeriodSeconds = try c.decodeIfPresent(
      Int64.self, forKey: .deletionGracePeriodSeconds)
    labels = try c.decodeIfPresent([String: String].self, forKey: .labels)
    annotations = try c.decodeIfPresent([String: String].self, forKey: .annotations)
    ownerReferences = try c.decodeIfPresent(JSONValue.self, forKey: .ownerReferences)
    finalizers = try c.decodeIfPresent([String].self, forKey: .finalizers)
    managedFields = try c.decodeIfPresent(JSONValue.self, forKey: .managedFields)
    selfLink = try c.decodeIfPresent(String.self, forKey: .selfLink)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(name, forKey: .name)
    try c.encodeIfPresent(generateName, forKey: .generateName)
    try c.encodeIfPresent(namespace, forKey: .namespace)
    try c.encodeIfPresent(uid, forKey: .uid)
    try c.encodeIfPresent(resourceVersion, forKey: .resourceVersion)
    try c.encodeIfPresent(generation, forKey: .generation)
    try c.encodeIfPresent(creationTimestamp, forKey: .creationTimestamp)
    try c.encodeIfPresent(deletionTimestamp, forKey: .deletionTimestamp)
    try c.encodeIfPresent(deletionGracePeriodSeconds, forKey: .deletionGracePeriodSeconds)
    try c.encodeIfPresent(labels, forKey: .labels)
    try c.encodeIfPresent(annotations, forKey: .annotations)
    try c.encodeIfPresent(ownerReferences, forKey: .ownerReferences)
    try c.encodeIfPresent(finalizers, forKey: .finalizers)
    try c.encodeIfPresent(managedFields, forKey: .managedFields)
    try c.encodeIfPresent(selfLink, forKey: .selfLink)
  }
}

/// The `apiVersion`/`kind` pair every manifest document starts with.
public struct TypeMeta: Codable, Hashable, Sendable {
  public var apiVersion: String?
  public var kind: String?
}
