import Container

/// A Pod as the API server stores and returns it (`core/v1.Pod`).
///
/// A value; its fields sit behind one shared reference (``CopyOnWriteBox``), so that the copies
/// the cluster makes (its store, `undo` snapshots, lists) cost a word each until one is changed.
/// The fields are read in place (`_read`): `pod.status?.phase` copies the phase, not the whole
/// status, which is what keeps a table of 10,000 pods from touching every string they hold.
public struct Pod: Codable, Hashable, Sendable {
  @inlinable public var apiVersion: String? {
    _read { yield fields.value.apiVersion }
    _modify { yield &fields.value.apiVersion }
  }
  @inlinable public var kind: String? {
    _read { yield fields.value.kind }
    _modify { yield &fields.value.kind }
  }
  @inlinable public var metadata: ObjectMeta {
    _read { yield fields.value.metadata }
    _modify { yield &fields.value.metadata }
  }
  @inlinable public var spec: PodSpec {
    _read { yield fields.value.spec.value }
    _modify {
      defer { fields.value.shape = SpecShape(fields.value.spec.value) }
      yield &fields.value.spec.value
    }
  }

  /// How many containers the spec lists (`spec.containers.count`), read without loading the
  /// spec: a `get pods` row needs only this of it, and at 10,000 pods each load is a cache
  /// miss.
  @inlinable public var containerCount: Int { fields.value.shape.containers }
  /// Whether the spec lists init containers (whose sidecars also count as READY's total).
  @inlinable public var hasInitContainers: Bool { fields.value.shape.hasInitContainers }
  @inlinable public var status: PodStatus? {
    _read { yield fields.value.status }
    _modify { yield &fields.value.status }
  }

  @usableFromInline var fields: CopyOnWriteBox<Fields>

  /// The stored fields, in the API's order. Seen by the inlined accessors, so that a reader in
  /// another module loads the one field it reads (`pod.status?.phase`) instead of a whole copy.
  @usableFromInline struct Fields: Hashable, Sendable {
    @usableFromInline var apiVersion: String? = "v1"
    @usableFromInline var kind: String? = "Pod"
    @usableFromInline var metadata: ObjectMeta
    /// Boxed again: the kubelet changes a pod's status and metadata far more often than its
    /// spec, and each change copies these fields if a snapshot shares them (`undo` keeps
    /// one of every pod), which without the spec is half the bytes.
    @usableFromInline var spec: CopyOnWriteBox<PodSpec>
    @usableFromInline var status: PodStatus?
    /// What `get pods` reads of the spec, kept with the fields it reads (updated by `spec`).
    @usableFromInline var shape: SpecShape
  }

  /// The counts ``containerCount`` and ``hasInitContainers`` read.
  @usableFromInline struct SpecShape: Hashable, Sendable {
    @usableFromInline var containers: Int
    @usableFromInline var hasInitContainers: Bool

    @usableFromInline init(_ spec: PodSpec) {
      containers = spec.containers.count
      hasInitContainers = !(spec.initContainers ?? []).isEmpty
    }
  }

  public init(metadata: ObjectMeta, spec: PodSpec, status: PodStatus? = nil) {
    fields = CopyOnWriteBox(
      Fields(
        metadata: metadata, spec: CopyOnWriteBox(spec), status: status, shape: SpecShape(spec)))
  }

  private enum CodingKeys: String, CodingKey {
    case apiVersion, kind, metadata, spec, status
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let apiVersion = try c.decodeIfPresent(String.self, forKey: .apiVersion)
    let kind = try c.decodeIfPresent(String.self, forKey: .kind)
    let metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    let spec = try c.decode(PodSpec.self, forKey: .spec)
    let status = try c.decodeIfPresent(PodStatus.self, forKey: .status)
    fields = CopyOnWriteBox(
      Fields(
        apiVersion: apiVersion, kind: kind, metadata: metadata, spec: CopyOnWriteBox(spec),
        status: status, shape: SpecShape(spec)))
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(apiVersion, forKey: .apiVersion)
    try c.encodeIfPresent(kind, forKey: .kind)
    try c.encode(metadata, forKey: .metadata)
    try c.encode(spec, forKey: .spec)
    try c.encodeIfPresent(status, forKey: .status)
  }

  /// The pod's name; empty only for an object that failed validation.
  public var name: String { metadata.name ?? "" }
  /// The pod's namespace after defaulting.
  public var namespace: String { metadata.namespace ?? "default" }
  /// Whether a graceful deletion has been requested.
  public var isTerminating: Bool { metadata.deletionTimestamp != nil }

  /// Whether this pod and `other` share their stored fields (a copy not changed since): for
  /// tests that check that copies of the cluster are cheap.
  public func sharesStorage(with other: Pod) -> Bool { fields.sharesStorage(with: other.fields) }
}

