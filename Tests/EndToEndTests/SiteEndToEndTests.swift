import Foundation
import Testing

/// `kubetutor site` through the built binary, checked by the tools a publisher would use:
/// tidy for the HTML, headless Chromium for what a reader sees (the DOM after the scripts ran,
/// and screenshots kept in `.build/site-screenshots/`).
@Suite(.serialized) struct SiteEndToEndTests {
  static let repository = Binary.repository
  static let screenshots = repository.appendingPathComponent(".build/site-screenshots")

  /// One site for the suite, built once.
  static let site: Result<String, SiteBuildFailed> = {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-site-e2e-\(UUID().uuidString)"
    ).path
    do {
      let result = try Binary.run(["site", "--out", out])
      guard result.status == 0 else { return .failure(SiteBuildFailed(output: result.stderr)) }
      return .success(out)
    } catch {
      return .failure(SiteBuildFailed(output: "\(error)"))
    }
  }()

  struct SiteBuildFailed: Error, CustomStringConvertible {
    var output: String
    var description: String { "kubetutor site failed:\n\(output)" }
  }

  /// Runs a program found on PATH; nil when it is not installed.
  static func tool(_ name: String, _ arguments: [String], timeout: TimeInterval = 60) throws
    -> Binary.Result?
  {
    let path = ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let path else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-tool-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning {
      process.terminate()
      Issue.record("\(name) did not finish within \(timeout) s")
    }
    process.waitUntilExit()
    return Binary.Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// The DOM of `page` (relative to the site) after its scripts ran, in headless Chromium;
  /// `language` is the browser's language, `screenshot` a file name to save a picture under.
  static func chromium(
    _ page: String, language: String = "en-US", width: Int = 1280, height: Int = 2400,
    screenshot: String? = nil
  ) throws -> String {
    try chromium(
      url: "file://\(try site.get())/\(page)", language: language, width: width, height: height,
      screenshot: screenshot)
  }

  /// ``chromium(_:language:width:height:screenshot:)`` for any address.
  static func chromium(
    url: String, language: String = "en-US", width: Int = 1280, height: Int = 2400,
    screenshot: String? = nil
  ) throws -> String {
    var arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--user-data-dir=" + FileManager.default.temporaryDirectory.path + "/kubetutor-chromium",
      "--lang=\(language)", "--accept-lang=\(language)", "--virtual-time-budget=5000",
    ]
    if let screenshot {
      try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
      arguments += [
        "--window-size=\(width),\(height)",
        "--screenshot=" + screenshots.appendingPathComponent(screenshot).path,
      ]
    } else {
      arguments.append("--dump-dom")
    }
    guard let result = try tool("chromium", arguments + [url]) else {
      throw ToolMissing(name: "chromium")
    }
    #expect(result.status == 0, "\(result.stderr.suffix(500))")
    return result.stdout
  }

  struct ToolMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) is not installed: run `make deps`" }
  }

  @Test func buildsTheLayoutAndRebuildsIdentically() throws {
    let out = try Self.site.get()
    for path in [
      "index.html", "404.html", "sitemap.xml", "en/index.html", "zh/index.html",
      "en/search-index.json", "zh/lifecycle-demo/index.html", "assets/site.css", ".kubetutor-site",
    ] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + path), "\(path)")
    }
    let again = try Binary.run(["site", "--out", out])
    #expect(again.status == 0)
    #expect(again.stdout.contains("(0 written, "), "\(again.stdout)")
  }

  @Test func refusesADirectoryOfSomeoneElse() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-not-a-site-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try "x".write(to: out.appendingPathComponent("thesis.tex"), atomically: true, encoding: .utf8)
    let result = try Binary.run(["site", "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("is not empty and was not written by `kubetutor site`"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["thesis.tex"])
  }

  @Test func tidyFindsNothingToSay() throws {
    let out = try Self.site.get()
    let pages =
      FileManager.default.enumerator(atPath: out)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".html") }.sorted() ?? []
    #expect(pages.count == 14)
    for page in pages {
      guard let result = try Self.tool("tidy", ["-q", "-e", out + "/" + page]) else {
        throw ToolMissing(name: "tidy")
      }
      // 0: clean; 1: warnings; 2: errors. Both of the last two are reported.
      #expect(result.status == 0, "\(page):\n\(result.stderr)")
    }
  }

  @Test func aReaderSeesTheLessonInEnglish() throws {
    let dom = try Self.chromium("en/lifecycle-demo/index.html")
    #expect(dom.contains("<title>The lifecycle-demo Pod · kubetutor</title>"))
    #expect(dom.components(separatedBy: "<section class=\"step\"").count - 1 == 4)
    #expect(dom.contains("Hello from the postStart handler"))
    #expect(dom.contains("pod \"lifecycle-demo\" deleted"))
    #expect(dom.contains("href=\"../../zh/lifecycle-demo/index.html\" hreflang=\"zh-CN\""))
    // The script ran: copy buttons are shown.
    #expect(dom.contains("data-copy=\"kubectl apply -f lifecycle-events.yaml\">Copy</button>"))
    _ = try Self.chromium("en/lifecycle-demo/index.html", screenshot: "en-lifecycle-demo.png")
    _ = try Self.chromium(
      "zh/prestop-grace-period/index.html", width: 390, screenshot: "zh-prestop-phone.png")
  }

  @Test(arguments: [
    ("en/index.html?q=grace%20period", "prestop-grace-period/index.html#"),
    ("en/lifecycle-demo/index.html?q=FailedPostStartHook", "debugging-hooks/index.html#"),
    ("zh/index.html?q=%E5%AE%BD%E9%99%90%E6%9C%9F", "prestop-grace-period/index.html#"),
    ("zh/lifecycle-demo/index.html?q=%E5%B0%B1%E7%BB%AA", "gotchas-and-alternatives/index.html#"),
  ])
  func searchFindsTermsInBothLanguages(page: String, expected: String) throws {
    let dom = try Self.chromium(page)
    let after = dom.components(separatedBy: "id=\"search-results\"").last ?? ""
    let results = after.components(separatedBy: "</div>").first ?? ""
    #expect(!results.hasPrefix(" class=\"search-results\" aria-live=\"polite\" hidden"))
    #expect(results.contains(expected), "\(results.prefix(600))")
  }

  @Test func theRootChoosesTheBrowsersLanguage() throws {
    #expect(try Self.chromium("index.html", language: "zh-CN").contains("<html lang=\"zh-CN\">"))
    #expect(try Self.chromium("index.html", language: "en-GB").contains("<html lang=\"en\">"))
  }

  // MARK: The recording player (Site/assets/player.js)

  /// The rows the player's screen shows in `dom`, as text (without trailing spaces: the
  /// cursor's cell is one).
  static func screen(_ dom: String) -> [String] {
    guard let start = dom.range(of: "<div class=\"player-screen\""),
      let open = dom[start.upperBound...].firstIndex(of: ">"),
      let end = dom[open...].range(of: "</div></div>")
    else { return [] }
    return dom[dom.index(after: open)..<end.lowerBound].components(separatedBy: "</div>").map {
      String(text($0).reversed().drop { $0 == " " }.reversed())
    }
  }

  /// `html` without its tags, its entities read.
  static func text(_ html: some StringProtocol) -> String {
    let plain = String(html).replacing(/<[^>]*>/, with: "")
    return plain.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
      .replacing("&amp;", with: "&")
  }

  /// The chapter titles of the player in `dom`, and the one marked current.
  static func chapters(_ dom: String) -> (titles: [String], current: String?) {
    let list =
      dom.components(separatedBy: "<ol class=\"player-chapters\"").dropFirst().first?
      .components(separatedBy: "</ol>").first ?? ""
    let items = list.components(separatedBy: "<li>").dropFirst()
    // Each link's text, without the time the player adds after it.
    let titles = items.map {
      text($0.replacing(/<span class="player-chapter-time">[^<]*<\/span>/, with: ""))
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let current = zip(items, titles).first { $0.0.contains("aria-current=\"step\"") }?.1
    return (titles, current)
  }

  /// A page of its own holding the player section of `lesson`'s page in `language`, beside a
  /// copy of the site's assets and a recording: the lesson's, or `cast`; `script` runs once
  /// the page has loaded, with the section as `player` (its API: `player.kubetutorPlayer`).
  static func playerPage(
    language: String = "en", lesson: String = "lifecycle-demo", cast: String? = nil,
    script: String = ""
  ) throws -> URL {
    let out = try site.get()
    let page = try String(
      contentsOfFile: "\(out)/\(language)/\(lesson)/index.html", encoding: .utf8)
    var section = try #require(
      page.components(separatedBy: "<section class=\"player\"").dropFirst().first?
        .components(separatedBy: "</section>").first)
    section = "<section class=\"player\"" + section.replacing("../../assets/", with: "assets/")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-player-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("assets"), withIntermediateDirectories: true)
    for asset in ["player.js", "site.css"] {
      try FileManager.default.copyItem(
        atPath: "\(out)/assets/\(asset)", toPath: directory.path + "/assets/" + asset)
    }
    if let cast {
      let literal = String(
        decoding: try JSONSerialization.data(withJSONObject: cast, options: .fragmentsAllowed),
        as: UTF8.self)
      section = section.replacing(/data-key="[^"]*"/, with: "data-key=\"test/cast\"")
      try "(window.kubetutorCasts = window.kubetutorCasts || {})[\"test/cast\"] = \(literal);\n"
        .write(to: directory.appendingPathComponent("demo.js"), atomically: true, encoding: .utf8)
    } else {
      try FileManager.default.copyItem(
        atPath: "\(out)/\(language)/\(lesson)/demo.js", toPath: directory.path + "/demo.js")
    }
    let html = """
      <!DOCTYPE html><html lang="\(language)"><head><meta charset="utf-8"><title>player</title>
      <link rel="stylesheet" href="assets/site.css"></head><body><main>\(section)</section></main>
      <script>
      window.addEventListener("load", function () {
        var player = document.querySelector("section.player");
        \(script)
      });
      </script></body></html>
      """
    try html.write(
      to: directory.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    return directory
  }

  /// The lesson page from `file://`, its player sent to a chapter and to the end by the
  /// address (`#demo-step=N`, `#demo-t=end`): the screen shows what the simulator printed by
  /// then, and the chapters are the steps, the current one marked.
  @Test func thePlayerShowsAChapterAndTheEndOfTheRecording() throws {
    let step4 = try Self.chromium("en/lifecycle-demo/index.html#demo-step=4")
    #expect(step4.contains("<section class=\"player player-ready"))
    let rows = Self.screen(step4)
    #expect(rows.count == 30)
    #expect(rows.contains("pod/lifecycle-demo created"), "\(rows)")
    #expect(rows.contains("Hello from the postStart handler"), "\(rows)")
    #expect(rows.contains("lifecycle-demo   1/1     Running   0          6s"), "\(rows)")
    #expect(!rows.contains { $0.contains("deleted") }, "\(rows)")
    let (titles, current) = Self.chapters(step4)
    #expect(
      titles == [
        "Step 1: Create the Pod", "Step 2: Wait until it is Running",
        "Step 3: Read the message postStart wrote", "Step 4: Delete the Pod and watch preStop",
      ])
    #expect(current == "Step 4: Delete the Pod and watch preStop")

    let end = Self.screen(try Self.chromium("en/lifecycle-demo/index.html#demo-t=end"))
    #expect(end.contains { $0.hasPrefix("pod \"lifecycle-demo\" deleted") }, "\(end)")
    #expect(end.last { !$0.isEmpty } == "$", "\(end)")

    let zh = try Self.chromium("zh/lifecycle-demo/index.html#demo-step=2", language: "zh-CN")
    let zhRows = Self.screen(zh)
    #expect(zhRows.contains("pod/lifecycle-demo created"), "\(zhRows)")
    #expect(!zhRows.contains { $0.contains("condition met") }, "\(zhRows)")
    #expect(
      Self.chapters(zh).titles == [
        "第 1 步：创建 Pod", "第 2 步：等它进入 Running 状态", "第 3 步：读取 postStart 写入的消息",
        "第 4 步：删除 Pod，观察 preStop",
      ])
    #expect(Self.chapters(zh).current == "第 2 步：等它进入 Running 状态")
  }

  /// Played through its API: with "pause at each step" it stops where step 2 begins; at 4×,
  /// shortened waits and all, it plays to the end.
  @Test func thePlayerPlaysAndPausesAtEachStep() throws {
    let stops = try Self.playerPage(
      script: "player.querySelector('.player-stop').checked = true; player.kubetutorPlayer.play();")
    defer { try? FileManager.default.removeItem(at: stops) }
    let paused = try Self.chromium(url: "file://\(stops.path)/index.html")
    _ = try Self.chromium(
      url: "file://\(stops.path)/index.html", width: 900, height: 1100,
      screenshot: "player-en-paused.png")
    #expect(!paused.contains("player-playing"))
    #expect(Self.chapters(paused).current == "Step 2: Wait until it is Running")
    let rows = Self.screen(paused)
    #expect(rows.contains("pod/lifecycle-demo created"), "\(rows)")
    #expect(!rows.contains { $0.contains("condition met") }, "\(rows)")

    let fast = try Self.playerPage(
      language: "zh",
      script: "var speed = player.querySelector('.player-speed'); speed.value = '4';"
        + " speed.dispatchEvent(new Event('change')); player.kubetutorPlayer.play();")
    defer { try? FileManager.default.removeItem(at: fast) }
    let done = try Self.chromium(url: "file://\(fast.path)/index.html", language: "zh-CN")
    #expect(done.contains("player-ended"))
    #expect(Self.chapters(done).current == "第 4 步：删除 Pod，观察 preStop")
    #expect(Self.screen(done).contains { $0.hasPrefix("pod \"lifecycle-demo\" deleted") })
    let chapter = try Self.playerPage(language: "zh")
    defer { try? FileManager.default.removeItem(at: chapter) }
    _ = try Self.chromium(
      url: "file://\(chapter.path)/index.html#demo-step=4", language: "zh-CN", width: 390,
      height: 1000, screenshot: "player-zh-phone.png")
  }

  /// The terminal, on a recording made to hold what ours can: colours, bold and dim, wide
  /// and combining characters, backspace, erasing, clearing, scrolling, wrapping, sequences it
  /// does not know, and lines that are not events at all (skipped).
  @Test func thePlayersTerminalDrawsWhatRecordingsHold() throws {
    var lines = [#"{"version":2,"width":40,"height":10,"title":"test"}"#]
    var time = 0.0
    func event(_ code: String, _ data: String, after: Double = 0.1) throws {
      time += after
      lines.append(
        String(
          decoding: try JSONSerialization.data(withJSONObject: [time, code, data]),
          as: UTF8.self))
    }
    let esc = "\u{1B}"
    try event("m", "Step 1: Colours", after: 0)
    try event(
      "o",
      "$ \(esc)[1;31mred\(esc)[0m plain \(esc)[2mdim\(esc)[22m \(esc)[38;5;208mamber\(esc)[39m \(esc)[38;2;1;2;3mrgb\(esc)[m\r\n"
    )
    try event("o", "\(esc)[7minverse\(esc)[27m\r\n")
    try event("m", "Step 2: Characters")
    try event("o", "中文：第 1 步|\r\n")
    try event("o", "cafe\u{301} ┌─┐ █|\r\n")
    try event("o", "abc\u{8}X\r\n")
    lines.append("not an event")
    lines.append("[1, 2]")
    try event("o", "12345\r\(esc)[Kgone\r\n")
    try event("o", "\(esc)]0;a title\u{7}\(esc)[99;99zafter\(esc)[?25l\(esc)[?25h\r\n")
    try event("m", "Step 3: Clear and scroll")
    try event("o", "\(esc)[2J\(esc)[Hcleared\r\n", after: 30)
    for line in 0..<40 { try event("o", "line \(line)\r\n", after: 0.01) }
    try event("o", String(repeating: "x", count: 45) + "\r\n$ ")
    let directory = try Self.playerPage(cast: lines.joined(separator: "\n") + "\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = "file://\(directory.path)/index.html"

    let first = try Self.chromium(url: page + "#demo-step=2")
    #expect(
      first.contains("$ <span class=\"f1 bo\">red</span> plain <span class=\"di\">dim</span>"))
    #expect(first.contains("<span style=\"color:rgb(255,135,0);\">amber</span>"))
    #expect(first.contains("<span style=\"color:#010203;\">rgb</span>"))
    #expect(first.contains("<span class=\"fi bi\">inverse</span>"))

    let characters = try Self.chromium(url: page + "#demo-step=3")
    #expect(characters.contains("<span class=\"w\">中</span><span class=\"w\">文</span>"))
    #expect(
      Self.screen(characters).prefix(8) == [
        "$ red plain dim amber rgb", "inverse", "中文：第 1 步|", "cafe\u{301} ┌─┐ █|", "abX", "gone",
        "after", "",
      ])
    // In the middle of the 30-second wait, shown shortened: the screen is not cleared yet.
    let waiting = try Self.chromium(url: page + "#demo-t=15")
    #expect(
      waiting.contains("<div class=\"player-skip\" aria-hidden=\"true\">30 s wait, shortened</div>")
    )
    #expect(Self.screen(waiting).first == "$ red plain dim amber rgb")

    _ = try Self.chromium(
      url: page + "#demo-t=end", width: 900, height: 700, screenshot: "player-terminal.png")
    let rows = Self.screen(try Self.chromium(url: page + "#demo-t=end"))
    #expect(
      rows == [
        "line 33", "line 34", "line 35", "line 36", "line 37", "line 38", "line 39",
        String(repeating: "x", count: 40), "xxxxx", "$",
      ])
  }
}
