/// What is wrong with a lesson's files, and where: for the lesson's author.
public struct LessonError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file, relative to the lessons root (`01-lifecycle-demo/lesson.yaml`).
  public var path: String
  /// The line (1-based), when the problem has one.
  public var line: Int?
  public var problem: String

  public init(path: String, line: Int? = nil, _ problem: String) {
    self.path = path
    self.line = line
    self.problem = problem
  }

  /// `01-lifecycle-demo/lesson.yaml:12: problem`, as compilers point at a line.
  public var description: String {
    // A binary file's bytes may end up in a parser's message: keep it one printable line.
    var text = String(
      String.UnicodeScalarView(
        problem.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    if text.count > 300 { text = String(text.prefix(300)) + "…" }
    if let line { return "\(path):\(line): \(text)" }
    return "\(path): \(text)"
  }
}
