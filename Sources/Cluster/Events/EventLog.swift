import Container

/// The cluster's events in the order they were recorded, kept in chunks of a fixed size.
///
/// The shell keeps copies of the cluster (for `undo`), and the first change after a copy copies
/// what it changes: here the list of chunks and the one chunk changed, not every event since
/// the cluster started, so a long session's commands stay as fast as its first ones.
struct EventLog: RandomAccessCollection, Sendable {
  private static let chunkSize = 256
  private var chunks: [[Event]] = []
  /// How many events have been recorded.
  private(set) var count = 0

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  /// The event recorded at `position` (0 for the first).
  subscript(position: Int) -> Event {
    // Read in place: a test of one field (its time, its object) does not copy the event.
    _read { yield chunks[position / Self.chunkSize][position % Self.chunkSize] }
    _modify { yield &chunks[position / Self.chunkSize][position % Self.chunkSize] }
  }

  /// Records `event` after the others.
  mutating func append(_ event: Event) {
    if count.isMultiple(of: Self.chunkSize) {
      var chunk: [Event] = []
      chunk.reserveCapacity(Self.chunkSize)
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(event)
    count += 1
  }

  /// Drops the events that satisfy `shouldBeRemoved`; the others keep their order, at new
  /// positions.
  ///
  /// In place: the kept events move down over the removed ones, and the log is cut after the
  /// last of them. Copying the kept events out first made every pass (one per 256 events
  /// recorded) allocate a second copy of the whole log, the largest peak of a big cluster.
  mutating func removeAll(where shouldBeRemoved: (Event) -> Bool) {
    var kept = 0
    for position in 0..<count where !shouldBeRemoved(self[position]) {
      if kept != position { self[kept] = self[position] }
      kept += 1
    }
    guard kept != count else { return }
    let chunksKept = (kept + Self.chunkSize - 1) / Self.chunkSize
    chunks.removeLast(chunks.count - chunksKept)
    if chunksKept > 0 {
      let inLast = kept - (chunksKept - 1) * Self.chunkSize
      chunks[chunksKept - 1].removeLast(chunks[chunksKept - 1].count - inLast)
    }
    count = kept
  }

  /// The earliest of `instant` over the events that have one.
  func earliest(_ instant: (Event) -> Instant?) -> Instant? {
    var earliest: Instant?
    for chunk in chunks {
      for event in chunk {
        if let value = instant(event), earliest.map({ value < $0 }) ?? true { earliest = value }
      }
    }
    return earliest
  }

  /// The events that satisfy `isIncluded`, in the order they were recorded.
  func filter(_ isIncluded: (Event) -> Bool) -> [Event] {
    chunks.flatMap { $0.filter(isIncluded) }
  }
}
