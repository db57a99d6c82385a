import Cluster
import Lessons

/// Renders one lesson in one language: its sections as HTML (transcripts and timelines drawn
/// in), the template's data, and the sections for the search index.
struct LessonPage {
  let lesson: Lesson
  let language: Language
  let transcripts: LessonTranscripts
  /// The recording the page's player plays, if the build made one.
  var recording: LessonRecording? = nil
  let strings: [String: String]

  /// The page's data for `lesson.mustache`, and the problems found (a translation whose
  /// commands differ from the English's).
  func context() -> (data: [String: Any], sections: [SearchIndex.Document], problems: [SiteError]) {
    var problems: [SiteError] = []
    var documents: [SearchIndex.Document] = []
    let english = lesson.prose[.en]
    let translated = lesson.prose[language]
    let status = TranslationStatus(of: lesson, in: language)
    let wholePageEnglish = language != .en && translated == nil
    let prose = translated ?? english
    let title = prose?.title ?? lesson.id
    let url = lesson.id + "/index.html"

    /// The section to show for `id`, whether it is the English standing in, and its HTML.
    func section(_ id: String) -> (ProseSection, fallback: Bool)? {
      guard let englishSection = english.flatMap({ sectionOf($0, id) }) else { return nil }
      if language == .en || wholePageEnglish { return (englishSection, false) }
      if status.isStale(id) { return (englishSection, true) }
      guard let own = translated.flatMap({ sectionOf($0, id) }) else {
        return (englishSection, true)
      }
      return (own, false)
    }
    var sections: [[String: Any]] = []
    var intro: [String: Any] = [:]
    var finish: [String: Any]?
    let englishSections =
      english.map { [$0.intro] + $0.steps + ($0.finish.map { [$0] } ?? []) } ?? []
    for (index, englishSection) in englishSections.enumerated() {
      guard let (shown, fallback) = section(englishSection.id) else { continue }
      let blocks = transcripts.sections[englishSection.id] ?? []
      if !fallback, language != .en, !wholePageEnglish {
        problems += mismatches(shown, englishSection, path: translated?.path ?? "")
      }
      let (html, blockProblems) = render(
        shown, blocks: blocks, sectionID: englishSection.id,
        path: (fallback ? english : prose)?.path ?? "")
      // A fallback section's blocks are the English's, checked on the English page.
      if language == .en || !fallback { problems += blockProblems }
      if html.utf8.contains(0x2A), Self.showsDoubleStar(html) {
        // CommonMark leaves `**` as text when it touches punctuation on the inside and a
        // letter outside, which Chinese text meets at every `：` or `」`.
        problems.append(
          SiteError(
            path: (fallback ? english : prose)?.path, line: shown.line,
            "section `\(englishSection.id)`: a `**` is shown as it is, not as bold: CommonMark does not close `**` between punctuation and a letter (`**注意：**文字`); put the punctuation outside (`**注意**：文字`)"
          ))
      }
      var data: [String: Any] = [
        "id": englishSection.id, "title": shown.title, "html": html,
        // false, not "": a key missing here would be looked up in the page around it.
        "badge": fallback
          ? (strings[status.isMissing(englishSection.id) ? "sectionMissing" : "sectionStale"]
            ?? "") as Any : false,
        "fallback": fallback,
      ]
      if fallback { data["fallbackLang"] = "en" }
      data["hints"] = zip(shown.hints, shown.hintTitles + Array(repeating: "", count: 99))
        .enumerated()
        .map { number, hint in
          [
            "number": number + 1,
            "title": hint.1.isEmpty ? "\(strings["hint"] ?? "Hint") \(number + 1)" : hint.1,
            "html": MarkdownRenderer.render(hint.0) { _ in nil },
          ] as [String: Any]
        }
      let text = SearchIndex.plainText(html)
      if englishSection.id == "intro" {
        intro = data
        documents.append(SearchIndex.Document(url: url, title: title, lesson: title, text: text))
      } else if englishSection.id == "finish", index == englishSections.count - 1 {
        finish = data
        documents.append(
          SearchIndex.Document(
            url: url + "#finish", title: shown.title, lesson: title, text: text))
      } else {
        data["number"] = sections.count + 1
        data["stepLabel"] = (strings["stepNumber"] ?? "{n}").replacing(
          "{n}", with: "\(sections.count + 1)")
        sections.append(data)
        documents.append(
          SearchIndex.Document(
            url: url + "#" + englishSection.id, title: shown.title, lesson: title, text: text))
      }
    }
    let command =
      "kubetutor shell --lesson \(lesson.id)"
      + (language == .en ? "" : " --lang \(language.rawValue)")
    // Pods whose timeline no `timeline` command drew get one at the end.
    let drawn = Set(
      transcripts.sections.values.flatMap { $0.flatMap(\.timelines) }.map(\.timeline.uid))
    let timelines = transcripts.finalTimelines.filter { !drawn.contains($0.timeline.uid) }
      .enumerated().map { index, snapshot in
        [
          "pod": snapshot.timeline.podName,
          "svg": TimelineSVG.render(
            snapshot.timeline, now: snapshot.now, labels: timelineLabels,
            id: "timeline-end-\(index + 1)"),
        ] as [String: Any]
      }
    var data: [String: Any] = [
      "id": lesson.id, "title": title, "summary": prose?.summary ?? "",
      "tryIt": command, "intro": intro, "steps": sections, "timelines": timelines,
      "hasTimelines": !timelines.isEmpty,
      "badge": wholePageEnglish ? (strings["badgeMissing"] ?? "") as Any : false,
    ]
    if !wholePageEnglish, language != .en, status.problems.contains(where: { $0 != .missingFile }) {
      data["badge"] = strings["badgeStale"] ?? ""
    }
    if let finish { data["finish"] = finish }
    if let recording { data["recording"] = player(recording) }
    return (data, documents, problems)
  }

