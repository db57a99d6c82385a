import Dispatch
import Foundation
import Glibc

/// Writes a built site to a directory without ever touching what it did not write itself.
///
/// The directory holds a marker, `.kubetutor-site`, listing every file the last build wrote. A
/// directory that is not empty and has no marker is refused. A rebuild replaces the files of
/// the last one, removes those the new build no longer has (and the directories that leaves
/// empty), and leaves anything else alone. Files whose bytes are unchanged are not rewritten.
public enum SiteWriter {
  public static let marker = ".kubetutor-site"

  /// What a write did.
  public struct Summary: Equatable, Sendable {
    public var written: Int
    public var unchanged: Int
    public var removed: Int
  }

  public static func write(_ files: [String: [UInt8]], to directory: String) throws(SiteFailure)
    -> Summary
  {
    let manager = FileManager.default
    let markerPath = directory + "/" + marker
    func fail(_ problem: String) -> SiteFailure {
      SiteFailure(step: "write", problems: [SiteError(path: directory, problem)])
    }
    var isDirectory: ObjCBool = false
    var previous: [String] = []
    if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw fail("exists and is not a directory") }
      let entries = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
      if let data = manager.contents(atPath: markerPath) {
        previous = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
          .filter { !$0.hasPrefix("#") && isSafe($0) }
      } else if !entries.isEmpty {
        throw fail(
          "is not empty and was not written by `kubetutor site` (it has no \(marker)); choose another --out, or empty it yourself"
        )
      }
    }
    let paths = files.keys.sorted()
    guard paths.allSatisfy(isSafe) else { throw fail("the build named a path outside the site") }
    do {
      try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
      // The marker names old and new files first: a write cut short leaves nothing unclaimed.
      try writeMarker(markerText(Array(Set(previous).union(paths)).sorted()), to: markerPath)
      var summary = Summary(written: 0, unchanged: 0, removed: 0)
      var made: Set<String> = []
      for path in paths {
        let parent = (directory + "/" + path as NSString).deletingLastPathComponent
        if made.insert(parent).inserted {
          try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
      }
      // The files are written side by side (the directories are all there): whether each is
      // unchanged, or the first failure in path order, does not depend on the order.
      let rewrite = !previous.isEmpty
      let outcomes = ConcurrentSlots<Result<Bool, SiteFailure>>(count: paths.count)
      DispatchQueue.concurrentPerform(iterations: paths.count) { index in
        let full = directory + "/" + paths[index]
        let bytes = files[paths[index]] ?? []
        if rewrite, let existing = FileManager.default.contents(atPath: full),
          existing.elementsEqual(bytes)
        {
          outcomes.set(index, .success(false))
          return
        }
        // Not atomic, file by file: the marker already claims it, and a rebuild replaces it.
        outcomes.set(
          index, Result { () throws(SiteFailure) in try writeFile(bytes, to: full) }.map { true })
      }
      for outcome in outcomes.values {
        switch outcome {
        case .success(true)?: summary.written += 1
        case .success(false)?: summary.unchanged += 1
        case .failure(let failure)?: throw failure
        case nil: break
        }
      }
      let kept = Set(paths)
      for path in previous.sorted().reversed() where !kept.contains(path) {
        let full = directory + "/" + path
        guard manager.fileExists(atPath: full) else { continue }
        try manager.removeItem(atPath: full)
        summary.removed += 1
        // Parents the removal left empty, up to the site's own directory.
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty,
          (try? manager.contentsOfDirectory(atPath: directory + "/" + parent))?.isEmpty == true
        {
          try manager.removeItem(atPath: directory + "/" + parent)
          parent = (parent as NSString).deletingLastPathComponent
        }
      }
      try writeMarker(markerText(paths), to: markerPath)
      return summary
    } catch let failure as SiteFailure {
      throw failure
    } catch {
      throw fail("cannot write: \(error.localizedDescription)")
    }
  }

  /// Replaces the marker at once (a temporary file renamed over it), so that it is never seen
  /// half written.
  static func writeMarker(_ text: String, to path: String) throws(SiteFailure) {
    let temporary = path + ".tmp"
    try writeFile(Array(text.utf8), to: temporary)
    guard rename(temporary, path) == 0 else { throw failure(path) }
  }

  /// Creates or truncates the file at `path` and writes `bytes`, with plain system calls:
  /// Foundation's `Data.write` also calls `fsync` for every file, which made writing the site
  /// wait on the disk longer than building it took (a generated site is rebuilt, not
  /// recovered, after a power cut; Hugo does not sync either).
  static func writeFile(_ bytes: [UInt8], to path: String) throws(SiteFailure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw failure(path) }
      offset += written
    }
  }

  private static func failure(_ path: String) -> SiteFailure {
    SiteFailure(
      step: "write",
      problems: [SiteError(path: path, "cannot write: \(String(cString: strerror(errno)))")])
  }

  static func markerText(_ paths: [String]) -> String {
    "# Written by `kubetutor site`: the files below are its own and a rebuild replaces them.\n"
      + paths.map { $0 + "\n" }.joined()
  }

  /// A relative path inside the site: no `..`, no leading `/`, no empty part.
  static func isSafe(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/")
      && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
        !$0.isEmpty && $0 != "." && $0 != ".."
      }
  }
}
