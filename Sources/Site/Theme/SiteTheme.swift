import Foundation
import Lessons
import Mustache
import Yams

/// The look of the site, read from a theme directory (`Site/` in the sources) that a team
/// changes without touching Swift:
///
///     templates/*.mustache   pages and partials, in Mustache (mustache(5))
///     strings.yaml           every word the templates and the generator put on a page, per language
///     assets/                copied to the site's `assets/` as they are (CSS, JS, images)
public struct SiteTheme: Sendable {
  /// The templates every build needs.
  public static let pages = ["root", "lessons", "lesson", "404"]

  /// The directory it was read from, for messages.
  public var directory: String
  public var library: MustacheLibrary
  /// `strings.yaml`: per language, each key's text.
  public var strings: [Language: [String: String]]
  /// Files under `assets/`: path below `assets/` and contents.
  public var assets: [(path: String, bytes: [UInt8])]

  /// The keys `strings.yaml` must give in every language.
  public static let requiredStrings = [
    "htmlLang", "languageName", "siteTitle", "siteTagline", "lessons", "stepsHeading", "stepNumber",
    "tryIt", "tryItNote", "copy", "copied", "terminal", "hint", "search", "searchPlaceholder",
    "searchNoResults", "badgeStale", "badgeMissing", "sectionStale", "sectionMissing",
    "timelines", "timelinesNote", "previous", "next", "switchLanguage", "notFoundTitle",
    "notFoundText", "skipToContent", "stepsCount", "chooseLanguage", "footer",
    "timeline.title", "timeline.hook", "timeline.run", "timeline.notready", "timeline.prestop",
    "timeline.stopping", "timeline.grace", "timeline.failed", "timeline.killed",
    "timeline.exited", "playerTitle", "playerIntro", "playerScreen", "playerPlay", "playerPause",
    "playerSeek", "playerTimeOf", "playerSpeed", "playerShorten", "playerShortened",
    "playerStopAtSteps", "playerKeys", "playerChapters", "playerFailed", "playerNoScript",
    "playerDownload",
  ]

  /// Reads the theme in `directory`.
  public static func load(_ directory: String) throws(SiteFailure) -> SiteTheme {
    var problems: [SiteError] = []
    var library = MustacheLibrary()
    let manager = FileManager.default
    let templates = directory + "/templates"
    let names = ((try? manager.contentsOfDirectory(atPath: templates)) ?? []).sorted()
    for name in names where name.hasSuffix(".mustache") {
      let path = templates + "/" + name
      guard let text = read(path) else {
        problems.append(SiteError(path: path, "cannot be read as UTF-8 text"))
        continue
      }
      do {
        library.register(try MustacheTemplate(string: text), named: String(name.dropLast(9)))
      } catch let error as MustacheTemplate.ParserError {
        problems.append(
          SiteError(path: path, line: error.context.lineNumber, "template error: \(error.error)"))
      } catch {
        problems.append(SiteError(path: path, "template error: \(error)"))
      }
    }
    for page in pages where library.getTemplate(named: page) == nil && problems.isEmpty {
      problems.append(
        SiteError(path: templates + "/\(page).mustache", "missing: every site needs it"))
    }
    let stringsPath = directory + "/strings.yaml"
    var strings: [Language: [String: String]] = [:]
    if let text = read(stringsPath) {
      do {
        let node = try Yams.compose(yaml: text, .basic)
        for language in Language.allCases {
          guard let table = node?[.init(language.rawValue)]?.mapping else {
            problems.append(SiteError(path: stringsPath, "no `\(language.rawValue):` table"))
            continue
          }
          var values: [String: String] = [:]
          for (key, value) in table {
            if let key = key.string, let value = value.string { values[key] = value }
          }
          for key in requiredStrings where values[key] == nil {
            problems.append(
              SiteError(
                path: stringsPath, line: table.mark?.line,
                "`\(language.rawValue).\(key)` is missing"))
          }
          strings[language] = values
        }
      } catch {
        problems.append(SiteError(path: stringsPath, "not valid YAML: \(error)"))
      }
    } else {
      problems.append(SiteError(path: stringsPath, "missing or not UTF-8 text"))
    }
    var assets: [(String, [UInt8])] = []
    let assetRoot = directory + "/assets"
    if let walker = manager.enumerator(atPath: assetRoot) {
      var found: [String] = []
      while let next = walker.nextObject() as? String { found.append(next) }
      for relative in found.sorted() {
        var isDirectory: ObjCBool = false
        let path = assetRoot + "/" + relative
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
          !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else { continue }
        guard let data = manager.contents(atPath: path) else {
          problems.append(SiteError(path: path, "cannot be read"))
          continue
        }
        assets.append((relative, [UInt8](data)))
      }
    }
    guard problems.isEmpty else { throw SiteFailure(step: "theme", problems: problems) }
    return SiteTheme(directory: directory, library: library, strings: strings, assets: assets)
  }

  static func read(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(validating: data, as: UTF8.self)
  }
}
