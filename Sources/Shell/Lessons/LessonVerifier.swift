import Cluster
import Container
import Kubectl
import Lessons

/// `kubetutor lessons check`: proves each lesson solvable and its text in order, the way a
/// compiler checks a program, with every problem named by file and line.
public enum LessonVerifier {
  /// What one lesson's check found.
  public struct Report: Sendable {
    public var lesson: String
    public var problems: [String]
    /// Steps proven (checks fail before and pass after the solution).
    public var stepsProven: Int
  }

  /// Checks every lesson of `catalog`; its load errors come first, as reports of their own.
  public static func verify(_ catalog: LessonCatalog) -> [Report] {
    var reports = catalog.errors.map {
      Report(lesson: $0.path, problems: [$0.description], stepsProven: 0)
    }
    for lesson in catalog.lessons { reports.append(verify(lesson)) }
    return reports
  }

  /// Checks one lesson.
  public static func verify(_ lesson: Lesson) -> Report {
    var problems: [String] = []
    let data = lesson.directory + "/lesson.yaml"
    var proven = 0
    // Manifests: each one the lesson hands out applies cleanly on a fresh cluster.
    for file in lesson.files where [".yaml", ".yml", ".json"].contains(where: file.name.hasSuffix) {
      var session = LessonReplay.session(for: lesson)
      var output = TranscriptBuffer()
      session.run(line: "kubectl apply -f " + file.name, output: &output)
      if session.lastStatus != 0 {
        problems.append("\(lesson.directory)/\(file.name): kubectl apply fails: \(output.stderr)")
      }
    }
    // Steps: from a fresh cluster, each step's checks fail before its solution and pass after.
    var session = LessonReplay.session(for: lesson)
    var output = TranscriptBuffer()
    for line in lesson.setup.lines { session.run(line: line, output: &output) }
    for (number, step) in zip(1..., lesson.steps) {
      if step.checks.allSatisfy({ $0.finding(in: session.cluster) == nil }) {
        problems.append(
          "\(data):\(step.line): step \(number) `\(step.id)`: its checks already pass before its solution"
        )
      }
      for (line, fails) in step.commands {
        var transcript = TranscriptBuffer()
        session.run(line: line, output: &transcript)
        // Only a line that ends a command has a status (not one inside a here-document).
        guard session.isAtCommandPrompt else { continue }
        let failed = session.lastStatus != 0
        if failed && !fails {
          let said = transcript.stderr.split(separator: "\n").first.map(String.init) ?? ""
          problems.append(
            "\(data):\(step.line): step \(number) `\(step.id)`: `\(line)` fails (status \(session.lastStatus)): \(said) (write `! \(line)` if that is meant)"
          )
        } else if fails && !failed {
          problems.append(
            "\(data):\(step.line): step \(number) `\(step.id)`: `\(line)` is marked `!` (meant to fail) but succeeds"
          )
        }
      }
      let findings = step.checks.compactMap { $0.finding(in: session.cluster) }
      if findings.isEmpty {
        proven += 1
      } else {
        let said = findings.map { $0.text(.en) }.joined(separator: " ")
        problems.append(
          "\(data):\(step.line): step \(number) `\(step.id)`: its checks fail after its solution: \(said)"
        )
      }
      if session.execSession != nil {
        problems.append(
          "\(data):\(step.line): step \(number) `\(step.id)`: the solution leaves a container shell open (end it with `exit`)"
        )
      }
    }
    // Text: translations in step with the English, and only commands the simulator accepts.
    problems += lesson.styleProblems.map(\.description)
    for language in Language.allCases where language != .en {
      let path = lesson.directory + "/" + language.rawValue + ".md"
      problems += TranslationStatus(of: lesson, in: language).messages(path: path)
    }
    for language in Language.allCases {
      guard let prose = lesson.prose[language] else { continue }
      let sections = [prose.intro] + prose.steps + (prose.finish.map { [$0] } ?? [])
      for command in sections.flatMap(\.commands) {
        if let problem = commandProblem(command.text, inContainer: command.inContainer) {
          problems.append("\(prose.path):\(command.line): `\(command.text)`: \(problem)")
        }
      }
    }
    return Report(lesson: lesson.id, problems: problems, stepsProven: proven)
  }

  /// Why the simulator would not accept `text` as typed, or nil.
  static func commandProblem(_ text: String, inContainer: Bool) -> String? {
    if inContainer {
      do {
        _ = try Parser.parse(text)
        return nil
      } catch {
        return "the container's shell cannot parse it: \(error)"
      }
    }
    let command: OuterCommand
    do {
      command = try OuterCommand.parse(text)
    } catch {
      return error.message(UIStrings(.en)).trimmingSpaces.split(separator: "\n").joined(
        separator: " ")
    }
    if case .kubectl(let arguments) = command, let error = Kubectl.grammarError(arguments) {
      // One problem, one line: kubectl's suggestions join the message.
      return error.split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        .joined(separator: " ")
    }
    return nil
  }
}
