import Dispatch
import Foundation
import Lessons

/// Builds the site as a pipeline of named steps, each reading what the ones before it left in
/// a ``SiteBuild``: lessons → transcripts → recordings → pages → search → assets → sitemap →
/// links. Writing to disk is ``SiteWriter``'s, after the whole build has succeeded, so a failed
/// build leaves the output directory as it was.
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
    Step(name: "recordings", run: RecordingsStep.run),
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

/// Each lesson's text run through the simulator (``TranscriptRunner``), and its reference
/// solution recorded for the `recordings` step (``RecordingsStep/record(_:)``).
enum TranscriptsStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    var problems: [SiteError] = []
    // Lessons run on clusters of their own, so they run side by side, and so do their
    // recordings, in the same batch: the longest lessons (by their number of commands) first,
    // so that no long one is left running alone at the end. Results keep their order.
    let lessons = build.lessons
    let size = lessons.map { $0.steps.reduce(0) { $0 + $1.commands.count } }
    let order = lessons.indices.sorted { size[$0] != size[$1] ? size[$0] > size[$1] : $0 < $1 }
    let results = ConcurrentSlots<Result<LessonTranscripts, SiteFailure>>(count: lessons.count)
    let casts = ConcurrentSlots<[Language: String]>(count: lessons.count)
    DispatchQueue.concurrentPerform(iterations: 2 * lessons.count) { job in
      let index = order[job / 2]
      if job.isMultiple(of: 2) {
        results.set(index, TranscriptRunner.run(lessons[index]))
      } else {
        casts.set(index, RecordingsStep.record(lessons[index]))
      }
    }
    for ((lesson, result), cast) in zip(zip(lessons, results.values), casts.values) {
      switch result {
      case .success(let transcripts): build.transcripts[lesson.id] = transcripts
      case .failure(let failure): problems += failure.problems
      case nil: break
      }
      build.casts[lesson.id] = cast
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