/// The pod specification (`core/v1.PodSpec`). Fields the simulator does not act on are kept as
/// opaque JSON so that a valid manifest round-trips through `-o yaml` unchanged.
public struct PodSpec: Codable, Hashable, Sendable {
  public var volumes: [Volume]?
  public var initContainers: [ContainerSpec]?
  public var containers: [ContainerSpec]
  public var ephemeralContainers: JSONValue?
  public var restartPolicy: String?
  public var terminationGracePeriodSeconds: Int64?
  public var activeDeadlineSeconds: Int64?
  public var dnsPolicy: String?
  public var nodeSelector: [String: String]?
  public var serviceAccountName: String?
  public var serviceAccount: String?
  public var automountServiceAccountToken: Bool?
  public var nodeName: String?
  public var hostNetwork: Bool?
  public var hostPID: Bool?
  public var hostIPC: Bool?
  public var shareProcessNamespace: Bool?
  public var securityContext: JSONValue?
  public var imagePullSecrets: JSONValue?
  public var hostname: String?
  public var subdomain: String?
  public var affinity: JSONValue?
  public var schedulerName: String?
  public var tolerations: [Toleration]?
  public var hostAliases: JSONValue?
  public var priorityClassName: String?
  public var priority: Int32?
  public var dnsConfig: JSONValue?
  public var readinessGates: JSONValue?
  public var runtimeClassName: String?
  public var enableServiceLinks: Bool?
  public var preemptionPolicy: String?
  public var overhead: JSONValue?
  public var topologySpreadConstraints: JSONValue?
  public var setHostnameAsFQDN: Bool?
  public var os: JSONValue?
  public var hostUsers: Bool?
  public var schedulingGates: JSONValue?
  public var resourceClaims: JSONValue?
  public var resources: JSONValue?
  public var hostnameOverride: String?

  public init(containers: [ContainerSpec]) {
    self.containers = containers
  }

  private enum CodingKeys: String, CodingKey {
    case volumes, initContainers, containers, ephemeralContainers, restartPolicy
    case terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector
    case serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName
    case hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets
    case hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName
    case priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks
    case preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers
    case schedulingGates, resourceClaims, resources, hostnameOverride
  }

  // `containers` is required by validation, not by decoding: an absent list decodes as empty so
  // the API server's "Required value" message can be given instead of a decoding error.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    volumes = try c.decodeIfPresent([Volume].self, forKey: .volumes)
    initContainers = try c.decodeIfPresent([ContainerSpec].self, forKey: .initContainers)
    containers = try c.decodeIfPresent([ContainerSpec].self, forKey: .containers) ?? []
    ephemeralContainers = try c.decodeIfPresent(JSONValue.self, forKey: .ephemeralContainers)
    restartPolicy = try c.decodeIfPresent(String.self, forKey: .restartPolicy)
    terminationGracePeriodSeconds = try c.decodeIfPresent(
      Int64.self, forKey: .terminationGracePeriodSeconds)
    activeDeadlineSeconds = try c.decodeIfPresent(Int64.self, forKey: .activeDeadlineSeconds)
    dnsPolicy = try c.decodeIfPresent(String.self, forKey: .dnsPolicy)
    nodeSelector = try c.decodeIfPresent([String: String].self, forKey: .nodeSelector)
    serviceAccountName = try c.decodeIfPresent(String.self, forKey: .serviceAccountName)
    serviceAccount = try c.decodeIfPresent(String.self, forKey: .serviceAccount)
    automountServiceAccountToken = try c.decodeIfPresent(
      Bool.self, forKey: .automountServiceAccountToken)
    nodeName = try c.decodeIfPresent(String.self, forKey: .nodeName)
    hostNetwork = try c.decodeIfPresent(Bool.self, forKey: .hostNetwork)
    hostPID = try c.decodeIfPresent(Bool.self, forKey: .hostPID)
    hostIPC = try c.decodeIfPresent(Bool.self, forKey: .hostIPC)
    shareProcessNamespace = try c.decodeIfPresent(Bool.self, forKey: .shareProcessNamespace)
    securityContext = try c.decodeIfPresent(JSONValue.self, forKey: .securityContext)
    imagePullSecrets = try c.decodeIfPresent(JSONValue.self, forKey: .imagePullSecrets)
    hostname = try c.decodeIfPresent(String.self, forKey: .hostname)
    subdomain = try c.decodeIfPresent(String.self, forKey: .subdomain)
    affinity = try c.decodeIfPresent(JSONValue.self, forKey: .affinity)
    schedulerName = try c.decodeIfPresent(String.self, forKey: .schedulerName)
    tolerations = try c.decodeIfPresent([Toleration].self, forKey: .tolerations)
    hostAliases = try c.decodeIfPresent(JSONValue.self, forKey: .hostAliases)
    priorityClassName = try c.decodeIfPresent(String.self, forKey: .priorityClassName)
    priority = try c.decodeIfPresent(Int32.self, forKey: .priority)
    dnsConfig = try c.decodeIfPresent(JSONValue.self, forKey: .dnsConfig)
    readinessGates = try c.decodeIfPresent(JSONValue.self, forKey: .readinessGates)
    runtimeClassName = try c.decodeIfPresent(String.self, forKey: .runtimeClassName)
    enableServiceLinks = try c.decodeIfPresent(Bool.self, forKey: .enableServiceLinks)
    preemptionPolicy = try c.decodeIfPresent(String.self, forKey: .preemptionPolicy)
    overhead = try c.decodeIfPresent(JSONValue.self, forKey: .overhead)
    topologySpreadConstraints = try c.decodeIfPresent(
      JSONValue.self, forKey: .topologySpreadConstraints)
    setHostnameAsFQDN = try c.decodeIfPresent(Bool.self, forKey: .setHostnameAsFQDN)
    os = try c.decodeIfPresent(JSONValue.self, forKey: .os)
    hostUsers = try c.decodeIfPresent(Bool.self, forKey: .hostUsers)
    schedulingGates = try c.decodeIfPresent(JSONValue.self, forKey: .schedulingGates)
    resourceClaims = try c.decodeIfPresent(JSONValue.self, forKey: .resourceClaims)
    resources = try c.decodeIfPresent(JSONValue.self, forKey: .resources)
    hostnameOverride = try c.decodeIfPresent(String.self, forKey: .hostnameOverride)
  }

  /// Every container of the pod in the order the kubelet starts them: init containers, then the rest.
  public var allContainers: [ContainerSpec] { (initContainers ?? []) + containers }
}
