import Dispatch
import Foundation
import Lessons

/// Builds the site as a pipeline of named steps, each reading what the ones before it left in
/// a ``SiteBuild``: lessons → transcripts → pages → search → assets → sitemap → links. Writing
/// to disk is ``SiteWriter``'s, after the whole build has succeeded, so a failed build leaves
/// the output directory as it was.
public enum SitePipeline {
  /// One step: a name for messages and timings, and its work.
  public struct Step: Sendable {
    public var name: String
    public var run: @Sendable (inout SiteBuild) throws(SiteFailure) -> Void
  }

  /// The steps, in order.
  public static let steps: [Step] = [
    Step(name: "lessons", run: LessonsStep.run),
    Step(name: "transcripts", run: TranscriptsStep.run),
    Step(name: "pages", run: PagesStep.run),
    Step(name: "search", run: SearchStep.run),
    Step(name: "assets", run: AssetsStep.run),
    Step(name: "sitemap", run: SitemapStep.run),
    Step(name: "links", run: LinksStep.run),
  ]

  /// Runs every step on `input`; `after` hears each step's name as it finishes (for timings).
  public static func build(
    _ input: SiteBuild.Input, after: (String) -> Void = { _ in }
  ) throws(SiteFailure) -> SiteBuild {
    var build = SiteBuild(input: input)
    for step in steps {
      try step.run(&build)
      after(step.name)
    }
    return build
  }
}

/// Every lesson loaded without error, or the build stops: a site missing a lesson is wrong.
enum LessonsStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    let catalog = build.input.catalog
    guard catalog.errors.isEmpty else {
      throw SiteFailure(
        step: "lessons",
        problems: catalog.errors.map { SiteError(path: $0.path, line: $0.line, $0.problem) })
    }
    guard !catalog.lessons.isEmpty else {
      throw SiteFailure(step: "lessons", problems: [SiteError("no lessons to build a site from")])
    }
    build.lessons = catalog.lessons
  }
}

/// Each lesson's text run through the simulator (``TranscriptRunner``).
enum TranscriptsStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    var problems: [SiteError] = []
    // Lessons run on clusters of their own, so they run side by side; results keep their order.
    let lessons = build.lessons
    let results = ConcurrentSlots<Result<LessonTranscripts, SiteFailure>>(count: lessons.count)
    DispatchQueue.concurrentPerform(iterations: lessons.count) { index in
      results.set(index, TranscriptRunner.run(lessons[index]))
    }
    for (lesson, result) in zip(lessons, results.values) {
      switch result {
      case .success(let transcripts): build.transcripts[lesson.id] = transcripts
      case .failure(let failure): problems += failure.problems
      case nil: break
      }
    }
    guard problems.isEmpty else { throw SiteFailure(step: "transcripts", problems: problems) }
  }
}

/// One result per index, filled from several threads (`DispatchQueue.concurrentPerform`).
final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
