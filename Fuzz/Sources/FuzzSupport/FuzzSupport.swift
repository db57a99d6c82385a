import CFuzzer
import Cluster
import Kubectl
import Lessons
import Shell

/// What every fuzz target shares: turning libFuzzer's bytes into the input a stranger types or
/// hands over, and the repository's own lessons (read once, from the source tree).
public enum FuzzInput {
  /// The input's bytes.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    guard let data, count > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: count))
  }

  /// The input as text, the way kubetutor reads a file or a pipe (invalid UTF-8 repaired).
  public static func text(_ data: UnsafePointer<UInt8>?, _ count: Int) -> String {
    String(decoding: bytes(data, count), as: UTF8.self)
  }

  /// Splits `text` into files at lines `==> NAME <==` (the format `head` prints for several
  /// files): the corpus keeps a lesson directory as one input. Text before the first header
  /// goes to `defaultName`.
  public static func files(_ text: String, defaultName: String) -> [(name: String, text: String)] {
    var files: [(name: String, text: String)] = []
    var name = defaultName
    var lines: [Substring] = []
    func flush() {
      if name != defaultName || !lines.isEmpty {
        files.append((name, lines.joined(separator: "\n")))
      }
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("==> "), line.hasSuffix(" <=="), line.count > 8 {
        flush()
        name = String(line.dropFirst(4).dropLast(4))
        lines = []
      } else {
        lines.append(line)
      }
    }
    flush()
    return files
  }
}

/// The kubetutor source tree this fuzz package sits in.
public enum Repository {
  /// The repository's root (the directory above `Fuzz/`).
  public static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Fuzz" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
  }()

  /// The lessons in `Lessons/`, loaded once.
  public static let catalog: LessonCatalog = LessonCatalog.load(
    from: DiskFiles(), root: root + "/Lessons")

  /// Every file the lessons hand out, under `/lesson/` (what `kubectl apply -f` may name).
  public static let lessonFiles: InMemoryFiles = {
    var files: [String: String] = [:]
    for lesson in catalog.lessons {
      for file in lesson.files { files["/lesson/" + file.name] = file.contents }
    }
    return InMemoryFiles(files)
  }()
}

/// libFuzzer's `main`: SwiftPM names an executable's entry point `<module>_main`, so each
/// target's entry point calls this with its `LLVMFuzzerTestOneInput`.
public enum FuzzDriver {
  /// The signature of `LLVMFuzzerTestOneInput`.
  public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs libFuzzer with the process's arguments; returns its exit status.
  public static func run(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ test: TestOneInput
  ) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, test)
  }
}
