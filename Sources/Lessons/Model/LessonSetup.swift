/// The state a lesson starts from, described rather than scripted: manifests applied, then time
/// let pass (so a failing pod is already crash-looping when step 1 shows).
public struct LessonSetup: Equatable, Sendable {
  /// Lesson files applied before step 1, in order.
  public var apply: [String]
  /// How long the cluster runs after applying them.
  public var wait: Duration

  public init(apply: [String] = [], wait: Duration = .zero) {
    self.apply = apply
    self.wait = wait
  }

  /// Whether there is nothing to set up.
  public var isEmpty: Bool { apply.isEmpty && wait == .zero }

  /// The shell lines that build this state (`kubectl apply -f …`, then `sleep N`).
  public var lines: [String] {
    var lines = apply.map { "kubectl apply -f \($0)" }
    if wait > .zero { lines.append("sleep \(wait.components.seconds)") }
    return lines
  }
}
