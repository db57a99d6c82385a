import Kubectl

/// Draws a ``Transcript`` as a terminal block: prompts, the commands (copyable), the output.
enum TranscriptHTML {
  /// The block for `transcript`; `copyLabel` names the copy button ("Copy", "复制").
  static func render(_ transcript: Transcript, copyLabel: String, terminalLabel: String) -> String {
    // The copy button takes the commands the reader types, never prompts or output.
    let commands = transcript.entries.map(\.command).joined(separator: "\n")
    var html =
      "<div class=\"terminal\" role=\"group\" aria-label=\"\(HTML.escape(terminalLabel))\">"
      + "<button class=\"copy\" type=\"button\" data-copy=\"\(HTML.escape(commands))\" hidden>"
      + HTML.escape(copyLabel) + "</button><pre><code>"
    for entry in transcript.entries {
      let kind = entry.prompt.hasPrefix("$") ? "host" : "container"
      html +=
        "<span class=\"prompt \(kind)\">\(HTML.escape(entry.prompt))</span>"
        + "<kbd class=\"command\">\(HTML.escape(entry.command))</kbd>\n"
      for chunk in merged(entry.output) {
        html +=
          chunk.stream == .stderr
          ? "<samp class=\"stderr\">\(HTML.escape(chunk.text))</samp>"
          : "<samp>\(HTML.escape(chunk.text))</samp>"
      }
    }
    return html + "</code></pre></div>"
  }

  /// Neighbouring chunks of one stream joined, so the page has one element per stretch.
  static func merged(_ chunks: [CommandOutput.Chunk]) -> [CommandOutput.Chunk] {
    var result: [CommandOutput.Chunk] = []
    for chunk in chunks where !chunk.text.isEmpty {
      if let last = result.last, last.stream == chunk.stream {
        result[result.count - 1].text += chunk.text
      } else {
        result.append(CommandOutput.Chunk(stream: chunk.stream, text: chunk.text))
      }
    }
    return result
  }
}
