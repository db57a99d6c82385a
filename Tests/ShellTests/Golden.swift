import Foundation
import Testing

/// Golden-file comparison: `Golden/<name>.txt` next to this file, compared byte for byte.
///
/// `RECORD=1 swift test` (or `make record`) rewrites the file and **fails** the test, so a
/// recording run is never green and a new baseline is always read before it is committed.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("Recorded \(url.path); read the diff, then run the tests again without RECORD=1.", sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("Missing golden file \(url.path); record it with RECORD=1 swift test.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("Golden \(name).txt differs (RECORD=1 to re-record):\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// A small line diff: `-` expected, `+` actual, for the first differing lines.
    static func lineDiff(expected: String, actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(left.count, right.count) where lines.count < 40 {
            let l = index < left.count ? String(left[index]) : nil
            let r = index < right.count ? String(right[index]) : nil
            if l != r {
                if let l { lines.append("\(index + 1) - \(l.debugDescription)") }
                if let r { lines.append("\(index + 1) + \(r.debugDescription)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
