/// A value kept behind a reference, so that copies of its owner share it until one of them
/// changes it.
///
/// Use it for a large part of a value type that is copied far more often than it changes (a
/// pod in every snapshot of the cluster, a container's whole state): a copy then costs a
/// reference count instead of the bytes, and an optional or array element holding it takes
/// one word. It keeps value semantics: writing through ``value`` first gives the box storage
/// of its own if another copy shares it (`isKnownUniquelyReferenced`), so no copy ever sees
/// another's change.
public struct CopyOnWriteBox<Value: Sendable>: Sendable {
  /// The shared storage. Mutated only while uniquely referenced (see ``value``), which is what
  /// makes sharing it across copies, and so across isolation domains, safe.
  @usableFromInline final class Storage: @unchecked Sendable {
    @usableFromInline var value: Value
    @inlinable init(_ value: Value) { self.value = value }
  }

  @usableFromInline var storage: Storage

  /// Boxes `value`.
  @inlinable public init(_ value: Value) {
    storage = Storage(value)
  }

  /// The boxed value; a change copies it first if another box shares it.
  ///
  /// Read in place (`_read`) and inlinable, so that reading one field of a boxed struct loads
  /// that field rather than copying the whole struct (and retaining everything in it) first.
  @inlinable public var value: Value {
    _read { yield storage.value }
    _modify {
      if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
      yield &storage.value
    }
  }

  /// Whether this box and `other` share one storage (a copy not changed since): for tests that
  /// check that copies are cheap.
  public func sharesStorage(with other: CopyOnWriteBox) -> Bool { storage === other.storage }
}

extension CopyOnWriteBox: Equatable where Value: Equatable {
  /// Equal when the values are (shared storage is equal without comparing).
  @inlinable public static func == (lhs: CopyOnWriteBox, rhs: CopyOnWriteBox) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.value == rhs.storage.value
  }
}

extension CopyOnWriteBox: Hashable where Value: Hashable {
  /// Hashes the value, as the unboxed value would.
  @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(storage.value) }
}
