import Container

/// The node's view of the pod network: requests the kubelet sends (HTTP hooks and probes) go to
/// the pod that owns the IP, to whichever of its containers listens on the port, since the
/// containers of a pod share one network namespace.
extension Cluster {
  /// Whether a connection from the node to `host:port` is accepted now; nil when no pod has
  /// that IP (the connection attempt times out).
  func acceptsConnection(host: String, port: Int) -> Bool? {
    // The kubelet dials from the node, where nothing listens: loopback and the node's own
    // address refuse at once (`host: localhost` is a common slip).
    if Self.isNodeLocal(host, nodeIP: config.nodeIP) { return false }
    guard let runtime = runtimes.values.first(where: { $0.podIP == host }) else { return nil }
    return runtime.containers.contains {
      $0.instance?.acceptsConnection(onPort: port, at: now) == true
    }
  }

  /// Sends `request` to `request.host`; nil when no pod has that IP.
  /// Whether what listens at `host:port` takes connections and never answers (`nc -l`).
  func neverAnswers(host: String, port: Int) -> Bool {
    runtimes.values.first(where: { $0.podIP == host })?.containers.contains {
      $0.instance?.neverAnswers(onPort: port, at: now) == true
    } ?? false
  }

  static func isNodeLocal(_ host: String, nodeIP: String) -> Bool {
    host == nodeIP || host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  mutating func sendHTTP(_ request: HTTPRequest) -> HTTPResult? {
    if Self.isNodeLocal(request.host, nodeIP: config.nodeIP) { return .connectionRefused }
    guard let uid = runtimes.first(where: { $0.value.podIP == request.host })?.key,
      let count = runtimes[uid]?.containers.count
    else { return nil }
    for index in 0..<count
    where runtimes[uid]?.containers[index].instance?.acceptsConnection(
      onPort: request.port, at: now) == true
    {
      let now = self.now
      return withInstance(uid: uid, index: index) { $0.httpRequest(request, at: now) }
    }
    return .connectionRefused
  }
}
