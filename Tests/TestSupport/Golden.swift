import Foundation

/// Compares text with a golden file that sits next to the test that owns it.
///
/// `RECORD=1` in the environment rewrites the file and reports ``Outcome/recorded``, which
/// tests treat as a failure: a recording run is never green, so a new baseline is always read
/// before it is committed (ArgumentParser's snapshot rule).
public enum Golden {
  /// What a comparison found.
  public enum Outcome: Equatable, Sendable {
    case match
    case recorded(path: String)
    case missing(path: String)
    case mismatch(path: String, diff: String)

    /// A one-paragraph explanation for a failed expectation.
    public var explanation: String {
      switch self {
      case .match: "matches"
      case .recorded(let path):
        "recorded \(path); read it, then run the tests again without RECORD=1"
      case .missing(let path): "no golden file at \(path); run with RECORD=1 to create it"
      case .mismatch(let path, let diff): "output differs from \(path):\n\(diff)"
      }
    }
  }

  /// Compares `actual` with `Golden/<name>` beside the calling test file.
  public static func check(_ actual: String, named name: String, filePath: String = #filePath)
    -> Outcome
  {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden")
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD"] == "1" {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return .recorded(path: url.path)
    }
    guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8)
    else {
      return .missing(path: url.path)
    }
    return expected == actual
      ? .match : .mismatch(path: url.path, diff: lineDiff(expected: expected, actual: actual))
  }

  /// A short line diff: the first differing lines with their numbers, trailing spaces made visible.
  public static func lineDiff(expected: String, actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) where out.count < 24 {
      let x = i < a.count ? String(a[i]) : "<missing>"
      let y = i < b.count ? String(b[i]) : "<missing>"
      if x != y {
        out.append("line \(i + 1):\n  - \(visible(x))\n  + \(visible(y))")
      }
    }
    return out.joined(separator: "\n")
  }

  private static func visible(_ line: String) -> String {
    var text = line.replacingOccurrences(of: "\t", with: "→")
    var trailing = 0
    while text.hasSuffix(" ") {
      text.removeLast()
      trailing += 1
    }
    return text + String(repeating: "·", count: trailing)
  }
}
