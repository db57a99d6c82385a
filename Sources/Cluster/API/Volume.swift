/// A pod volume (`core/v1.Volume`). Only the sources the simulator describes are typed; every
/// other source is kept as opaque JSON.
public struct Volume: Codable, Hashable, Sendable {
  public var name: String
  public var projected: ProjectedVolumeSource?
  public var emptyDir: JSONValue?
  public var hostPath: JSONValue?
  public var configMap: JSONValue?
  public var secret: JSONValue?
  public var downwardAPI: JSONValue?
  public var persistentVolumeClaim: JSONValue?
  public var image: JSONValue?
  public var ephemeral: JSONValue?
  public var csi: JSONValue?
  public var nfs: JSONValue?
  public var iscsi: JSONValue?
  public var gitRepo: JSONValue?
  public var awsElasticBlockStore: JSONValue?
  public var gcePersistentDisk: JSONValue?
  public var azureDisk: JSONValue?
  public var azureFile: JSONValue?
  public var cephfs: JSONValue?
  public var cinder: JSONValue?
  public var fc: JSONValue?
  public var flexVolume: JSONValue?
  public var flocker: JSONValue?
  public var glusterfs: JSONValue?
  public var photonPersistentDisk: JSONValue?
  public var portworxVolume: JSONValue?
  public var quobyte: JSONValue?
  public var rbd: JSONValue?
  public var scaleIO: JSONValue?
  public var storageos: JSONValue?
  public var vsphereVolume: JSONValue?

  public init(name: String, projected: ProjectedVolumeSource? = nil) {
    self.name = name
    self.projected = projected
  }
}

/// A projected volume (`core/v1.ProjectedVolumeSource`), as used by the kube-api-access volume.
public struct ProjectedVolumeSource: Codable, Hashable, Sendable {
  public var sources: [VolumeProjection]?
  public var defaultMode: Int32?

  public init(sources: [VolumeProjection]?, defaultMode: Int32?) {
    self.sources = sources
    self.defaultMode = defaultMode
  }
}

/// One source of a projected volume.
public struct VolumeProjection: Codable, Hashable, Sendable {
  public var serviceAccountToken: ServiceAccountTokenProjection?
  public var configMap: ConfigMapProjection?
  public var downwardAPI: DownwardAPIProjection?
  public var secret: JSONValue?
  public var clusterTrustBundle: JSONValue?
  public var podCertificate: JSONValue?

  public init(
    serviceAccountToken: ServiceAccountTokenProjection? = nil,
    configMap: ConfigMapProjection? = nil, downwardAPI: DownwardAPIProjection? = nil
  ) {
    self.serviceAccountToken = serviceAccountToken
    self.configMap = configMap
    self.downwardAPI = downwardAPI
  }
}

/// The service account token source of a projected volume.
public struct ServiceAccountTokenProjection: Codable, Hashable, Sendable {
  public var audience: String?
  public var expirationSeconds: Int64?
  public var path: String?

  public init(expirationSeconds: Int64?, path: String?) {
    self.expirationSeconds = expirationSeconds
    self.path = path
  }
}

/// A config map source of a projected volume.
public struct ConfigMapProjection: Codable, Hashable, Sendable {
  public var name: String?
  public var items: [KeyToPath]?
  public var optional: Bool?

  public init(name: String?, items: [KeyToPath]?) {
    self.name = name
    self.items = items
  }
}

/// A key of a config map or secret projected to a path.
public struct KeyToPath: Codable, Hashable, Sendable {
  public var key: String?
  public var path: String?
  public var mode: Int32?

  public init(key: String?, path: String?) {
    self.key = key
    self.path = path
  }
}

/// The downward API source of a projected volume.
public struct DownwardAPIProjection: Codable, Hashable, Sendable {
  public var items: [DownwardAPIVolumeFile]?

  public init(items: [DownwardAPIVolumeFile]?) { self.items = items }
}

/// One file of a downward API projection.
public struct DownwardAPIVolumeFile: Codable, Hashable, Sendable {
  public var path: String?
  public var fieldRef: ObjectFieldSelector?
  public var resourceFieldRef: JSONValue?
  public var mode: Int32?

  public init(path: String?, fieldRef: ObjectFieldSelector?) {
    self.path = path
    self.fieldRef = fieldRef
  }
}

/// Selects a field of the pod (`core/v1.ObjectFieldSelector`).
public struct ObjectFieldSelector: Codable, Hashable, Sendable {
  public var apiVersion: String?
  public var fieldPath: String?

  public init(apiVersion: String?, fieldPath: String?) {
    self.apiVersion = apiVersion
    self.fieldPath = fieldPath
  }
}
