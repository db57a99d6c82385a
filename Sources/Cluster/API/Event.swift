import Container

/// A `core/v1.Event`, as the kubelet (legacy recorder) and the scheduler (events.k8s.io) create them.
public struct Event: Codable, Hashable, Sendable {
  public var apiVersion: String? = "v1"
  public var kind: String? = "Event"
  public var metadata: ObjectMeta
  public var involvedObject: ObjectReference
  public var reason: String
  public var message: String
  public var source: EventSource
  public var firstTimestamp: KubeTime?
  public var lastTimestamp: KubeTime?
  public var count: Int32?
  public var type: String
  public var eventTime: KubeMicroTime?
  public var action: String?
  public var reportingComponent: String
  public var reportingInstance: String

  public init(
    metadata: ObjectMeta, involvedObject: ObjectReference, reason: String, message: String,
    source: EventSource, firstTimestamp: KubeTime?, lastTimestamp: KubeTime?, count: Int32?,
    type: String, eventTime: KubeMicroTime?, action: String?, reportingComponent: String,
    reportingInstance: String
  ) {
    self.metadata = metadata
    self.involvedObject = involvedObject
    self.reason = reason
    self.message = message
    self.source = source
    self.firstTimestamp = firstTimestamp
    self.lastTimestamp = lastTimestamp
    self.count = count
    self.type = type
    self.eventTime = eventTime
    self.action = action
    self.reportingComponent = reportingComponent
    self.reportingInstance = reportingInstance
  }

  private enum CodingKeys: String, CodingKey {
    case apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp
    case lastTimestamp, count, type, eventTime, action, reportingComponent, reportingInstance
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(apiVersion, forKey: .apiVersion)
    try c.encodeIfPresent(kind, forKey: .kind)
    try c.encode(metadata, forKey: .metadata)
    try c.encode(involvedObject, forKey: .involvedObject)
    try c.encode(reason, forKey: .reason)
    try c.encode(message, forKey: .message)
    try c.encode(source, forKey: .source)
    // Go prints zero metav1.Time/MicroTime values as null rather than omitting them.
    try c.encode(firstTimestamp, forKey: .firstTimestamp)
    try c.encode(lastTimestamp, forKey: .lastTimestamp)
    try c.encodeIfPresent(count, forKey: .count)
    try c.encode(type, forKey: .type)
    try c.encode(eventTime, forKey: .eventTime)
    try c.encodeIfPresent(action, forKey: .action)
    try c.encode(reportingComponent, forKey: .reportingComponent)
    try c.encode(reportingInstance, forKey: .reportingInstance)
  }

  /// When the event last happened: `lastTimestamp`, else `eventTime`, else `firstTimestamp`.
  public var lastSeen: Instant? {
    lastTimestamp?.instant ?? eventTime?.instant ?? firstTimestamp?.instant
  }

  /// When the event first happened: `firstTimestamp`, else `eventTime`.
  public var firstSeen: Instant? {
    firstTimestamp?.instant ?? eventTime?.instant
  }
}

/// A reference to the object an event is about.
public struct ObjectReference: Codable, Hashable, Sendable {
  public var kind: String?
  public var namespace: String?
  public var name: String?
  public var uid: String?
  public var apiVersion: String?
  public var resourceVersion: String?
  public var fieldPath: String?

  public init(
    kind: String?, namespace: String?, name: String?, uid: String?, apiVersion: String?,
    resourceVersion: String?, fieldPath: String?
  ) {
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.uid = uid
    self.apiVersion = apiVersion
    self.resourceVersion = resourceVersion
    self.fieldPath = fieldPath
  }
}

/// The component (and host) that reported an event.
public struct EventSource: Codable, Hashable, Sendable {
  public var component: String?
  public var host: String?

  public init(component: String? = nil, host: String? = nil) {
    self.component = component
    self.host = host
  }
}
