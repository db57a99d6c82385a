import Kubectl
import Testing

@testable import Shell

@Suite("UI strings")
struct UIStringsTests {
  private static func placeholders(_ text: String) -> Set<String> {
    var found: Set<String> = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: "}") else { break }
      found.insert(String(rest[..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  /// Fails for any key a language lacks, and for a translation whose placeholders differ.
  @Test(arguments: Language.allCases)
  func everyKeyIsTranslated(language: Language) {
    let table = UIStrings.table(language)
    for key in UIKey.allCases {
      let text = table[key]
      #expect(text != nil, "\(language.rawValue) lacks \(key.rawValue)")
      guard let text, let english = UIStrings.english[key] else { continue }
      #expect(
        Self.placeholders(text) == Self.placeholders(english),
        "\(language.rawValue).\(key.rawValue) has other placeholders than English")
      #expect(text.hasSuffix("\n") == english.hasSuffix("\n"), "\(key.rawValue): line ending")
    }
    #expect(table.count == UIKey.allCases.count)
  }

  /// Every note of the Kubectl layer has a translation with the same placeholders.
  @Test(arguments: SimulatorNote.Kind.allCases)
  func everyNoteIsTranslated(kind: SimulatorNote.Kind) {
    let text = UIStrings.chineseNotes[kind]
    #expect(text != nil, "zh lacks the note \(kind.rawValue)")
    guard let text, let english = SimulatorNote.english[kind] else { return }
    #expect(Self.placeholders(text) == Self.placeholders(english), "\(kind.rawValue)")
    Self.checkStyle(text, name: kind.rawValue)
  }

  @Test func notesAreTranslatedInTheOutputOnly() {
    var output = CommandOutput()
    output.out("kubectl's own words stay\n")
    output.note(SimulatorNote(.describePodsOnly, ["type": "services"]), prefix: "error: ")
    let zh = output.chunks.map { UIStrings(.zh).text(of: $0) }
    #expect(
      zh == ["kubectl's own words stay\n", "error: kubetutor 只能描述 Pod；不支持 `describe services`\n"])
    let en = output.chunks.map { UIStrings(.en).text(of: $0) }
    #expect(en == output.chunks.map(\.text))
    #expect(
      en[1] == "error: kubetutor can describe pods only; `describe services` is not simulated\n")
  }

  /// zh-terms.md: full-width punctuation, 你 (never 您), Pod untranslated, a space between
  /// Chinese and Latin text or digits.
  @Test(arguments: UIKey.allCases)
  func chineseFollowsTheStyleGuide(key: UIKey) {
    guard let text = UIStrings.chinese[key] else { return }
    Self.checkStyle(text, name: key.rawValue)
  }

  private static func checkStyle(_ text: String, name: String) {
    #expect(!text.contains("您"))
    for banned in ["豆荚", "吊舱", "命名空间"] { #expect(!text.contains(banned)) }
    let scalars = Array(text.unicodeScalars)
    func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
    func isLatin(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar)
        || ("A"..."Z").contains(scalar)
    }
    for (left, right) in zip(scalars, scalars.dropFirst()) {
      #expect(
        !(isHan(left) && isLatin(right)) && !(isLatin(left) && isHan(right)),
        "\(name): no space between \(left) and \(right)")
    }
    // Full-width punctuation after Chinese text, never ASCII commas or colons.
    for (left, right) in zip(scalars, scalars.dropFirst()) where isHan(left) {
      #expect(
        ![",", ":", ";", "(", ")"].contains(right), "\(name): ASCII \(right) after \(left)")
    }
    for scalar in ["，", "。", "：", "；"] where text.contains(scalar) {
      #expect(!text.contains(scalar + " "), "\(name): space after full-width \(scalar)")
    }
  }

  /// Every laid-out text (help, the banner, the editor's texts, legends) fits an 80-column
  /// terminal, wide characters counting two. One-line messages may wrap, as bash's do.
  @Test(arguments: Language.allCases)
  func linesFitEightyColumns(language: Language) {
    for key in UIKey.allCases {
      // Placeholders filled with typical values (a version, a path, a count).
      var text = UIStrings(language).text(key)
      for name in Self.placeholders(text) { text = text.replacing("{\(name)}", with: "12345") }
      let lines = text.split(separator: "\n")
      guard lines.count > 1 else { continue }
      for line in lines {
        #expect(
          ColumnLayout.displayWidth(String(line)) <= 80,
          "\(language.rawValue).\(key.rawValue): \(line)|")
      }
    }
  }

  @Test func placeholdersAreFilled() {
    #expect(
      UIStrings(.en).text(.podAppeared, ["pod": "pod/web", "status": "Running", "ready": "1/1"])
        == "  pod/web appeared: Running (1/1 ready)")
    #expect(
      UIStrings(.zh).text(.podAppeared, ["pod": "pod/web", "status": "Running", "ready": "1/1"])
        == "  pod/web 已创建：Running（1/1 就绪）")
  }

  @Test(arguments: [
    (["LANG": "zh_CN.UTF-8"], Language.zh),
    (["LANG": "en_US.UTF-8"], .en),
    (["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], .zh),
    (["LC_ALL": "", "LC_MESSAGES": "C", "LANG": "zh_CN.UTF-8"], .en),
    (["LC_MESSAGES": "zh_CN.UTF-8"], .zh),
    ([:], .en),
    (["LANG": "C.UTF-8"], .en),
  ])
  func theEnvironmentChoosesTheLanguage(environment: [String: String], expected: Language) {
    #expect(Language.preferred(environment: environment) == expected)
  }

  @Test(arguments: [(0, "0:00"), (59, "0:59"), (75, "1:15"), (3_725, "1:02:05")])
  func elapsedTimeReadsLikeAStopwatch(seconds: Int64, text: String) {
    #expect(UIStrings.clock(.seconds(seconds)) == text)
  }
}