  /// The player's data: its files beside the page, its length, and each step's chapter
  /// linked to the step's section (where a reader without JavaScript goes).
  func player(_ recording: LessonRecording) -> [String: Any] {
    let limit = RecordingsStep.idleLimit
    return [
      "cast": "demo.cast", "script": "demo.js", "key": "\(language.rawValue)/\(lesson.id)",
      "duration": recording.duration, "idleLimit": "\(limit)",
      "shorten": (strings["playerShorten"] ?? "{n}").replacing("{n}", with: "\(limit)"),
      "chapters": zip(lesson.steps, recording.chapters).map { step, chapter in
        ["id": step.id, "title": chapter.title]
      },
    ]
  }

  /// Whether `**` is left in the text a reader sees (outside `<code>`, `<pre>`, terminals).
  static func showsDoubleStar(_ html: String) -> Bool {
    var depth = 0
    var inTag = false
    var tag = ""
    var previousStar = false
    for scalar in html.unicodeScalars {
      if inTag {
        if scalar == ">" {
          inTag = false
          let closing = tag.hasPrefix("/")
          let name = (closing ? tag.dropFirst() : tag[...]).prefix { $0 != " " }
          if name == "code" || name == "pre" || name == "samp" || name == "kbd" {
            depth = max(0, depth + (closing ? -1 : 1))
          }
        } else {
          tag.unicodeScalars.append(scalar)
        }
        continue
      }
      if scalar == "<" {
        inTag = true
        tag = ""
        previousStar = false
        continue
      }
      if depth == 0, scalar == "*" {
        if previousStar { return true }
        previousStar = true
      } else {
        previousStar = false
      }
    }
    return false
  }

  var timelineLabels: [String: String] {
    var labels: [String: String] = [:]
    for (key, value) in strings where key.hasPrefix("timeline.") {
      labels[String(key.dropFirst(9))] = value
    }
    return labels
  }

  func sectionOf(_ prose: LessonProse, _ id: String) -> ProseSection? {
    if id == "intro" { return prose.intro }
    if id == "finish" { return prose.finish }
    return prose.step(id)
  }

  /// A translation shows the English's transcripts, so its blocks must hold the same commands.
  func mismatches(_ shown: ProseSection, _ english: ProseSection, path: String) -> [SiteError] {
    for (index, block) in english.blocks.enumerated() {
      guard index < shown.blocks.count else {
        return [
          SiteError(
            path: path, line: shown.line,
            "section `\(english.id)` has \(shown.blocks.count) command blocks, the English \(english.blocks.count): the page shows the English's transcripts, so the blocks must match"
          )
        ]
      }
      let theirs = shown.blocks[index]
      if theirs.inContainer != block.inContainer
        || theirs.commands.map(\.text) != block.commands.map(\.text)
      {
        return [
          SiteError(
            path: path, line: theirs.line,
            "this block's commands differ from the English's (\(lesson.prose[.en]?.path ?? "en.md"):\(block.line)): the page shows the English's transcript, so the commands must be the same"
          )
        ]
      }
    }
    if shown.blocks.count > english.blocks.count {
      return [
        SiteError(
          path: path, line: shown.blocks[english.blocks.count].line,
          "section `\(english.id)` has a command block the English does not have")
      ]
    }
    return []
  }

  /// The section's body with its command blocks replaced by their transcripts, in order, and
  /// the problems of its YAML blocks.
  func render(_ section: ProseSection, blocks: [Transcript], sectionID: String, path: String)
    -> (String, [SiteError])
  {
    var next = 0
    var problems: [SiteError] = []
    let html = MarkdownRenderer.render(section.body) { block in
      let info = block.info.trimmingSpaces
      guard info == "shell" || info == "container", next < blocks.count else {
        if ["yaml", "yml"].contains(info.split(separator: " ").first ?? "") {
          // The body starts on the line after the heading (and after a source comment).
          let line =
            section.id == "intro"
            ? nil : section.line + block.line + (section.source == nil ? 0 : 1)
          if let problem = YAMLBlockCheck.problem(block.code, lesson: lesson) {
            problems.append(SiteError(path: path, line: line, problem))
          }
        }
        return info.isEmpty ? nil : codeBlock(block)
      }
      let transcript = blocks[next]
      next += 1
      var html = TranscriptHTML.render(
        transcript, copyLabel: strings["copy"] ?? "Copy", terminalLabel: strings["terminal"] ?? "")
      for (index, snapshot) in transcript.timelines.enumerated() {
        html +=
          "<figure class=\"timeline-figure\">"
          + TimelineSVG.render(
            snapshot.timeline, now: snapshot.now, labels: timelineLabels,
            id: "timeline-\(sectionID)-\(next)-\(index + 1)")
          + "</figure>"
      }
      return html
    }
    return (html, problems)
  }

  /// A code block that is not a transcript (a manifest, a file): its language as a class and
  /// a label, so the reader knows what it is.
  func codeBlock(_ block: MarkdownRenderer.CodeBlock) -> String {
    let language = block.info.split(separator: " ").first.map(String.init) ?? ""
    return
      "<pre class=\"code\" data-lang=\"\(HTML.escape(language))\"><code class=\"language-\(HTML.escape(language))\">"
      + HTML.escape(block.code) + "</code></pre>"
  }
}

extension TranslationStatus {
  /// Whether `id` has no section at all in the translation.
  func isMissing(_ id: String) -> Bool {
    problems.contains {
      if case .missing(let section) = $0 { return section == id }
      return $0 == .missingFile
    }
  }
}
