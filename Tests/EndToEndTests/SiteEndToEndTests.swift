import Foundation
import Testing

/// `kubetutor site` through the built binary, checked by the tools a publisher would use:
/// tidy for the HTML, headless Chromium for what a reader sees (the DOM after the scripts ran,
/// and screenshots kept in `.build/site-screenshots/`).
@Suite(.serialized) struct SiteEndToEndTests {
  static let repository = Binary.url.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
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
    _ page: String, language: String = "en-US", width: Int = 1280, screenshot: String? = nil
  ) throws -> String {
    let out = try site.get()
    var arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--user-data-dir=" + FileManager.default.temporaryDirectory.path + "/kubetutor-chromium",
      "--lang=\(language)", "--accept-lang=\(language)", "--virtual-time-budget=5000",
    ]
    if let screenshot {
      try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
      arguments += [
        "--window-size=\(width),2400",
        "--screenshot=" + screenshots.appendingPathComponent(screenshot).path,
      ]
    } else {
      arguments.append("--dump-dom")
    }
    guard let result = try tool("chromium", arguments + ["file://\(out)/\(page)"]) else {
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
}
