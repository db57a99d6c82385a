import Cluster

/// One `-f` input read as text, named as kubectl names it in messages (the path or URL as typed).
struct ManifestSource: Sendable {
  var name: String
  var text: String
  /// go-yaml's reader error for the file's bytes (``GoYAMLReader``), found before any parsing.
  var readerProblem: String?

  /// Reads every `-f` argument: files, directories (their .json/.yaml/.yml files, sorted),
  /// `-` for stdin, and the offline catalog of example URLs.
  static func read(_ arguments: [String], recursive: Bool, environment: KubectlEnvironment)
    throws(KubectlError) -> [ManifestSource]
  {
    var sources: [ManifestSource] = []
    for argument in arguments {
      if argument == "-" {
        sources.append(ManifestSource(name: "STDIN", text: environment.stdin))
        continue
      }
      if argument.hasPrefix("http://") || argument.hasPrefix("https://") {
        guard let text = OfflineCatalog.manifest(at: argument) else {
          throw .several([
            .message(
              "Get \"\(argument)\": dial tcp: lookup \(OfflineCatalog.host(of: argument)): no such host"
            )
            .prefixedError,
            .note(SimulatorNote(.offline)),
          ])
        }
        sources.append(ManifestSource(name: argument, text: text))
        continue
      }
      let path = Paths.resolve(argument, from: environment.workingDirectory)
      switch environment.files.read(path) {
      case .file(let text):
        sources.append(
          ManifestSource(
            name: argument, text: text,
            readerProblem: Self.readerProblem(text, at: path, in: environment.files)))
      case .directory(let entries):
        let manifests = entries.filter {
          $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json")
        }.sorted()
        if manifests.isEmpty && !recursive {
          throw .message(
            "error reading [\(argument)]: recognized file extensions are [.json .yaml .yml]")
        }
        for entry in manifests {
          if case .file(let text) = environment.files.read(path + "/" + entry) {
            let shown = Paths.goJoin(argument, entry)
            sources.append(
              ManifestSource(
                name: shown, text: text,
                readerProblem: Self.readerProblem(
                  text, at: path + "/" + entry, in: environment.files)))
          }
        }
      case .missing:
        throw .message("the path \"\(argument)\" does not exist")
      }
    }
    return sources
  }

  /// go-yaml's reader error for a file that was not valid UTF-8 (only such a file's text holds
  /// U+FFFD, so only then are its bytes read again).
  private static func readerProblem(_ text: String, at path: String, in files: any FileSource)
    -> String?
  {
    guard text.unicodeScalars.contains("\u{FFFD}"), let bytes = files.invalidUTF8Bytes(path)
    else { return nil }
    return GoYAMLReader.problem(in: bytes)
  }
}

extension ManifestSource {
  /// The JSON documents of the source, or kubectl's `error parsing <name>: …` message.
  func documents() throws(KubectlError) -> [JSONValue] {
    if let readerProblem {
      throw .message("error parsing \(name): error converting YAML to JSON: yaml: \(readerProblem)")
    }
    do {
      return try ManifestParser.documents(from: text)
    } catch {
      if error == .tooLarge {
        throw .api(
          .requestEntityTooLarge(limit: ClusterLimits.requestBytes),
          source: "error when creating \"\(name)\": ")
      }
      let conversion = error.isYAML ? "error converting YAML to JSON: " : ""
      throw .message("error parsing \(name): \(conversion)\(error.message)")
    }
  }
}

extension KubectlError {
  /// A plain error that keeps its `error: ` prefix inside an aggregate.
  var prefixedError: KubectlError {
    if case .message(let text) = self { return .message("error: " + text) }
    return self
  }
}

/// Path arithmetic for the outer shell's files.
public enum Paths {
  /// An absolute, normalised path (`.` and `..` resolved) for `path` typed in `directory`.
  public static func resolve(_ path: String, from directory: String) -> String {
    let joined = path.hasPrefix("/") ? path : directory + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        _ = parts.popLast()
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Go's `filepath.Join`: how kubectl names a file it found in a directory (`-f .` gives
  /// `pod.yaml`, `-f ./pods/` gives `pods/pod.yaml`): joined, then cleaned lexically.
  public static func goJoin(_ directory: String, _ name: String) -> String {
    let path = directory + "/" + name
    let rooted = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        if let last = parts.last, last != ".." {
          parts.removeLast()
        } else if !rooted {
          parts.append(part)
        }
        continue
      }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return rooted ? "/" + joined : joined.isEmpty ? "." : joined
  }
}
