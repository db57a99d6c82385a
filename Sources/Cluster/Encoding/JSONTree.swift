/// A JSON document laid out for the printers: each object's members in one array, sorted by
/// the keys' UTF-8 bytes (Go's order for map keys), and scalars held inline.
///
/// `kubectl get pods -o yaml` prints thousands of values. As a ``JSONValue`` each object would be
/// a dictionary, hashed when built and sorted again by every printer; a tree is built in a few
/// flat arrays and sorted once. Build one with ``init(encoding:)``, ``init(_:)`` or a
/// ``Builder``; ``GoJSON`` and `GoYAML` print it.
public struct JSONTree: Sendable {
  /// One value. Containers name the list in ``arrays`` or ``objects`` that holds their contents.
  public enum Node: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    /// The elements are `arrays[index]`.
    case array(Int)
    /// The members are `objects[index]`, keys unique and in byte order.
    case object(Int)
  }

  /// An object's member.
  public struct Member: Hashable, Sendable {
    /// The member's name.
    public let key: String
    /// The member's value.
    public var value: Node
    /// The key's first eight bytes as a big-endian number (zeros after a shorter key): members
    /// whose numbers differ sort by them without comparing the strings.
    let order: UInt64

    /// Creates a member.
    public init(key: String, value: Node) {
      self.key = key
      self.value = value
      order = Member.order(of: key)
    }

    static func order(of key: String) -> UInt64 {
      func number(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var number: UInt64 = 0
        for i in 0..<8 { number = number << 8 | (i < bytes.count ? UInt64(bytes[i]) : 0) }
        return number
      }
      if let result = key.utf8.withContiguousStorageIfAvailable(number) { return result }
      return Array(key.utf8).withUnsafeBufferPointer(number)
    }

    /// Go's order of keys: by their UTF-8 bytes.
    @inline(__always)
    static func precedes(_ a: Member, _ b: Member) -> Bool {
      a.order != b.order ? a.order < b.order : JSONTree.precedes(a.key, b.key)
    }
  }

  /// The document's top value.
  public let root: Node
  /// The elements of every array, indexed by ``Node/array(_:)``.
  public let arrays: [[Node]]
  /// The members of every object, indexed by ``Node/object(_:)``.
  public let objects: [[Member]]

  /// The tree of an `Encodable` value, encoded as ``JSONValueEncoder`` encodes it.
  /// - Throws: `EncodingError.invalidValue` as ``JSONValueEncoder/encode(_:)`` does.
  public init<T: Encodable>(encoding value: T) throws {
    let builder = Builder()
    let root = try builder.encode(value)
    self = builder.finish(root: root)
  }

  /// The tree of a JSON value.
  public init(_ value: JSONValue) {
    let builder = Builder()
    self = builder.finish(root: builder.storage.insert(value))
  }

  init(root: Node, arrays: [[Node]], objects: [[Member]]) {
    self.root = root
    self.arrays = arrays
    self.objects = objects
  }

  /// The document as a ``JSONValue``.
  public var jsonValue: JSONValue { value(of: root) }

  /// The ``JSONValue`` of one node of this tree.
  public func value(of node: Node) -> JSONValue {
    switch node {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let integer): return .int(integer)
    case .double(let double): return .double(double)
    case .string(let text): return .string(text)
    case .array(let id): return .array(arrays[id].map { value(of: $0) })
    case .object(let id):
      var members: [String: JSONValue] = [:]
      members.reserveCapacity(objects[id].count)
      for member in objects[id] { members[member.key] = value(of: member.value) }
      return .object(members)
    }
  }

  /// Go's order of strings: by their UTF-8 bytes.
  static func precedes(_ a: String, _ b: String) -> Bool {
    // Over the bytes in place: the views' iterators cost more than the comparison (this sorts
    // every object's members).
    let result = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        for i in 0..<min(x.count, y.count) where x[i] != y[i] { return x[i] < y[i] }
        return x.count < y.count
      }
    }
    if let result, let result { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
  }
}

extension JSONTree {
  /// Builds one tree from several encoded values and the containers put around them (kubectl's
  /// `List` of the objects it prints), without encoding anything twice.
  public struct Builder {
    let storage = TreeStorage()

    /// Creates an empty builder.
    public init() {}

    /// Encodes `value` as ``JSONValueEncoder`` does and returns its node.
    /// - Throws: `EncodingError.invalidValue` for a `UInt64` above `Int64.max` or a value that
    ///   encodes nothing.
    public func encode<T: Encodable>(_ value: T) throws -> Node {
      // (A metatype comparison first: a failed cast would copy the whole value.)
      if T.self == JSONValue.self, let json = value as? JSONValue { return storage.insert(json) }
      // The value is written into a one-element holder, so that its slot is like any other.
      let holder = storage.newArray()
      storage.arrays[holder].append(.null)
      let before = storage.writes
      try value.encode(to: TreeEncoder(storage: storage, slot: .element(holder, 0), path: -1))
      guard storage.writes != before else {
        throw EncodingError.invalidValue(
          value, .init(codingPath: [], debugDescription: "\(T.self) did not encode any values."))
      }
      return storage.arrays[holder][0]
    }

    /// An object node with these members (keys need not be sorted).
    public func object(_ members: [(key: String, value: Node)]) -> Node {
      let id = storage.newObject()
      storage.objects[id] = members.map { Member(key: $0.key, value: $0.value) }
      return .object(id)
    }

    /// An array node with these elements.
    public func array(_ elements: [Node]) -> Node {
      let id = storage.newArray()
      storage.arrays[id] = elements
      return .array(id)
    }

