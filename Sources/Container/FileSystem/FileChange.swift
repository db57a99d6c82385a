/// One change to a file system entry, stamped with when it happened (see `FileSystem.journal`).
struct FileChange: Equatable, Sendable {
  enum Edit: Equatable, Sendable {
    /// The entry as it is after the change; nil when it was removed.
    case set(FileNode?)
    /// Text appended to a file (kept as the delta, so a logging loop does not store its file
    /// once per line).
    case append(String)
    /// The entry and everything under it removed (`rm -r`), files an exec added included.
    case removeTree
    /// The tree at `from` copied or moved to the change's path.
    case copyTree(from: String)
    case moveTree(from: String)
    /// The journal ran out of budget here: what PID 1 does from now on is not recorded.
    case gaveUp
    /// Every entry replaced (the end state of a run whose journal gave up).
    case replaceAll([String: FileNode])
  }

  var at: Instant
  var path: String
  var edit: Edit
}
