import Container

/// The fixed facts of a simulated cluster: when it starts, its seed, its one node.
public struct ClusterConfig: Sendable {
  /// The instant the simulation starts at (a fixed epoch in `run`, tests and the site).
  public var epoch: Instant
  /// The seed of every pseudo-random choice (UIDs, IDs, pull durations).
  public var seed: UInt64
  /// The single worker node's name and IP.
  public var nodeName: String
  public var nodeIP: String
  /// The first three octets of pod IPs; pods get `.4`, `.5`, ...
  public var podNetworkPrefix: String
  /// The images the container runtime can pull.
  public var images: ImageCatalog

  /// Bytes the node's containers may write together (``ClusterLimits/nodeDiskBytes``); tests
  /// lower it to fill it cheaply.
  public var nodeDiskBytes = ClusterLimits.nodeDiskBytes
  public init(
    epoch: Instant = ClusterConfig.defaultEpoch, seed: UInt64 = 20_250_115,
    nodeName: String = "node01",
    nodeIP: String = "172.30.2.2", podNetworkPrefix: String = "192.168.1",
    images: ImageCatalog = .standard
  ) {
    self.epoch = epoch
    self.seed = seed
    self.nodeName = nodeName
    self.nodeIP = nodeIP
    self.podNetworkPrefix = podNetworkPrefix
    self.images = images
  }

  /// 2025-09-15T09:00:00Z: a Monday morning a few weeks after Kubernetes 1.34 shipped.
  public static let defaultEpoch = Instant(seconds: 1_757_926_800)
}
