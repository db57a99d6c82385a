/// A process's open file descriptors.
struct FDTable: Equatable, Sendable {
  var entries: [Int: Channel]

  subscript(fd: Int) -> Channel {
    get { entries[fd] ?? .closed }
    set { entries[fd] = newValue }
  }
}
