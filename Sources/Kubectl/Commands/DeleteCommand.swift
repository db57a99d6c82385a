import Cluster
import Container

/// `kubectl delete pod NAME…`, `delete -f FILE`, `delete pods --all`; waits for the objects to go.
struct DeleteCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("filename", "f", .stringArray),
      FlagSpec("grace-period", nil, .int),
      FlagSpec("now", nil, .bool),
      FlagSpec("force", nil, .bool),
      FlagSpec("wait", nil, .bool),
      FlagSpec("timeout", nil, .string),
      FlagSpec("ignore-not-found", nil, .bool),
      FlagSpec("all", nil, .bool),
      FlagSpec("selector", "l", .string),
      FlagSpec("output", "o", .string),
      FlagSpec("dry-run", nil, .optionalString(bare: "unchanged")),
      FlagSpec("recursive", "R", .bool),
    ]

  var parsed: ParsedArguments
  var namespace: String
  var grace: Int64?
  var force: Bool
  var wait: Bool

  init(_ arguments: [String], namespace: String?) throws(KubectlError) {
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("delete")
    }
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    let requested = parsed.int("grace-period") ?? -1
    force = parsed.bool("force")
    if parsed.bool("now") && requested != -1 {
      throw .message("--now and --grace-period cannot be specified together")
    }
    if force && requested > 0 {
      throw .message("--force and --grace-period greater than 0 cannot be specified together")
    }
    if let format = parsed.string("output"), format != "name" {
      throw .message("unexpected -o output mode: \(format). We only support '-o name'")
    }
    if parsed.bool("all") && parsed.has("selector") {
      throw .message("cannot set --all and --selector at the same time")
    }
    if parsed.bool("now") {
      grace = 1
    } else if force {
      grace = requested < 0 ? 0 : requested
    } else if requested == 0 {
      grace = 1  // "we convert --grace-period=0 into --grace-period=1" unless --force
    } else if requested > 0 {
      grace = requested
    }
    wait = parsed.bool("wait", default: true)
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws(KubectlError) {
    var targets: [(name: String, namespace: String, source: String?)] = []
    let files = parsed.strings("filename")
    if !files.isEmpty {
      for source in try ManifestSource.read(
        files, recursive: parsed.bool("recursive"), environment: environment)
      {
        let documents = try source.documents()
        for document in documents {
          try ApplyCommand.checkTypeMeta(document, source: source.name)
          let declared = document["metadata"]?["namespace"]?.asString
          targets.append(
            (document["metadata"]?["name"]?.asString ?? "", declared ?? namespace, source.name))
        }
      }
    } else if let selection = try ResourceSelection.parse(parsed.positional, command: "delete") {
      guard selection.type == .pods || selection.type == .all else {
        throw .note(
          SimulatorNote(.deletePodsOnly, ["type": selection.type.rawValue]))
      }
      if selection.names.isEmpty {
        guard parsed.bool("all") || parsed.has("selector") else {
          throw .message("resource(s) were provided, but no name was specified")
        }
        var pods = cluster.pods(in: namespace)
        if let text = parsed.string("selector") {
          let selector = try GetCommand.parseSelector(text)
          pods = pods.filter { p in selector.allSatisfy { p.metadata.labels?[$0.key] == $0.value } }
        }
        if pods.isEmpty {
          output.out("No resources found\n")
          return
        }
        targets = pods.map { ($0.name, $0.namespace, nil) }
      } else {
        targets = selection.names.map { ($0, namespace, nil) }
      }
    } else {
      throw .verbatim(
        "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
        exitCode: 1)
    }
    let dryRun = parsed.string("dry-run").flatMap { $0 == "none" ? nil : $0 }
    if force && grace == 0 && dryRun == nil {
      output.err(
        "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n"
      )
    }
    var errors: [KubectlError] = []
    var waitFor: [(name: String, namespace: String, uid: String?)] = []
    for target in targets {
      guard let pod = cluster.pod(named: target.name, in: target.namespace) else {
        if !parsed.bool("ignore-not-found") {
          errors.append(
            .api(
              .notFound(resource: "pods", name: target.name),
              source: target.source.map { "error when deleting \"\($0)\": " }))
        }
        continue
      }
      if dryRun == nil {
        do {
          _ = try cluster.delete(podNamed: target.name, in: target.namespace, gracePeriod: grace)
        } catch {
          errors.append(.api(error, source: nil))
          continue
        }
      }
      let verb = force && grace == 0 ? "force deleted" : "deleted"
      let suffix = dryRun == "server" ? " (server dry run)" : dryRun != nil ? " (dry run)" : ""
      output.out(
        parsed.string("output") == "name"
          ? "pod/\(target.name)\n"
          : "pod \"\(target.name)\" \(verb) from \(target.namespace) namespace\(suffix)\n")
      if dryRun == nil { waitFor.append((target.name, target.namespace, pod.metadata.uid)) }
    }
    if wait && !waitFor.isEmpty {
      let limit = Self.waitLimit(parsed.string("timeout"))
      let outcome = cluster.advance(
        until: { cluster in
          waitFor.allSatisfy { target in
            cluster.pod(named: target.name, in: target.namespace)?.metadata.uid != target.uid
          }
        }, limit: limit, pacer: environment.pacer,
        activity: .deletion(pods: waitFor.map(\.name)), output: &output)
      // On Ctrl-C kubectl dies; the deletion it asked for goes on in the cluster.
      if outcome == .interrupted { return }
      if outcome == .timedOut,
        let first = waitFor.first(where: {
          cluster.pod(named: $0.name, in: $0.namespace)?.metadata.uid == $0.uid
        })
      {
        errors.append(.message("timed out waiting for the condition on pods/\(first.name)"))
      }
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : .several(errors) }
  }

  /// `--timeout` (0 or unset: kubectl waits a very long time; the simulator bounds it at an hour).
  static func waitLimit(_ text: String?) -> Duration {
    guard let text, let parsed = DurationParser.parse(text), parsed > .zero else {
      return .seconds(3600)
    }
    return parsed
  }
}
