import Container

extension Cluster {
  /// Runs `body` on the live instance of the container at `index`, with the runtime's own
  /// reference let go for the time: the instance is then the only owner of its process table,
  /// logs and file system, and changing them does not copy them (a probe every second for a
  /// day would otherwise copy an ever longer access log each time). nil when there is none.
  mutating func withInstance<Result>(
    uid: String, index: Int, _ body: (inout SimulatedContainer) -> Result
  ) -> Result? {
    guard var instance = runtimes[uid]?.containers[index].instance else { return nil }
    runtimes[uid]?.containers[index].instance = nil
    defer { runtimes[uid]?.containers[index].instance = instance }
    return metered(&instance, body)
  }
}
