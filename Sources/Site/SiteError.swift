/// A reason the site cannot be built, named by the file and line it comes from.
///
/// The build collects every problem of a step before it stops, as a compiler does, so an author
/// fixes them all in one go.
public struct SiteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file at fault (`Lessons/01-lifecycle-demo/en.md`, `Site/templates/lesson.mustache`,
  /// a page of the output), or nil for the build as a whole.
  public var path: String?
  public var line: Int?
  public var problem: String

  public init(path: String? = nil, line: Int? = nil, _ problem: String) {
    self.path = path
    self.line = line
    self.problem = problem
  }

  /// `path:line: problem`, as compilers and `lessons check` print it.
  public var description: String {
    switch (path, line) {
    case (let path?, let line?): "\(path):\(line): \(problem)"
    case (let path?, nil): "\(path): \(problem)"
    default: problem
    }
  }
}

/// The build stopped: every problem the failing step found.
public struct SiteFailure: Error, Sendable {
  /// The step that found them (`transcripts`, `links`…).
  public var step: String
  public var problems: [SiteError]
}