    /// The finished tree with `root` on top: members sorted, repeated keys merged.
    ///
    /// The builder is left empty.
    public func finish(root: Node) -> JSONTree {
      storage.sortAllObjects()
      let tree = JSONTree(root: root, arrays: storage.arrays, objects: storage.objects)
      storage.arrays = []
      storage.objects = []
      storage.pathLinks = []
      return tree
    }
  }
}

/// The lists of a tree being built; the encoder's containers share it and append to it.
///
/// Its properties are only touched by one encoding at a time, from one thread: the runtime's
/// exclusivity checks, which cost as much as the appends, are turned off for them.
final class TreeStorage {
  @exclusivity(unchecked) var arrays: [[JSONTree.Node]] = []
  @exclusivity(unchecked) var objects: [[JSONTree.Member]] = []
  /// Counts containers made and single values written: an encoder that left it unchanged
  /// wrote nothing.
  @exclusivity(unchecked) var writes = 0
  /// Coding paths, each a link to its parent path (or -1) and its last key: made only for
  /// values that are not scalars, and spelled out only for an error.
  @exclusivity(unchecked) var pathLinks: [(parent: Int, key: any CodingKey)] = []
  /// The empty objects that stand for values that encoded nothing: a repeated key keeps its
  /// earlier value over one of these, as when both shared one node.
  @exclusivity(unchecked) var silent: Set<Int> = []

  /// A coding path: `parent`'s and then `key`.
  func link(_ parent: Int, _ key: any CodingKey) -> Int {
    pathLinks.append((parent, key))
    return pathLinks.count - 1
  }

  /// The keys of a coding path made by ``link(_:_:)``, outermost first.
  func codingPath(_ link: Int) -> [any CodingKey] {
    var keys: [any CodingKey] = []
    var current = link
    while current >= 0 {
      keys.append(pathLinks[current].key)
      current = pathLinks[current].parent
    }
    return keys.reversed()
  }

  func newObject() -> Int {
    objects.append([])
    return objects.count - 1
  }

  func newArray() -> Int {
    arrays.append([])
    return arrays.count - 1
  }

  /// A new object for an encoder's members, with room for a struct's usual few: growing
  /// from nothing would reallocate it three or four times.
  func newObjectForMembers() -> Int {
    var members: [JSONTree.Member] = []
    members.reserveCapacity(8)
    objects.append(members)
    return objects.count - 1
  }

  /// The node a slot holds.
  subscript(slot: TreeSlot) -> JSONTree.Node {
    get {
      switch slot {
      case .member(let object, let index): objects[object][index].value
      case .element(let array, let index): arrays[array][index]
      }
    }
    set {
      switch slot {
      case .member(let object, let index): objects[object][index].value = newValue
      case .element(let array, let index): arrays[array][index] = newValue
      }
    }
  }

  /// Adds a JSON value's containers to the lists and returns its node.
  func insert(_ value: JSONValue) -> JSONTree.Node {
    switch value {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let integer): return .int(integer)
    case .double(let double): return .double(double)
    case .string(let text): return .string(text)
    case .array(let elements):
      var nodes: [JSONTree.Node] = []
      nodes.reserveCapacity(elements.count)
      for element in elements { nodes.append(insert(element)) }
      let id = newArray()
      arrays[id] = nodes
      return .array(id)
    case .object(let members):
      var list: [JSONTree.Member] = []
      list.reserveCapacity(members.count)
      for (key, member) in members { list.append(JSONTree.Member(key: key, value: insert(member))) }
      let id = newObject()
      objects[id] = list
      return .object(id)
    }
  }

  func sortAllObjects() {
    var id = 0
    while id < objects.count {
      sortObject(id)
      id += 1
    }
  }

  /// Sorts one object's members by key bytes; a key written twice keeps its last value, or
  /// both values merged when both are objects or both arrays (they shared one node before).
  func sortObject(_ id: Int) {
    var list = objects[id]
    objects[id] = []  // so the list is sorted in place, not copied
    if list.count <= 16 {
      // Insertion sort: few members, often nearly in order; stable, so a repeated key's
      // writes stay in the order they were made.
      var i = 1
      while i < list.count {
        var j = i
        while j > 0, JSONTree.Member.precedes(list[j], list[j - 1]) {
          list.swapAt(j, j - 1)
          j -= 1
        }
        i += 1
      }
    } else {
      list.sort(by: JSONTree.Member.precedes)
    }
    var index = 1
    while index < list.count {
      // Equal as bytes (String's == would also join canonically equivalent keys, which Go's
      // maps keep apart and the sort does not bring together).
      if list[index].order == list[index - 1].order
        && list[index].key.utf8.elementsEqual(list[index - 1].key.utf8)
      {
        let merged = merge(list[index - 1].value, list[index].value)
        list[index - 1].value = merged
        list.remove(at: index)
      } else {
        index += 1
      }
    }
    objects[id] = list
  }

  private func merge(_ earlier: JSONTree.Node, _ later: JSONTree.Node) -> JSONTree.Node {
    switch (earlier, later) {
    case (_, .object(let b)) where silent.contains(b):
      return earlier
    case (.object(let a), .object(let b)):
      objects[a] += objects[b]
      objects[b] = []
      sortObject(a)
      return earlier
    case (.array(let a), .array(let b)):
      arrays[a] += arrays[b]
      arrays[b] = []
      return earlier
    default:
      return later
    }
  }
}

/// Where an encoder writes its value: a member of an object or an element of an array.
enum TreeSlot {
  case member(Int, Int)
  case element(Int, Int)
}
