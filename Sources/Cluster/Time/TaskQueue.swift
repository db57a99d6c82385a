import Container

/// Work scheduled on the virtual clock, run in `(deadline, insertion order)` order.
///
/// Modelled on swift-nio's EmbeddedEventLoop: time only moves when the owner advances it, and
/// tasks due at the same instant run in the order they were scheduled.
public struct TaskQueue<Task: Sendable>: Sendable {
  private struct Entry: Sendable {
    var deadline: Instant
    var sequence: UInt64
    var task: Task
  }

  /// A binary min-heap on `(deadline, sequence)`: the next task is at the root.
  private var entries: [Entry] = []
  private var nextSequence: UInt64 = 0

  public init() {}

  /// Schedules a task to run at `deadline`.
  public mutating func schedule(_ task: Task, at deadline: Instant) {
    entries.append(Entry(deadline: deadline, sequence: nextSequence, task: task))
    nextSequence += 1
    var child = entries.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard Self.runsBefore(entries[child], entries[parent]) else { break }
      entries.swapAt(child, parent)
      child = parent
    }
  }

  /// The deadline of the next task, if any.
  public var nextDeadline: Instant? { entries.first?.deadline }

  /// Removes and returns the next task if it is due at or before `limit`.
  public mutating func popDue(notAfter limit: Instant) -> (Instant, Task)? {
    guard let first = entries.first, first.deadline <= limit else { return nil }
    let last = entries.removeLast()
    if !entries.isEmpty {
      entries[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        guard left < entries.count else { break }
        var child = left
        if left + 1 < entries.count, Self.runsBefore(entries[left + 1], entries[left]) {
          child = left + 1
        }
        guard Self.runsBefore(entries[child], entries[parent]) else { break }
        entries.swapAt(child, parent)
        parent = child
      }
    }
    return (first.deadline, first.task)
  }

  private static func runsBefore(_ a: Entry, _ b: Entry) -> Bool {
    (a.deadline, a.sequence) < (b.deadline, b.sequence)
  }

  /// Whether any pending task satisfies the predicate.
  public func contains(where predicate: (Task) -> Bool) -> Bool {
    entries.contains { predicate($0.task) }
  }

  /// The number of pending tasks.
  public var count: Int { entries.count }
}
