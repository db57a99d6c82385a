import Cluster
import Dispatch
import Lessons
import Shell

/// Each lesson's reference solution recorded by the simulator (``Shell/LessonCast``), in each
/// language, for the page's player: `<lang>/<id>/demo.cast`, the asciicast v2 file that
/// `asciinema play` and other players read, and `<lang>/<id>/demo.js`, the same text as a
/// script that sets `window.kubetutorCasts["<lang>/<id>"]`. The player loads the script, not
/// the `.cast`: browsers refuse to `fetch` from `file://`, and a script beside the page works
/// there as everywhere (as `search-index.js` does). A script of its own rather than JSON inline
/// in the page: the page stays as light for readers and search, the browser caches it, and
/// no `</script>` in a recording can end an inline block early.
enum RecordingsStep {
  /// The terminal the recordings are made on: wide enough for `kubectl get -o wide` and
  /// `describe` lines, tall enough for a step's output.
  static let width = 100
  static let height = 30
  /// Seconds a wait plays in, at most, while the player shortens waits (its default).
  static let idleLimit = 2
  /// Ids the player takes on a lesson page; a step may not have one of them.
  static let reservedIDs = ["demo", "demo-title", "demo-keys", "demo-chapters"]

  /// `lesson`'s recording in every language: played once, on a cluster of its own.
  static func record(_ lesson: Lesson) -> [Language: String] {
    LessonCast.record(lesson, languages: Language.allCases, width: width, height: height)
  }

  /// Reads the recordings the `transcripts` step made (and makes those it did not), and
  /// writes them beside the pages.
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    let lessons = build.lessons
    let languages = Language.allCases
    let missing = lessons.filter { build.casts[$0.id] == nil }
    let results = ConcurrentSlots<[Language: String]>(count: missing.count)
    DispatchQueue.concurrentPerform(iterations: missing.count) { index in
      results.set(index, record(missing[index]))
    }
    for (lesson, casts) in zip(missing, results.values) { build.casts[lesson.id] = casts }
    // Each recording read and quoted for its script at once (the longest texts the site has).
    let casts = build.casts
    let read = ConcurrentSlots<(LessonRecording, cast: [UInt8], script: [UInt8])>(
      count: lessons.count * languages.count)
    DispatchQueue.concurrentPerform(iterations: lessons.count * languages.count) { job in
      let lesson = lessons[job / languages.count]
      let language = languages[job % languages.count]
      guard let cast = casts[lesson.id]?[language], let recording = LessonRecording(cast: cast)
      else { return }
      read.set(
        job,
        (
          recording, Array(cast.utf8),
          Array(
            ("(window.kubetutorCasts = window.kubetutorCasts || {})["
              + GoJSON.quote("\(language.rawValue)/\(lesson.id)") + "] = " + GoJSON.quote(cast)
              + ";\n").utf8)
        ))
    }
    let recordings = read.values
    var problems: [SiteError] = []
    for (position, lesson) in lessons.enumerated() {
      let path = lesson.directory + "/lesson.yaml"
      if let step = lesson.steps.first(where: { reservedIDs.contains($0.id) }) {
        problems.append(
          SiteError(path: path, "step id `\(step.id)` is taken by the page's recording player"))
      }
      for (offset, language) in languages.enumerated() {
        guard let (recording, cast, script) = recordings[position * languages.count + offset]
        else {
          problems.append(
            SiteError(path: path, "the recording in \(language.rawValue) has no header"))
          continue
        }
        guard recording.chapters.count == lesson.steps.count else {
          problems.append(
            SiteError(
              path: path,
              "the recording in \(language.rawValue) has \(recording.chapters.count) chapters for \(lesson.steps.count) steps"
            ))
          continue
        }
        build.recordings[lesson.id, default: [:]][language] = recording
        let directory = "\(language.rawValue)/\(lesson.id)/"
        build.files[directory + "demo.cast"] = cast
        build.files[directory + "demo.js"] = script
      }
    }
    build.casts = [:]
    guard problems.isEmpty else { throw SiteFailure(step: "recordings", problems: problems) }
  }
}
