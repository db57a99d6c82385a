extension Kernel {
  /// Whether `host` names this container (loopback, its IP, its hostname).
  func isLocal(_ host: String) -> Bool {
    ["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1", ipAddress, hostname].contains(
      host.lowercased())
  }

  /// Whether `host` is a literal IPv4 address.
  static func isIPv4(_ host: String) -> Bool {
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts.allSatisfy { Int($0).map { (0...255).contains($0) } ?? false }
  }
}
