import Testing

@testable import Container

/// The parser, tested through tree dumps and error values.
@Suite struct ParserTests {
  @Test func dumpsTheLifecycleDemoPreStop() throws {
    let script = try Parser.parse("nginx -s quit; while killall -0 nginx; do sleep 1; done")
    #expect(
      ScriptDumper.dump(script) == """
        Script
          AndOr
            Pipeline
              Simple line=1
                Word lit(nginx)
                Word lit(-s)
                Word lit(quit)
          AndOr
            Pipeline
              While
                Script
                  AndOr
                    Pipeline
                      Simple line=1
                        Word lit(killall)
                        Word lit(-0)
                        Word lit(nginx)
                Do
                  Script
                    AndOr
                      Pipeline
                        Simple line=1
                          Word lit(sleep)
                          Word lit(1)

        """)
  }

  @Test func dumpsWordsRedirectionsAndAssignments() throws {
    let script = try Parser.parse("X=1 echo \"a $HOME\" 'b' ${Y:-z} 2>&1 >> /tmp/out | cat &")
    #expect(
      ScriptDumper.dump(script) == """
        Script
          AndOr &
            Pipeline
              Simple line=1
                Assign X=lit(1)
                Word lit(echo)
                Word dq[lit(a ) ${HOME}]
                Word sq(b)
                Word ${Y:-lit(z)}
                Redirect 2>& lit(1)
                Redirect 1>> lit(/tmp/out)
              Simple line=1
                Word lit(cat)

        """)
  }

  @Test func dumpsIfCaseForAndFunctions() throws {
    let script = try Parser.parse(
      "if a; then b; elif c; then d; else e; fi\ncase $x in a|b) y;; esac\nfor i in 1 2; do :; done\nf() { g; }"
    )
    #expect(
      ScriptDumper.dump(script) == """
        Script
          AndOr
            Pipeline
              If
                Condition
                  Script
                    AndOr
                      Pipeline
                        Simple line=1
                          Word lit(a)
                Then
                  Script
                    AndOr
                      Pipeline
                        Simple line=1
                          Word lit(b)
                Condition
                  Script
                    AndOr
                      Pipeline
                        Simple line=1
                          Word lit(c)
                Then
                  Script
                    AndOr
                      Pipeline
                        Simple line=1
                          Word lit(d)
                Else
                  Script
                    AndOr
                      Pipeline
                        Simple line=1
                          Word lit(e)
          AndOr
            Pipeline
              Case ${x}
                Pattern lit(a) | lit(b)
                  Script
                    AndOr
                      Pipeline
                        Simple line=2
                          Word lit(y)
          AndOr
            Pipeline
              For i in lit(1) lit(2)
                Script
                  AndOr
                    Pipeline
                      Simple line=3
                        Word lit(:)
          AndOr
            Pipeline
              Function f
                Group
                  Script
                    AndOr
                      Pipeline
                        Simple line=4
                          Word lit(g)

        """)
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var source: String
    var error: ShellSyntaxError
    var dash: String
    var testDescription: String { source }
  }

  static let errors: [ErrorCase] = [
    ErrorCase(
      source: "while true; do echo",
      error: ShellSyntaxError(.unexpectedEnd(expecting: "done"), line: 1),
      dash: "sh: 1: Syntax error: end of file unexpected (expecting \"done\")\n"),
    ErrorCase(
      source: "done", error: ShellSyntaxError(.unexpectedToken("done", expecting: nil), line: 1),
      dash: "sh: 1: Syntax error: \"done\" unexpected\n"),
    ErrorCase(
      source: "if true; fi",
      error: ShellSyntaxError(.unexpectedToken("fi", expecting: "then"), line: 1),
      dash: "sh: 1: Syntax error: \"fi\" unexpected (expecting \"then\")\n"),
    ErrorCase(
      source: "echo \"abc", error: ShellSyntaxError(.unterminatedQuote, line: 1),
      dash: "sh: 1: Syntax error: Unterminated quoted string\n"),
    ErrorCase(
      source: "echo )", error: ShellSyntaxError(.unexpectedToken(")", expecting: nil), line: 1),
      dash: "sh: 1: Syntax error: \")\" unexpected\n"),
    ErrorCase(
      source: "echo a\n\nif", error: ShellSyntaxError(.unexpectedEnd(expecting: nil), line: 3),
      dash: "sh: 3: Syntax error: end of file unexpected\n"),
    ErrorCase(
      source: "echo >",
      error: ShellSyntaxError(.unexpectedToken("end of file", expecting: nil), line: 1),
      dash: "sh: 1: Syntax error: end of file unexpected\n"),
    ErrorCase(
      source: "echo $(ls", error: ShellSyntaxError(.unexpectedEnd(expecting: ")"), line: 1),
      dash: "sh: 1: Syntax error: end of file unexpected (expecting \")\")\n"),
  ]

  @Test(arguments: errors) func syntaxErrors(_ c: ErrorCase) {
    #expect(throws: c.error) { try Parser.parse(c.source) }
    #expect(
      ShellMessage.syntax(c.error).render(
        flavor: .dash, arg0: "sh", line: c.error.line, mode: .commandString) == c.dash)
  }

  @Test func bashAndAshSyntaxWording() {
    let error = ShellSyntaxError(.unexpectedToken("done", expecting: nil), line: 1)
    #expect(
      ShellMessage.syntax(error).render(flavor: .bash, arg0: "bash", line: 1, mode: .interactive)
        == "bash: syntax error near unexpected token `done'\n")
    #expect(
      ShellMessage.syntax(error).render(
        flavor: .bash, arg0: "bash", line: 1, mode: .commandString, sourceLine: "done")
        == "bash: -c: line 1: syntax error near unexpected token `done'\nbash: -c: line 1: `done'\n"
    )
    let eof = ShellSyntaxError(.unexpectedEnd(expecting: "done"), line: 1)
    #expect(
      ShellMessage.syntax(eof).render(flavor: .ash, arg0: "sh", line: 1, mode: .commandString)
        == "sh: line 1: syntax error: unexpected end of file (expecting \"done\")\n")
  }

  @Test func nestingIsBounded() {
    let deep = String(repeating: "(", count: 500) + "echo" + String(repeating: ")", count: 500)
    #expect(throws: ShellSyntaxError.self) { try Parser.parse(deep) }
    let subs = String(repeating: "$(", count: 300) + "x" + String(repeating: ")", count: 300)
    #expect(throws: ShellSyntaxError.self) { try Parser.parse(subs) }
  }

  @Test(arguments: [
    "", ";", "&&", "|", "'", "\"", "$", "${", "${x", "$((", "`", "\\", "<<", "case", "for",
    "for x in", "f()", "{", "}", "!", "a |", "a &&", "a ||", "((", "))", ";;", "${#}", "${x%}",
    "<<EOF\n", "cat <<-X\n\tbody\nX\n",
  ])
  func arbitraryInputDoesNotCrash(_ source: String) {
    _ = try? Parser.parse(source)
  }
}
