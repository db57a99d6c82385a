import Foundation
import Lessons
import Testing

@testable import Site

/// The recordings beside each lesson page, and the player the page embeds.
@Suite struct RecordingsStepTests {
  static func text(_ build: SiteBuild, _ path: String) -> String {
    String(decoding: build.files[path] ?? [], as: UTF8.self)
  }

  /// Every line of every recording is JSON: the header, then events that never go back in
  /// time, with one marker per step, titled as the shell titles it, in both languages.
  @Test(arguments: Language.allCases)
  func eachLessonHasAValidRecording(language: Language) throws {
    let build = try SiteFixtures.build()
    for lesson in SiteFixtures.catalog.lessons {
      let path = "\(language.rawValue)/\(lesson.id)/demo.cast"
      let cast = Self.text(build, path)
      #expect(cast.hasSuffix("\n"), "\(path)")
      let lines = cast.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      let header = try #require(
        try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any])
      #expect(header["version"] as? Int == 2)
      #expect(header["width"] as? Int == RecordingsStep.width)
      #expect(header["height"] as? Int == RecordingsStep.height)
      #expect(header["timestamp"] is Int)
      #expect(header["title"] as? String == lesson.text(in: language)?.title)
      var last = 0.0
      var markers: [String] = []
      var output = ""
      for (number, line) in lines.enumerated().dropFirst() {
        let event = try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any],
          "\(path):\(number + 1)")
        let time = try #require(event.first as? Double, "\(path):\(number + 1)")
        #expect(event.count == 3 && time >= last, "\(path):\(number + 1): \(line)")
        last = time
        switch event[1] as? String {
        case "m": markers.append(event[2] as? String ?? "")
        case "o": output += event[2] as? String ?? ""
        default: Issue.record("\(path):\(number + 1): not an output or a marker: \(line)")
        }
      }
      let prose = try #require(lesson.text(in: language))
      let expected = lesson.steps.enumerated().map { index, step in
        let title = prose.step(step.id)?.title ?? ""
        return language == .en ? "Step \(index + 1): \(title)" : "第 \(index + 1) 步：\(title)"
      }
      #expect(markers == expected, "\(path)")
      // What a terminal shows: lines end in \r\n; each step's commands are typed.
      #expect(!output.contains(try Regex("[^\r]\n")), "\(path)")
      for step in lesson.steps {
        for command in step.commands { #expect(output.contains(command.text), "\(path)") }
      }
    }
  }

  @Test func theRecordingOfTheFirstLessonShowsItsOutput() throws {
    let build = try SiteFixtures.build()
    let cast = Self.text(build, "en/lifecycle-demo/demo.cast")
    #expect(cast.contains("[1.000000, \"o\", \"pod/lifecycle-demo created\\r\\n\"]"))
    #expect(cast.contains("Hello from the postStart handler\\r\\n"))
    #expect(cast.contains("[1.000000, \"m\", \"Step 2: Wait until it is Running\"]"))
    #expect(
      Self.text(build, "zh/lifecycle-demo/demo.cast").contains("\"m\", \"第 2 步：等它进入 Running 状态\"]"))
  }

  /// `demo.js` is `demo.cast` as a script, for pages opened from `file://`.
  @Test func theScriptHoldsTheSameRecording() throws {
    let build = try SiteFixtures.build()
    for language in Language.allCases {
      let directory = "\(language.rawValue)/lifecycle-demo/"
      let script = Self.text(build, directory + "demo.js")
      let prefix =
        "(window.kubetutorCasts = window.kubetutorCasts || {})[\"\(language.rawValue)/lifecycle-demo\"] = "
      #expect(script.hasPrefix(prefix))
      #expect(script.hasSuffix(";\n"))
      let literal = script.dropFirst(prefix.count).dropLast(2)
      let decoded = try JSONSerialization.jsonObject(
        with: Data(literal.utf8), options: .fragmentsAllowed)
      #expect(decoded as? String == Self.text(build, directory + "demo.cast"))
    }
  }

  @Test func aLessonPageEmbedsThePlayer() throws {
    let build = try SiteFixtures.build()
    let en = Self.text(build, "en/lifecycle-demo/index.html")
    let zh = Self.text(build, "zh/lifecycle-demo/index.html")
    for (language, page) in [("en", en), ("zh", zh)] {
      #expect(
        page.contains(
          "<section class=\"player\" id=\"demo\" aria-labelledby=\"demo-title\" data-src=\"demo.js\" data-key=\"\(language)/lifecycle-demo\" data-idle-limit=\"2\""
        ))
      #expect(page.contains("<script src=\"../../assets/player.js\" defer></script>"))
      #expect(page.contains("<div class=\"player-box\" hidden>"))
      #expect(page.contains("<noscript><p class=\"note\">"))
      #expect(page.contains("<a href=\"demo.cast\" type=\"application/x-asciicast\" download>"))
      #expect(page.contains("<li class=\"demo-link\"><a href=\"#demo\">"))
    }
    #expect(en.contains("<li><a href=\"#create\">Step 1: Create the Pod</a></li>"))
    #expect(
      en.contains("<li><a href=\"#delete\">Step 4: Delete the Pod and watch preStop</a></li>"))
    #expect(en.contains("data-play=\"Play\" data-pause=\"Pause\""))
    #expect(en.contains("> Shorten waits to 2 s</label>"))
    #expect(zh.contains("<li><a href=\"#create\">第 1 步：创建 Pod</a></li>"))
    #expect(zh.contains("data-play=\"播放\" data-pause=\"暂停\""))
    #expect(zh.contains("> 将较长的等待缩短为 2 秒</label>"))
    #expect(zh.contains("<h2 id=\"demo-title\"><a class=\"anchor\" href=\"#demo\">观看演示</a></h2>"))
  }

  /// The links step checks what the player loads: the script it names in `data-src`.
  @Test func theLinksStepChecksThePlayersRecording() throws {
    var build = try SiteFixtures.build()
    build.files["zh/lifecycle-demo/demo.js"] = nil
    build.files["en/lifecycle-demo/demo.cast"] = nil
    #expect {
      try LinksStep.run(&build)
    } throws: { error in
      (error as? SiteFailure)?.problems.map(\.description) == [
        "en/lifecycle-demo/index.html: broken link `demo.cast`: no file en/lifecycle-demo/demo.cast",
        "zh/lifecycle-demo/index.html: broken link `demo.js`: no file zh/lifecycle-demo/demo.js",
      ]
    }
  }

  @Test func aRecordingIsReadForItsLengthAndChapters() throws {
    let recording = try #require(
      LessonRecording(
        cast: """
          {"version":2,"width":80,"height":24}
          [0.000000, "m", "Step 1: \\"A\\""]
          [0.500000, "o", "$ "]
          not an event
          [12.250000, "m", "Step 2: B"]
          [13.000000, "o", "done\\r\\n"]

          """))
    #expect(recording.width == 80 && recording.height == 24)
    #expect(recording.duration == "13.000000")
    #expect(
      recording.chapters == [
        .init(time: "0.000000", title: "Step 1: \"A\""),
        .init(time: "12.250000", title: "Step 2: B"),
      ])
    #expect(LessonRecording(cast: "[0.0, \"o\", \"x\"]\n") == nil)
    #expect(LessonRecording(cast: "{\"version\":1,\"width\":80,\"height\":24}\n") == nil)
  }

  /// A step may not take an id the player's section uses.
  @Test func aStepNamedLikeThePlayerStopsTheBuild() throws {
    let lesson = try SiteFixtures.lesson(
      yaml: """
        id: test
        order: 1
        files: [pod.yaml]
        steps:
          - id: demo
            checks: [{pod: lifecycle-demo}]
            solution: [kubectl apply -f pod.yaml]
        """,
      en:
        "---\ntitle: T\nsummary: S\n---\nIntro.\n\n## Demo {#demo}\n\nApply it.\n\n### Stuck? {.hint}\n\nApply.\n\n## Done {#finish}\n\nWell done.\n"
    )
    var build = SiteBuild(
      input: .init(catalog: .init(lessons: [lesson]), theme: try SiteFixtures.theme()))
    build.lessons = [lesson]
    #expect {
      try RecordingsStep.run(&build)
    } throws: { error in
      (error as? SiteFailure)?.problems.map(\.problem) == [
        "step id `demo` is taken by the page's recording player"
      ]
    }
  }
}
