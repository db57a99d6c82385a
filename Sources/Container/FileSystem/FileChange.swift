/// One change to a file system entry, stamped with when it happened (see `FileSystem.journal`).
struct FileChange: Equatable, Sendable {
  enum Edit: Equatable, Sendable {
    /// The entry as it is after the change; nil when it was removed.
    case set(FileNode?)
    /// Text appended to a file (kept as the delta, so a logging loop does not store its file
    /// once per line).
    case append(String)
  }

  var at: Instant
  var path: String
  var edit: Edit
}
