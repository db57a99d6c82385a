import Lessons

/// A progress report's messages in the UI language: why a file was left out, what was noticed
/// about one, and the lines that say so on stderr (`kubetutor: progress report: PATH: reason`).
public struct ProgressWording: Sendable {
  /// Notes that say the same thing about more files than this are said once, for all of them.
  public static let groupAbove = 3

  let strings: UIStrings

  public init(_ strings: UIStrings) { self.strings = strings }

  /// Why a file was left out, in a few words.
  public func reason(_ problem: ProgressFileProblem) -> String {
    switch problem {
    case .missing: strings.text(.problemMissing)
    case .unreadable(let reason): strings.text(.problemUnreadable, ["reason": reason])
    case .isDirectory: strings.text(.problemDirectory)
    case .noJSONFiles: strings.text(.problemNoJSONFiles)
    case .notRegularFile: strings.text(.problemNotRegular)
    case .tooLarge: strings.text(.problemTooLarge)
    case .empty: strings.text(.problemEmpty)
    case .binary: strings.text(.problemBinary)
    case .notJSON(let detail):
      strings.text(.problemNotJSON, ["detail": Self.printable(detail)])
    case .wrongShape(.notAnObject): strings.text(.problemNotAnObject)
    case .wrongShape(.otherFormat(let format)):
      strings.text(.problemOtherFormat, ["format": Self.printable(String(format.prefix(40)))])
    case .wrongShape(.noLessons): strings.text(.problemNoLessons)
    }
  }

  /// A note, in a few words.
  public func text(_ note: ProgressNote) -> String {
    switch note {
    case .newerFormat(let version): strings.text(.noteNewerFormat, ["version": "\(version)"])
    case .rawProgressFile: strings.text(.noteRawProgress)
    case .ignoredField(let field): strings.text(.noteIgnoredField, ["field": field])
    case .ignoredLesson: strings.text(.noteIgnoredLesson)
    case .tooManyLessons(let kept, let count):
      strings.text(.noteTooManyLessons, ["count": "\(count)", "kept": "\(kept)"])
    case .lessonChanged(let lesson): strings.text(.noteLessonChanged, ["lesson": lesson])
    case .unknownSteps(let lesson, let steps):
      strings.text(
        .noteUnknownSteps, ["lesson": lesson, "steps": steps.joined(separator: ", ")])
    case .unknownLesson(let lesson): strings.text(.noteUnknownLesson, ["lesson": lesson])
    case .duplicate(let path): strings.text(.noteDuplicate, ["path": Self.printable(path)])
    case .superseded(let path): strings.text(.noteSuperseded, ["path": Self.printable(path)])
    }
  }

  /// The stderr lines of a report: each file left out, then the notes, one line each; a note
  /// that concerns more than ``groupAbove`` files is one line naming the first of them.
  public func diagnostics(_ report: ProgressReport) -> String {
    var lines = report.problems.map {
      strings.text(.reportProblem, ["path": Self.printable($0.path), "reason": reason($0.problem)])
    }
    var order: [String] = []
    var paths: [String: [String]] = [:]
    for note in report.notes {
      let text = text(note.note)
      if paths[text] == nil { order.append(text) }
      paths[text, default: []].append(note.path)
    }
    for text in order {
      guard let files = paths[text] else { continue }
      if files.count > Self.groupAbove {
        let many = strings.text(
          .reportManyFiles, ["first": Self.printable(files[0]), "more": "\(files.count - 1)"])
        lines.append(strings.text(.reportNote, ["path": many, "note": text]))
      } else {
        lines += files.map {
          strings.text(.reportNote, ["path": Self.printable($0), "note": text])
        }
      }
    }
    return lines.joined()
  }

  /// `text` safe to show on a terminal: control and bidirectional-override characters (which
  /// could move the cursor, clear the screen or disguise a name) become `?`.
  public static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: ProgressExport.isInvisibleControl) else {
      return text
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(ProgressExport.isInvisibleControl(scalar) ? "?" : scalar)
    }
    return String(scalars)
  }
}
