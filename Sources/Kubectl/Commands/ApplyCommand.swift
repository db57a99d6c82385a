import Cluster

/// `kubectl apply -f` and `kubectl create -f` (they share reading, mapping and error handling).
struct ApplyCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("filename", "f", .stringArray),
      FlagSpec("output", "o", .string),
      FlagSpec("dry-run", nil, .optionalString(bare: "unchanged")),
      FlagSpec("recursive", "R", .bool),
      FlagSpec("validate", nil, .optionalString(bare: "strict")),
      FlagSpec("save-config", nil, .bool),
      FlagSpec("server-side", nil, .bool),
      FlagSpec("force", nil, .bool),
    ]

  let create: Bool
  let files: [String]
  let outputName: Bool
  let dryRun: String?
  let recursive: Bool
  let saveConfig: Bool
  let namespace: String?
  var verb: String { create ? "create" : "apply" }

  init(_ arguments: [String], namespace: String?, create: Bool) throws(KubectlError) {
    self.create = create
    let verb = create ? "create" : "apply"
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError(verb)
    }
    if !parsed.positional.isEmpty && !create {
      throw .usage(
        command: verb, message: "Unexpected args: [\(parsed.positional.joined(separator: " "))]")
    }
    if create, let first = parsed.positional.first {
      throw .note(
        SimulatorNote(.createSubcommand, ["subcommand": first]))
    }
    files = parsed.strings("filename")
    guard !files.isEmpty else { throw .message("must specify one of -f and -k") }
    if let format = parsed.string("output"), format != "name" {
      throw .message(
        "unable to match a printer suitable for the output format \"\(format)\", allowed formats are: name"
      )
    }
    outputName = parsed.string("output") == "name"
    dryRun = parsed.string("dry-run").flatMap { $0 == "none" ? nil : $0 }
    if let dryRun, !["client", "server", "unchanged"].contains(dryRun) {
      throw .message(
        "Invalid dry-run value (\(dryRun)). Must be \"none\", \"server\", or \"client\".")
    }
    recursive = parsed.bool("recursive")
    saveConfig = parsed.bool("save-config")
    self.namespace = parsed.string("namespace") ?? namespace
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws(KubectlError) {
    let sources = try ManifestSource.read(files, recursive: recursive, environment: environment)
    // kubectl reads, parses and maps every object before it sends anything to the server.
    var objects: [(source: String, document: JSONValue)] = []
    for source in sources {
      let documents = try source.documents()
      for document in documents {
        try Self.checkTypeMeta(document, source: source.name)
        objects.append((source.name, document))
      }
    }
    guard !objects.isEmpty else { throw .message("no objects passed to \(verb)") }
    var errors: [KubectlError] = []
    for (source, document) in objects {
      do {
        try applyOne(document, source: source, cluster: &cluster, output: &output)
      } catch {
        errors.append(error)
      }
    }
    if errors.count == 1 { throw errors[0] }
    if errors.count > 1 { throw .several(errors) }
  }

  /// kubectl's client-side checks: apiVersion and kind present, and a kind the server maps.
  static func checkTypeMeta(_ document: JSONValue, source: String) throws(KubectlError) {
    let apiVersion = document["apiVersion"]?.asString ?? ""
    let kind = document["kind"]?.asString ?? ""
    var missing: [String] = []
    if apiVersion.isEmpty { missing.append("apiVersion not set") }
    if kind.isEmpty { missing.append("kind not set") }
    if !missing.isEmpty {
      let detail = missing.count == 1 ? missing[0] : "[" + missing.joined(separator: ", ") + "]"
      throw .message(
        "error validating \"\(source)\": error validating data: \(detail); if you choose to ignore these errors, turn validation off with --validate=false"
      )
    }
    // kubectl decodes the metadata itself, so its type errors never reach the server.
    if case .typeMismatch(let message, _)? = Self.metadataError(document) {
      throw .message("unable to decode \"\(source)\": \(message)")
    }
    if kind == "Pod" && apiVersion == "v1" { return }
    let name = document["metadata"]?["name"]?.asString ?? ""
    if knownKinds[kind] == apiVersion || (knownKinds[kind] != nil && kind != "Pod") {
      throw .note(
        SimulatorNote(.applyPodsOnly, ["kind": kind, "name": name, "source": source]))
    }
    throw .several([
      .message(
        "error: resource mapping not found for name: \"\(name)\" namespace: \"\" from \"\(source)\": no matches for kind \"\(kind)\" in version \"\(apiVersion)\""
      ),
      .message("ensure CRDs are installed first"),
    ])
  }

  /// Decodes `metadata` as kubectl does client side; returns the error, if any.
  static func metadataError(_ document: JSONValue) -> JSONDecodingError? {
    struct MetadataOnly: Decodable { var metadata: ObjectMeta? }
    guard case .object(let object) = document, let metadata = object["metadata"] else { return nil }
    do {
      _ = try JSONValueDecoder().decode(MetadataOnly.self, from: .object(["metadata": metadata]))
      return nil
    } catch {
      return error
    }
  }

  /// Kinds a real cluster serves, with their apiVersion.
  static let knownKinds: [String: String] = [
    "Pod": "v1", "Service": "v1", "ConfigMap": "v1", "Secret": "v1", "Namespace": "v1",
    "ServiceAccount": "v1",
    "PersistentVolumeClaim": "v1", "Deployment": "apps/v1", "ReplicaSet": "apps/v1",
    "StatefulSet": "apps/v1",
    "DaemonSet": "apps/v1", "Job": "batch/v1", "CronJob": "batch/v1",
    "Ingress": "networking.k8s.io/v1",
  ]

  private func applyOne(
    _ document: JSONValue, source: String, cluster: inout Cluster, output: inout CommandOutput
  ) throws(KubectlError) {
    var document = document
    let name = document["metadata"]?["name"]?.asString ?? ""
    let declared = document["metadata"]?["namespace"]?.asString
    let target = declared ?? namespace ?? "default"
    if let declared, let namespace, declared != namespace {
      throw .message(
        "the namespace from the provided object \"\(declared)\" does not match the namespace \"\(namespace)\". You must pass '--namespace=\(declared)' to perform this operation."
      )
    }
    if !create, document["metadata"]?["generateName"] != nil, name.isEmpty {
      throw .message(
        "from \(document["metadata"]?["generateName"]?.asString ?? ""): cannot use generate name with apply"
      )
    }
    let lastApplied = Self.lastAppliedConfiguration(of: document, namespace: target)
    if !create || saveConfig {
      document = Self.setAnnotation(document, value: lastApplied)
    }
    let existing = cluster.pod(named: name, in: target)
    let creating = create || existing == nil
    // The API server reads at most so much of a request before it decodes anything.
    if dryRun != "client" && dryRun != "unchanged",
      GoJSON.compact(document).utf8.count > ClusterLimits.requestBytes
    {
      throw .api(
        .requestEntityTooLarge(limit: ClusterLimits.requestBytes),
        source: "error when \(creating ? "creating" : "patching") \"\(source)\": ")
    }
    var pod: Pod
    do { pod = try PodDecoder.decode(document) } catch {
      throw .api(error, source: "error when creating \"\(source)\": ")
    }
    pod.metadata.namespace = target
    let suffix =
      dryRun == "client" || dryRun == "unchanged"
      ? " (dry run)" : dryRun == "server" ? " (server dry run)" : ""
    func report(_ operation: String, as shown: String = name) {
      output.out(outputName ? "pod/\(shown)\n" : "pod/\(shown) \(operation)\(suffix)\n")
    }
    if creating {
      if existing != nil {
        throw .api(
          .alreadyExists(resource: "pods", name: name),
          source: "error when creating \"\(source)\": ")
      }
      if dryRun == "client" || dryRun == "unchanged" {
        report("created")
        return
      }
      // The server names a pod that has only a `generateName`.
      if dryRun == "server" {
        var copy = cluster
        let created: Pod
        do { created = try copy.create(pod) } catch {
          throw .server(error, source: "error when creating \"\(source)\": ")
        }
        report("created", as: created.name)
        return
      }
      let created: Pod
      do { created = try cluster.create(pod) } catch {
        throw .server(error, source: "error when creating \"\(source)\": ")
      }
      report("created", as: created.name)
      Self.noteUncataloguedImages(of: pod, in: cluster, output: &output)
      return
    }
    guard let live = existing else { return }
    let previous = live.metadata.annotations?[Self.lastAppliedKey]
    if previous == lastApplied {
      report("unchanged")
      return
    }
    if previous == nil {
      output.err(
        "Warning: resource pods/\(name) is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n"
      )
    }
    if live.isTerminating {
      output.err(
        "Warning: Detected changes to resource \(name) which is currently being deleted.\n")
    }
    var merged = pod
    var annotations = live.metadata.annotations ?? [:]
    for (key, value) in pod.metadata.annotations ?? [:] { annotations[key] = value }
    merged.metadata.annotations = annotations
    if dryRun != nil {
      report("configured")
      return
    }
    do { _ = try cluster.update(merged) } catch {
      throw .api(error, source: "error when patching \"\(source)\": ")
    }
    report("configured")
    if zip(live.spec.allContainers, merged.spec.allContainers).contains(where: {
      $0.image != $1.image
    }) {
      Self.noteUncataloguedImages(of: merged, in: cluster, output: &output)
    }
  }

  /// The simulator says so when an image is not one it has, rather than pretend the registry
  /// lacks it (its pull then fails as a missing image's would).
  static func noteUncataloguedImages(of pod: Pod, in cluster: Cluster, output: inout CommandOutput)
  {
    for container in pod.spec.allContainers {
      guard let image = container.image, !image.isEmpty,
        cluster.config.images.image(for: image) == nil
      else { continue }
      if let tags = cluster.config.images.tags(ofRepositoryOf: image) {
        output.note(
          SimulatorNote(
            .imageTags,
            [
              "repository": String(image.split(separator: ":").first ?? ""),
              "tags": tags.joined(separator: ", "), "image": image,
            ]))
      } else if !looksLikeATypo(image) {
        // A near miss (`ngnix`) is left to fail as it would on a real cluster: that is the lesson.
        output.note(SimulatorNote(.imageNotInCatalog, ["image": image]))
      }
    }
  }

  /// Whether the image's name is one or two edits away from a catalogued one.
  private static func looksLikeATypo(_ image: String) -> Bool {
    let name = String(
      (image.split(separator: "/").last ?? "").split(separator: ":").first ?? "")
    return ["nginx", "busybox", "httpbin"].contains { Invocation.editDistance(name, $0) <= 2 }
  }

  static let lastAppliedKey = "kubectl.kubernetes.io/last-applied-configuration"

  /// The annotation kubectl stores: the manifest as compact JSON with sorted keys, with
  /// `metadata.annotations` (without itself) and `metadata.namespace` filled in, plus `\n`.
  static func lastAppliedConfiguration(of document: JSONValue, namespace: String) -> String {
    guard case .object(var object) = document else { return GoJSON.compact(document) + "\n" }
    var metadata = object["metadata"]?.asObject ?? [:]
    var annotations = metadata["annotations"]?.asObject ?? [:]
    annotations[lastAppliedKey] = nil
    metadata["annotations"] = .object(annotations)
    metadata["namespace"] = .string(namespace)
    object["metadata"] = .object(metadata)
    return GoJSON.compact(.object(object)) + "\n"
  }

  /// The document with the last-applied annotation set.
  static func setAnnotation(_ document: JSONValue, value: String) -> JSONValue {
    guard case .object(var object) = document else { return document }
    var metadata = object["metadata"]?.asObject ?? [:]
    var annotations = metadata["annotations"]?.asObject ?? [:]
    annotations[lastAppliedKey] = .string(value)
    metadata["annotations"] = .object(annotations)
    object["metadata"] = .object(metadata)
    return .object(object)
  }
}

extension KubectlError {
  /// A flag-parsing failure gets the `See 'kubectl <command> --help' for usage.` line.
  func asFlagError(_ command: String) -> KubectlError {
    if case .message(let text) = self { return .flag(command: command, message: text) }
    return self
  }
}
