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

  private var entries: [Entry] = []
  private var nextSequence: UInt64 = 0

  public init() {}

  /// Schedules a task to run at `deadline`.
  public mutating func schedule(_ task: Task, at deadline: Instant) {
    let entry = Entry(deadline: deadline, sequence: nextSequence, task: task)
    nextSequence += 1
    // Binary search for the first entry that must run after this one.
    var low = 0
    var high = entries.count
    while low < high {
      let mid = (low + high) / 2
      if entries[mid].deadline <= deadline { low = mid + 1 } else { high = mid }
    }
    entries.insert(entry, at: low)
  }

  /// The deadline of the next task, if any.
  public var nextDeadline: Instant? { entries.first?.deadline }

  /// Removes and returns the next task if it is due at or before `limit`.
  public mutating func popDue(notAfter limit: Instant) -> (Instant, Task)? {
    guard let first = entries.first, first.deadline <= limit else { return nil }
    entries.removeFirst()
    return (first.deadline, first.task)
  }

  /// Whether any pending task satisfies the predicate.
  public func contains(where predicate: (Task) -> Bool) -> Bool {
    entries.contains { predicate($0.task) }
  }

  /// The number of pending tasks.
  public var count: Int { entries.count }
}
