import Lessons

/// What the pipeline's steps read and fill in, one step after another.
public struct SiteBuild {
  /// What the site is made of.
  public struct Input {
    public var catalog: LessonCatalog
    public var theme: SiteTheme
    /// The address the site is published at (`https://example.org/docs/`), for `sitemap.xml`
    /// and the 404 page; nil leaves them relative.
    public var baseURL: String?

    public init(catalog: LessonCatalog, theme: SiteTheme, baseURL: String? = nil) {
      self.catalog = catalog
      self.theme = theme
      self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }
  }

  public var input: Input
  /// The lessons in order (after the `lessons` step).
  public var lessons: [Lesson] = []
  /// By lesson id (after `transcripts`).
  public var transcripts: [String: LessonTranscripts] = [:]
  /// By lesson id, each language's recording as the simulator made it (after `transcripts`).
  var casts: [String: [Language: String]] = [:]
  /// By lesson id, each language's recording of the reference solution (after `recordings`).
  public var recordings: [String: [Language: LessonRecording]] = [:]
  /// Output files by path below the output directory.
  public var files: [String: [UInt8]] = [:]
  /// The search documents of each language (after `pages`).
  var search: [Language: SearchIndex] = [:]
  /// Every external link and the pages it is on (after `links`).
  public var externalLinks: [String: [String]] = [:]
  /// Things worth saying that do not stop the build (a stale translation shown in English).
  public var notes: [String] = []

  public init(input: Input) { self.input = input }

  mutating func write(_ path: String, _ text: String) { files[path] = Array(text.utf8) }
}
