import Dispatch
import Foundation
import Lessons
import Mustache

/// Renders every page through the theme's templates: the language chooser, each language's
/// lesson list and lesson pages, and the 404 page.
enum PagesStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    var problems: [SiteError] = []
    let theme = build.input.theme
    let languages = Language.allCases
    // Each lesson page depends only on its lesson, its transcripts and recording, and the
    // theme: all of them, in every language, are rendered at once, then each language's lesson
    // list and search index. Results keep the lessons' order, so the bytes do not depend on
    // which thread finished first.
    nonisolated(unsafe) let snapshot = build
    let lessons = build.lessons
    let pages = ConcurrentSlots<RenderedLesson>(count: languages.count * lessons.count)
    DispatchQueue.concurrentPerform(iterations: languages.count * lessons.count) { job in
      let language = languages[job / lessons.count]
      pages.set(job, renderLesson(snapshot, language, at: job % lessons.count))
    }
    let rendered = pages.values.map { $0 ?? RenderedLesson() }
    let lists = ConcurrentSlots<LanguagePages>(count: languages.count)
    DispatchQueue.concurrentPerform(iterations: languages.count) { index in
      let first = index * lessons.count
      lists.set(
        index,
        renderLanguage(
          snapshot, languages[index], lessons: Array(rendered[first..<(first + lessons.count)])))
    }
    for (language, list) in zip(languages, lists.values) {
      guard let list else { continue }
      build.files.merge(list.files) { _, new in new }
      build.search[language] = list.index
      problems += list.problems
    }
    let english = theme.strings[.en] ?? [:]
    var root = common(
      build, language: .en, root: "", path: nil, title: english["siteTitle"] ?? "",
      description: english["siteTagline"] ?? "")
    root["languages"] = languages.map { language in
      let strings = theme.strings[language] ?? [:]
      return [
        "code": language.rawValue, "htmlLang": strings["htmlLang"] ?? language.rawValue,
        "name": strings["languageName"] ?? language.rawValue,
        "href": "\(language.rawValue)/index.html", "tagline": strings["siteTagline"] ?? "",
        "choose": strings["chooseLanguage"] ?? "",
      ] as [String: Any]
    }
    build.write("index.html", render(theme, "root", root, &problems))
    // Served for any missing address, so its links start from the site's root, not its own.
    var missing = common(
      build, language: .en, root: build.input.baseURL.map(pathOf) ?? "/", path: nil,
      title: (english["notFoundTitle"] ?? "") + " · " + (english["siteTitle"] ?? ""),
      description: "")
    missing["languages"] = root["languages"]
    build.write("404.html", render(theme, "404", missing, &problems))
    guard problems.isEmpty else { throw SiteFailure(step: "pages", problems: problems) }
  }

  /// What one language's pages came to.
  struct LanguagePages: Sendable {
    var files: [String: [UInt8]] = [:]
    var index = SearchIndex()
    var problems: [SiteError] = []
  }

  /// One lesson page in one language, and what its language's lesson list and search index
  /// take from it.
  struct RenderedLesson: Sendable {
    var path = ""
    var html: [UInt8] = []
    var documents: [SearchIndex.Document] = []
    var problems: [SiteError] = []
    var title = ""
    var summary = ""
    /// The page's badge (a missing or stale translation), if it has one.
    var badge: String?
  }

  /// The page of the lesson at `position` in `language`.
  static func renderLesson(_ build: SiteBuild, _ language: Language, at position: Int)
    -> RenderedLesson
  {
    let theme = build.input.theme
    let strings = theme.strings[language] ?? [:]
    let lesson = build.lessons[position]
    var result = RenderedLesson()
    let page = LessonPage(
      lesson: lesson, language: language, transcripts: build.transcripts[lesson.id] ?? .init(),
      recording: build.recordings[lesson.id]?[language], strings: strings)
    var (data, documents, problems) = page.context()
    result.documents = documents
    result.path = "\(language.rawValue)/\(lesson.id)/index.html"
    if position > 0 {
      let previous = build.lessons[position - 1]
      data["previous"] = [
        "href": "../\(previous.id)/index.html",
        "title": previous.text(in: language)?.title ?? "",
      ]
    }
    if position + 1 < build.lessons.count {
      let next = build.lessons[position + 1]
      data["next"] = [
        "href": "../\(next.id)/index.html", "title": next.text(in: language)?.title ?? "",
      ]
    }
    result.title = data["title"] as? String ?? ""
    result.summary = data["summary"] as? String ?? ""
    result.badge = data["badge"] as? String
    var context = common(
      build, language: language, root: "../../", path: "\(lesson.id)/index.html",
      title: (data["title"] as? String ?? lesson.id) + " · " + (strings["siteTitle"] ?? ""),
      description: data["summary"] as? String ?? "")
    context["lesson"] = data
    context["lessonsHref"] = "../index.html"
    result.html = Array(render(theme, "lesson", context, &problems).utf8)
    result.problems = problems
    return result
  }

  /// The lesson pages of `language` (``renderLesson(_:_:at:)``, in order) with its lesson list
  /// and its search index.
  static func renderLanguage(_ build: SiteBuild, _ language: Language, lessons: [RenderedLesson])
    -> LanguagePages
  {
    let theme = build.input.theme
    var pages = LanguagePages()
    var problems: [SiteError] = []
    let strings = theme.strings[language] ?? [:]
    var index = SearchIndex()
    var entries: [[String: Any]] = []
    for (lesson, page) in zip(build.lessons, lessons) {
      problems += page.problems
      index.documents += page.documents
      pages.files[page.path] = page.html
      entries.append([
        "number": lesson.order, "href": "\(lesson.id)/index.html", "id": lesson.id,
        "title": page.title, "summary": page.summary,
        "steps": (strings["stepsCount"] ?? "{n}").replacing("{n}", with: "\(lesson.steps.count)"),
        "badge": page.badge.map { $0 as Any } ?? false,
      ])
    }
    var context = common(
      build, language: language, root: "../", path: "index.html",
      title: (strings["lessons"] ?? "") + " · " + (strings["siteTitle"] ?? ""),
      description: strings["siteTagline"] ?? "")
    context["lessons"] = entries
    context["lessonsHref"] = "index.html"
    pages.files["\(language.rawValue)/index.html"] = Array(
      render(theme, "lessons", context, &problems).utf8)
    index.encoded = index.json()
    pages.index = index
    pages.problems = problems
    return pages
  }

  /// What every page's layout needs: language, paths, alternates, the switcher, the strings.
  static func common(
    _ build: SiteBuild, language: Language, root: String, path: String?, title: String,
    description: String
  ) -> [String: Any] {
    let theme = build.input.theme
    let strings = theme.strings[language] ?? [:]
    var context: [String: Any] = [
      "s": strings, "lang": language.rawValue, "htmlLang": strings["htmlLang"] ?? "en",
      "root": root, "assets": root + "assets/", "title": title, "description": description,
      "home": root + "index.html", "languageHome": root + language.rawValue + "/index.html",
      "searchIndex": root + language.rawValue + "/search-index.js",
      "searchAction": root + language.rawValue + "/index.html",
    ]
    if let path {
      context["alternates"] = Language.allCases.map { other in
        [
          "hreflang": theme.strings[other]?["htmlLang"] ?? other.rawValue,
          "href": root + other.rawValue + "/" + path,
        ]
      }
      if let other = Language.allCases.first(where: { $0 != language }) {
        context["switcher"] = [
          "href": root + other.rawValue + "/" + path,
          "hreflang": theme.strings[other]?["htmlLang"] ?? other.rawValue,
          "label": strings["switchLanguage"] ?? other.rawValue,
        ]
      }
    }
    return context
  }

  static func render(
    _ theme: SiteTheme, _ name: String, _ context: [String: Any], _ problems: inout [SiteError]
  ) -> String {
    guard let html = theme.library.render(context, withTemplate: name) else {
      problems.append(SiteError(path: theme.directory + "/templates/\(name).mustache", "missing"))
      return ""
    }
    return html
  }

  /// `/docs/` of `https://example.org/docs/`.
  static func pathOf(_ url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    let rest = url[scheme.upperBound...]
    guard let slash = rest.firstIndex(of: "/") else { return "/" }
    return String(rest[slash...])
  }
}
