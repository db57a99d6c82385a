import Lessons
import Shell
import Yams

/// Checks a ```` ```yaml ```` block of a lesson's text: it must be YAML, and a whole object
/// (one with `apiVersion` and `kind`) must be one the API server accepts, so a page never
/// shows a manifest that would fail when the reader copies it.
enum YAMLBlockCheck {
  /// Why `code` is wrong, or nil. An excerpt (a `lifecycle:` fragment) need only parse.
  static func problem(_ code: String, lesson: Lesson) -> String? {
    let node: Node?
    do {
      node = try Yams.compose(yaml: code, .basic)
    } catch {
      return "this yaml block is not valid YAML: \(error)"
    }
    guard let mapping = node?.mapping, mapping["apiVersion"] != nil, mapping["kind"] != nil else {
      return nil
    }
    var copy = lesson
    copy.files.append(LessonFile(name: ".kubetutor-block.yaml", contents: code))
    var session = LessonReplay.session(for: copy)
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f .kubetutor-block.yaml", output: &output)
    guard session.lastStatus != 0 else { return nil }
    let said = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
    return "this manifest is refused by the API server: \(said)"
  }
}
