/// One command of a pipeline: a simple command or a compound command with its redirections.
public indirect enum ShellCommand: Equatable, Sendable {
  /// `NAME=value … word … redirections`.
  case simple(SimpleCommand)
  /// `if … then … [elif … then …] [else …] fi`.
  case ifClause(branches: [ConditionalBranch], elseBody: Script?, redirections: [Redirection])
  /// `while …; do …; done` (or `until` when `until` is true).
  case loop(condition: Script, body: Script, until: Bool, redirections: [Redirection])
  /// `for name [in words]; do …; done`.
  case forLoop(name: String, words: [Word]?, body: Script, redirections: [Redirection])
  /// `case word in pattern) … ;; esac`.
  case caseClause(subject: Word, items: [CaseItem], redirections: [Redirection])
  /// `{ …; }`.
  case group(Script, redirections: [Redirection])
  /// `( … )`.
  case subshell(Script, redirections: [Redirection])
  /// `name() compound-command`.
  case functionDefinition(name: String, body: ShellCommand)
}
