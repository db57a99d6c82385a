/// The entries of a ``FileSystem``, keyed by normalized absolute path, in two layers as an
/// overlay file system keeps them: a lower layer shared by every copy (a container's image) and
/// an upper layer of what this copy changed (a removed entry is a `nil` there, a whiteout).
///
/// A container that writes a few files then costs those few entries, not a copy of the image's
/// whole table: an image's builder calls ``FileSystem/compact()`` once it is complete, so that
/// everything is in the lower layer that its containers share.
struct NodeTable: Equatable, Sendable {
  private var lower: [String: FileNode]
  private var upper: [String: FileNode?] = [:]

  init(_ nodes: [String: FileNode]) { lower = nodes }

  /// The entry at `path` (no symlinks followed); setting `nil` removes it.
  subscript(path: String) -> FileNode? {
    get {
      if let changed = upper[path] { return changed }
      return lower[path]
    }
    _modify {
      if upper[path] == nil { upper[path] = .some(lower[path]) }
      yield &upper[path, default: nil]
      if case .some(.none) = upper[path], lower[path] == nil { upper[path] = nil }
    }
  }

  /// Every path with an entry, in no particular order.
  var keys: [String] {
    var keys = lower.keys.filter { upper[$0] == nil }
    for (key, node) in upper where node != nil { keys.append(key) }
    return keys
  }

  /// Every entry, in one dictionary.
  var all: [String: FileNode] {
    var all = lower
    for (key, node) in upper { all[key] = node }
    return all
  }

  static func == (lhs: NodeTable, rhs: NodeTable) -> Bool { lhs.all == rhs.all }

  /// Merges the upper layer into a new lower layer.
  mutating func merge() {
    lower = all
    upper = [:]
  }
}
