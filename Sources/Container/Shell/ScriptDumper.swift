/// Renders a `Script` as an indented tree, one node per line (the cheapest complete parser test).
public enum ScriptDumper {
  /// The tree text of `script`, ending with a newline.
  public static func dump(_ script: Script) -> String {
    var lines: [String] = []
    dump(script, indent: 0, into: &lines)
    return lines.map { $0 + "\n" }.joined()
  }

  private static func dump(_ script: Script, indent: Int, into lines: inout [String]) {
    let pad = String(repeating: "  ", count: indent)
    lines.append(pad + "Script")
    for item in script.items {
      lines.append(pad + "  AndOr" + (item.background ? " &" : ""))
      dump(item.andOr.first, indent: indent + 2, into: &lines)
      for (connector, pipeline) in item.andOr.rest {
        lines.append(pad + "    " + connector.rawValue)
        dump(pipeline, indent: indent + 2, into: &lines)
      }
    }
  }

  private static func dump(_ pipeline: Pipeline, indent: Int, into lines: inout [String]) {
    let pad = String(repeating: "  ", count: indent)
    lines.append(pad + "Pipeline" + (pipeline.negated ? " !" : ""))
    for command in pipeline.commands { dump(command, indent: indent + 1, into: &lines) }
  }

  private static func dump(_ command: ShellCommand, indent: Int, into lines: inout [String]) {
    let pad = String(repeating: "  ", count: indent)
    switch command {
    case .simple(let simple):
      lines.append(pad + "Simple line=\(simple.line)")
      for assignment in simple.assignments {
        lines.append(pad + "  Assign \(assignment.name)=\(describe(assignment.value))")
      }
      for word in simple.words { lines.append(pad + "  Word \(describe(word))") }
      dump(simple.redirections, pad: pad + "  ", into: &lines)
    case .ifClause(let branches, let elseBody, let redirections):
      lines.append(pad + "If")
      for branch in branches {
        lines.append(pad + "  Condition")
        dump(branch.condition, indent: indent + 2, into: &lines)
        lines.append(pad + "  Then")
        dump(branch.body, indent: indent + 2, into: &lines)
      }
      if let elseBody {
        lines.append(pad + "  Else")
        dump(elseBody, indent: indent + 2, into: &lines)
      }
      dump(redirections, pad: pad + "  ", into: &lines)
    case .loop(let condition, let body, let until, let redirections):
      lines.append(pad + (until ? "Until" : "While"))
      dump(condition, indent: indent + 1, into: &lines)
      lines.append(pad + "  Do")
      dump(body, indent: indent + 2, into: &lines)
      dump(redirections, pad: pad + "  ", into: &lines)
    case .forLoop(let name, let words, let body, let redirections):
      lines.append(
        pad + "For \(name)" + (words.map { " in " + $0.map(describe).joined(separator: " ") } ?? "")
      )
      dump(body, indent: indent + 1, into: &lines)
      dump(redirections, pad: pad + "  ", into: &lines)
    case .caseClause(let subject, let items, let redirections):
      lines.append(pad + "Case \(describe(subject))")
      for item in items {
        lines.append(pad + "  Pattern " + item.patterns.map(describe).joined(separator: " | "))
        dump(item.body, indent: indent + 2, into: &lines)
      }
      dump(redirections, pad: pad + "  ", into: &lines)
    case .group(let body, let redirections):
      lines.append(pad + "Group")
      dump(body, indent: indent + 1, into: &lines)
      dump(redirections, pad: pad + "  ", into: &lines)
    case .subshell(let body, let redirections):
      lines.append(pad + "Subshell")
      dump(body, indent: indent + 1, into: &lines)
      dump(redirections, pad: pad + "  ", into: &lines)
    case .functionDefinition(let name, let body):
      lines.append(pad + "Function \(name)")
      dump(body, indent: indent + 1, into: &lines)
    }
  }

  private static func dump(_ redirections: [Redirection], pad: String, into lines: inout [String]) {
    for redirection in redirections {
      lines.append(
        pad + "Redirect \(redirection.fd)\(redirection.op.rawValue) \(describe(redirection.target))"
      )
    }
  }

  /// A compact structural rendering of a word: `lit(echo)`, `sq(a b)`, `dq[lit(x) $HOME]`.
  static func describe(_ word: Word) -> String {
    word.parts.map(describe).joined()
  }

  private static func describe(_ part: Word.Part) -> String {
    switch part {
    case .literal(let text): "lit(\(text))"
    case .quoted(let text): "sq(\(text))"
    case .doubleQuoted(let parts): "dq[" + parts.map(describe).joined(separator: " ") + "]"
    case .parameter(let expansion):
      "${" + expansion.name + expansion.op.rawValue + (expansion.word.map(describe) ?? "") + "}"
    case .commandSubstitution(let script):
      "$(" + script.items.count.description + " items)"
    case .arithmetic(let text): "$((\(text)))"
    }
  }
}
