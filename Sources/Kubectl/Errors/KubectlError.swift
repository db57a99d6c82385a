import Cluster

/// Every way a kubectl command fails, as data; ``render(into:)`` is the one place that words
/// them as kubectl's `cmdutil.CheckErr` does.
public indirect enum KubectlError: Error, Equatable, Sendable {
  /// A plain error: `error: <message>`.
  case message(String)
  /// `error: ` and a kubetutor note: a limit of the simulation.
  case note(SimulatorNote)
  /// A usage error: `error: <message>` + `See 'kubectl <command> -h' for help and examples`.
  case usage(command: String, message: String)
  /// A flag parsing error: `error: <message>` + `See 'kubectl <command> --help' for usage.`.
  case flag(command: String, message: String)
  /// An API status error, optionally from a file (`error when creating "pod.yaml": `).
  case api(APIError, source: String?)
  /// Text printed verbatim, with its own exit status (`command terminated with exit code 3`).
  case verbatim(String, exitCode: Int32)
  /// `kubectl foo`: unknown command, with suggestions.
  case unknownCommand(String, suggestions: [String])
  /// Several errors, one line each (aggregate).
  case several([KubectlError])

  /// An error the API server returned for an object from `source` (`error when creating
  /// "pod.yaml": `); the simulator's own limits become a kubetutor note.
  static func server(_ error: APIError, source: String) -> KubectlError {
    if case .tooManyPods(let limit) = error {
      return .note(SimulatorNote(.podLimit, ["limit": "\(limit)"]))
    }
    return .api(error, source: source)
  }

  /// Writes the error to stderr and sets the exit status.
  public func render(into output: inout CommandOutput) {
    switch self {
    case .verbatim(let text, let code):
      output.err(text)
      output.exitCode = code
    case .several(let errors):
      for error in errors {
        if case .note(let note) = error {
          output.note(note)
        } else {
          output.err(error.line(prefixed: false) + "\n")
        }
      }
      output.exitCode = 1
    case .note(let note):
      output.note(note, prefix: "error: ")
      output.exitCode = 1
    default:
      output.err(line(prefixed: true) + "\n")
      output.exitCode = 1
    }
  }

  /// The error's text; in an aggregate, plain errors lose their `error: ` prefix.
  func line(prefixed: Bool) -> String {
    let plain = prefixed ? "error: " : ""
    switch self {
    case .message(let text): return text.hasPrefix("error: ") ? text : plain + text
    case .note(let note): return plain + note.english
    case .usage(let command, let text):
      return plain + text + "\nSee 'kubectl \(command) -h' for help and examples"
    case .flag(let command, let text):
      return plain + text + "\nSee 'kubectl \(command) --help' for usage."
    case .api(let error, let source):
      if case .invalid(let kind, let name, let causes) = error {
        if causes.count == 1 { return "The \(kind) \"\(name)\" is invalid: \(causes[0].text)" }
        return "The \(kind) \"\(name)\" is invalid: \n"
          + causes.map { "* " + $0.text }.joined(separator: "\n")
      }
      // An error without a reason (the storage's own) is printed without the parentheses.
      let reason = error.reason.isEmpty ? "" : " (\(error.reason))"
      return "Error from server\(reason): " + (source ?? "") + error.message
    case .verbatim(let text, _): return text
    case .unknownCommand(let name, let suggestions):
      var text = plain + "unknown command \"\(name)\" for \"kubectl\""
      if !suggestions.isEmpty {
        text += "\n\nDid you mean this?\n" + suggestions.map { "\t" + $0 }.joined(separator: "\n")
      }
      return text
    case .several(let errors):
      return errors.map { $0.line(prefixed: false) }.joined(separator: "\n")
    }
  }
}
