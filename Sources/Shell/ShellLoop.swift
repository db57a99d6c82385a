/// Drives a ``ShellSession`` from a ``LineReader`` into an ``OutputSink``: the REPL itself.
///
/// Used the same way by `kubetutor run` (a ``StreamLineReader``), the interactive shell
/// (``EditLineReader``) and the tests (``ScriptedLineReader``).
public enum ShellLoop {
  /// Reads lines until the input ends or `exit` runs.
  ///
  /// When the reader does not echo (a script, a pipe), each line is written after its prompt
  /// as a terminal would show it, so the output is a transcript.
  /// - Returns: the status the program should exit with: `exit`'s argument, otherwise 0.
  public static func run(
    session: inout ShellSession, reader: inout some LineReader, output: inout some OutputSink
  ) -> Int32 {
    var size: (columns: Int, rows: Int)?
    while !session.isFinished {
      let prompt = session.prompt
      let newCommand = session.isAtCommandPrompt
      if reader.completes { reader.prepareCompletion(session.completionContext) }
      output.note(.prompted(prompt))
      let input = reader.readLine(prompt: prompt)
      // The window may have been resized while the line was typed.
      if let columns = reader.columns {
        session.columns = max(20, columns)
        let now = (columns: columns, rows: reader.rows ?? 24)
        if let before = size, before != now {
          output.note(.resized(columns: now.columns, rows: now.rows))
        }
        size = now
      }
      switch input {
      case .line(let line) where line.utf8.count > ShellLimits.lineBytes:
        output.note(.entered(prompt: prompt, line: "", echoed: reader.echoesInput))
        session.dropLongLine(bytes: line.utf8.count, output: &output)
      case .tooLong(let bytes):
        output.note(.entered(prompt: prompt, line: "", echoed: reader.echoesInput))
        session.dropLongLine(bytes: bytes, output: &output)
      case .line(let line):
        output.note(.entered(prompt: prompt, line: line, echoed: reader.echoesInput))
        if newCommand && !line.allSatisfy(\.isWhitespace)
          && line.utf8.count <= ShellLimits.historyLineBytes
        {
          reader.remember(line)
        }
        // What one line shows is bounded; the rest is counted and said.
        var bounded = BoundedSink(base: output, limit: ShellLimits.outputBytes)
        session.run(line: line, output: &bounded)
        output = bounded.base
        if bounded.dropped > 0 {
          if !bounded.endsLine { output.write("\n", to: .stdout) }
          output.write(
            session.strings.text(
              .outputCut,
              ["dropped": "\(bounded.dropped)", "limit": "\(ShellLimits.outputBytes)"]),
            to: .stderr)
        }
        output.note(.finished(at: session.cluster.now))
      case .ignored:
        output.write("\n", to: .stdout)
      case .interrupt:
        output.write("^C\n", to: .stdout)
        session.interrupt()
      case .end:
        // Ctrl-D leaves the cursor after the prompt; inside a container the session answers `exit`.
        if reader.echoesInput && session.execSession == nil { output.write("\n", to: .stdout) }
        if session.endOfInput(output: &output) {
          output.flush()
          return session.exitStatus ?? 0
        }
      }
      output.flush()
    }
    output.flush()
    return session.exitStatus ?? 0
  }
}
