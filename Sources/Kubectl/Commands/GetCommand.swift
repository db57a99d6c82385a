import Cluster
import Container

/// `kubectl get`: tables, wide, yaml, json and name output for pods, events, nodes, namespaces.
struct GetCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("output", "o", .string),
      FlagSpec("all-namespaces", "A", .bool),
      FlagSpec("watch", "w", .bool),
      FlagSpec("watch-only", nil, .bool),
      FlagSpec("selector", "l", .string),
      FlagSpec("show-labels", nil, .bool),
      FlagSpec("no-headers", nil, .bool),
      FlagSpec("ignore-not-found", nil, .bool),
      FlagSpec("output-watch-events", nil, .bool),
      FlagSpec("filename", "f", .stringArray),
      FlagSpec("field-selector", nil, .string),
      FlagSpec("sort-by", nil, .string),
    ]

  var selection: ResourceSelection
  var format: ObjectPrinter.Format
  var namespace: String
  var allNamespaces: Bool
  var noHeaders: Bool
  var ignoreNotFound: Bool
  var showLabels: Bool
  var selector: [String: String]?
  var fieldSelector: FieldSelector?
  var sortKey: SortKey?
  var watch = false
  var watchOnly = false
  var watchEvents = false

  /// How long a watch runs in virtual time before it stops, if the pods never settle.
  static let watchBound: Duration = .seconds(120)

  init(_ arguments: [String], namespace: String?) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("get")
    }
    guard let selection = try ResourceSelection.parse(parsed.positional, command: "get") else {
      throw .verbatim(
        "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n",
        exitCode: 1)
    }
    self.selection = selection
    format = try ObjectPrinter.Format(parsed.string("output"))
    if parsed.bool("output-watch-events") && !parsed.bool("watch") && !parsed.bool("watch-only") {
      throw .message("--output-watch-events option can only be used with --watch or --watch-only")
    }
    watch = parsed.bool("watch") || parsed.bool("watch-only")
    watchOnly = parsed.bool("watch-only")
    watchEvents = parsed.bool("output-watch-events")
    if watch && selection.type != .pods {
      throw .note(
        SimulatorNote(.watchPodsOnly, ["type": selection.type.rawValue]))
    }
    if parsed.bool("show-labels") && (format == .json || format == .yaml) {
      throw .message(
        "--show-labels option cannot be used with \(format == .json ? "json" : "yaml") printer")
    }
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    allNamespaces = parsed.bool("all-namespaces")
    noHeaders = parsed.bool("no-headers")
    ignoreNotFound = parsed.bool("ignore-not-found")
    showLabels = parsed.bool("show-labels")
    if let text = parsed.string("selector") { selector = try Self.parseSelector(text) }
    if let text = parsed.string("field-selector") { fieldSelector = try FieldSelector(text) }
    if !selection.names.isEmpty && (selector != nil || fieldSelector != nil) {
      throw .message("name cannot be provided when a selector is specified")
    }
    if let text = parsed.string("sort-by") { sortKey = try SortKey(text) }
  }

  static func parseSelector(_ text: String) throws(KubectlError) -> [String: String] {
    var result: [String: String] = [:]
    for term in text.split(separator: ",") {
      let parts = term.split(separator: "=", omittingEmptySubsequences: false).filter {
        !$0.isEmpty
      }
      guard parts.count == 2 else {
        throw .note(
          SimulatorNote(.equalitySelectors, ["term": String(term)]))
      }
      result[String(parts[0])] = String(parts[1])
    }
    return result
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws(KubectlError) {
    switch selection.type {
    case .pods: try pods(&cluster, pacer: environment.pacer, &output)
    case .all:
      if format == .table || format == .wide {
        all(cluster, &output)
      } else {
        try pods(&cluster, pacer: environment.pacer, &output)
      }
    case .events: try events(cluster, &output)
    case .nodes: nodes(cluster, &output)
    case .namespaces: namespaces(cluster, &output)
    }
  }

  private func pods(
    _ cluster: inout Cluster, pacer: (any Pacer)?, _ output: inout CommandOutput
  ) throws(KubectlError) {
    if watch {
      try watchPods(&cluster, pacer: pacer, &output)
      return
    }
    var found: [Pod] = []
    var errors: [KubectlError] = []
    if selection.names.isEmpty {
      found = cluster.pods(in: allNamespaces ? nil : namespace)
      if let selector {
        found = found.filter { pod in
          selector.allSatisfy { pod.metadata.labels?[$0.key] == $0.value }
        }
      }
      if let fieldSelector {
        try fieldSelector.check(fields: FieldSelector.podFields, resource: "pods")
        found = found.filter { pod in fieldSelector.matches { FieldSelector.podValue(pod, $0) } }
      }
      if let sortKey { found = try sortKey.sorted(found) }
    } else {
      for name in selection.names {
        if let pod = cluster.pod(named: name, in: namespace) {
          found.append(pod)
        } else if !ignoreNotFound {
          errors.append(.api(.notFound(resource: "pods", name: name), source: nil))
        }
      }
    }
    try printPods(found, listRequested: selection.names.isEmpty, now: cluster.now, &output)
    if selection.names.isEmpty && (format == .table || format == .wide)
      && (allNamespaces || namespace == "kube-system")
    {
      output.note(SimulatorNote(.controlPlane))
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : .several(errors) }
  }

  private func printPods(
    _ pods: [Pod], listRequested: Bool, now: Instant, _ output: inout CommandOutput
  ) throws(KubectlError) {
    switch format {
    case .yaml, .json:
      if pods.isEmpty && !listRequested { return }
      output.out(try ObjectPrinter.print(pods, format: format, asList: listRequested))
    case .name:
      for pod in pods { output.out("pod/\(pod.name)\n") }
      if pods.isEmpty && listRequested { noResources(&output) }
    case .table, .wide:
      guard !pods.isEmpty else {
        if listRequested { noResources(&output) }
        return
      }
      var headers = format == .wide ? PodRow.wideHeaders : PodRow.headers
      if allNamespaces { headers.insert("NAMESPACE", at: 0) }
      if showLabels { headers.append("LABELS") }
      let rows = pods.map { pod in
        var cells = PodRow(pod, now: now, wide: format == .wide).cells()
        if allNamespaces { cells.insert(pod.namespace, at: 0) }
        if showLabels { cells.append(Self.labelText(pod.metadata.labels)) }
        return cells
      }
      output.out(Table(headers: headers, rows: rows).render(headers: !noHeaders))
    }
  }

  /// The pods a watch follows, now.
  private func watchedPods(_ cluster: Cluster) -> [Pod] {
    var pods = cluster.pods(in: allNamespaces ? nil : namespace)
    if !selection.names.isEmpty { pods = pods.filter { selection.names.contains($0.name) } }
    if let selector {
      pods = pods.filter { p in selector.allSatisfy { p.metadata.labels?[$0.key] == $0.value } }
    }
    if let fieldSelector {
      pods = pods.filter { pod in fieldSelector.matches { FieldSelector.podValue(pod, $0) } }
    }
    return pods
  }

  /// The pods that could come to match the watch: its namespace, names and labels, before the
  /// field selector (a pod may start matching `status.phase=Running` later).
  private func watchCandidates(_ cluster: Cluster) -> [Pod] {
    var pods = cluster.pods(in: allNamespaces ? nil : namespace)
    if !selection.names.isEmpty { pods = pods.filter { selection.names.contains($0.name) } }
    if let selector {
      pods = pods.filter { p in selector.allSatisfy { p.metadata.labels?[$0.key] == $0.value } }
    }
    return pods
  }

  /// `get pods -w`: the table, then one row per change (ADDED, MODIFIED, DELETED), aligned with
  /// remembered widths. kubectl watches until Ctrl-C, and so does the interactive shell (with a
  /// ``Pacer``); otherwise the simulator advances the clock until the watched pods have no
  /// pending work, or for at most ``watchBound``.
  private func watchPods(
    _ cluster: inout Cluster, pacer: (any Pacer)?, _ output: inout CommandOutput
  ) throws(KubectlError) {
    if let fieldSelector {
      try fieldSelector.check(fields: FieldSelector.podFields, resource: "pods")
    }
    guard format == .table || format == .wide || format == .name else {
      throw .note(SimulatorNote(.watchFormats))
    }
    if let name = selection.names.first, cluster.pod(named: name, in: namespace) == nil {
      throw .api(.notFound(resource: "pods", name: name), source: nil)
    }
    var writer = TabWriter.table()
    var headerPrinted = false
    var seen: [String: Pod] = [:]
    func emit(_ pod: Pod, _ event: String, now: Instant, flush: Bool = true) {
      if format == .name {
        output.out("pod/\(pod.name)\n")
        return
      }
      var cells = PodRow(pod, now: now, wide: format == .wide).cells()
      if allNamespaces { cells.insert(pod.namespace, at: 0) }
      if watchEvents { cells.insert(event.padding(8), at: 0) }
      var text = ""
      if !headerPrinted && !noHeaders {
        var headers = format == .wide ? PodRow.wideHeaders : PodRow.headers
        if allNamespaces { headers.insert("NAMESPACE", at: 0) }
        if watchEvents { headers.insert("EVENT", at: 0) }
        text += headers.joined(separator: "\t") + "\n"
      }
      headerPrinted = true
      text += cells.map(Table.sanitize).joined(separator: "\t") + "\n"
      writer.write(text)
      if flush { output.out(writer.takeOutput()) }
    }
    // kubectl prints the objects listed at the start as one table, flushed once.
    for pod in watchedPods(cluster) {
      seen[pod.metadata.uid ?? pod.name] = pod
      if !watchOnly { emit(pod, "ADDED", now: cluster.now, flush: false) }
    }
    output.out(writer.takeOutput())
    let end = cluster.now + Self.watchBound
    while true {
      let upcoming = cluster.nextChange
      if let pacer {
        // Live: rows appear as the changes happen, until Ctrl-C.
        if let stop = pacer.wait(from: cluster.now, until: upcoming, for: .watch, pending: &output)
        {
          cluster.advance(to: stop)
          output.markInterrupted()
          return
        }
      } else {
        // Nothing else changes pods here, so once the watched pods have no queued work the
        // watch would only wait for Ctrl-C.
        guard let upcoming,
          watchCandidates(cluster).contains(where: {
            cluster.hasPendingWork(forPodUID: $0.metadata.uid ?? "")
          })
        else { break }
        guard upcoming <= end else {
          // Still changing (a probe, a crash loop): the watch takes its whole bound.
          cluster.advance(to: end)
          output.note(SimulatorNote(.watchBound))
          break
        }
      }
      guard let next = upcoming, !cluster.workExhausted else { break }
      cluster.advance(to: next)
      let current = watchedPods(cluster)
      var present = Set<String>()
      for pod in current {
        let key = pod.metadata.uid ?? pod.name
        present.insert(key)
        if let old = seen[key] {
          if old.metadata.resourceVersion != pod.metadata.resourceVersion {
            emit(pod, "MODIFIED", now: cluster.now)
          }
        } else {
          emit(pod, "ADDED", now: cluster.now)
        }
        seen[key] = pod
      }
      for (key, pod) in seen where !present.contains(key) {
        emit(pod, "DELETED", now: cluster.now)
        seen[key] = nil
      }
    }
  }

  static func labelText(_ labels: [String: String]?) -> String {
    guard let labels, !labels.isEmpty else { return "<none>" }
    return labels.keys.sorted().map { "\($0)=\(labels[$0] ?? "")" }.joined(separator: ",")
  }

  private func noResources(_ output: inout CommandOutput) {
    output.err(
      allNamespaces ? "No resources found\n" : "No resources found in \(namespace) namespace.\n")
  }

  private func events(_ cluster: Cluster, _ output: inout CommandOutput) throws(KubectlError) {
    var events = cluster.events(in: allNamespaces ? nil : namespace)
    if let fieldSelector {
      try fieldSelector.check(fields: FieldSelector.eventFields, resource: "events")
      events = events.filter { event in
        fieldSelector.matches { FieldSelector.eventValue(event, $0) }
      }
    }
    if let sortKey { events = try sortKey.sorted(events) }
    if !selection.names.isEmpty {
      events = events.filter { selection.names.contains($0.metadata.name ?? "") }
      if events.isEmpty, let name = selection.names.first, !ignoreNotFound {
        throw .api(.notFound(resource: "events", name: name), source: nil)
      }
    }
    switch format {
    case .yaml, .json:
      output.out(try ObjectPrinter.print(events, format: format, asList: selection.names.isEmpty))
    case .name:
      for event in events { output.out("event/\(event.metadata.name ?? "")\n") }
    case .table, .wide:
      guard !events.isEmpty else {
        noResources(&output)
        return
      }
      let now = cluster.now
      var headers = ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
      if format == .wide {
        headers = [
          "LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN",
          "COUNT", "NAME",
        ]
      }
      if allNamespaces { headers.insert("NAMESPACE", at: 0) }
      let rows = events.map { e -> [String] in
        let object = "\((e.involvedObject.kind ?? "").lowercased())/\(e.involvedObject.name ?? "")"
        let lastSeen = HumanDuration.age(of: e.lastSeen, now: now)
        var cells: [String]
        if format == .wide {
          let component =
            e.source.component.flatMap { $0.isEmpty ? nil : $0 } ?? e.reportingComponent
          let host = e.source.host.flatMap { $0.isEmpty ? nil : $0 } ?? e.reportingInstance
          let source = host.isEmpty ? component : "\(component), \(host)"
          cells = [
            lastSeen, e.type, e.reason, object, e.involvedObject.fieldPath ?? "", source,
            e.message.trimmedSpace,
            HumanDuration.age(of: e.firstSeen, now: now), String(max(1, e.count ?? 1)),
            e.metadata.name ?? "",
          ]
        } else {
          cells = [lastSeen, e.type, e.reason, object, e.message.trimmedSpace]
        }
        if allNamespaces { cells.insert(e.metadata.namespace ?? "", at: 0) }
        return cells
      }
      output.out(Table(headers: headers, rows: rows).render(headers: !noHeaders))
    }
  }

  /// `get all`: pods named `pod/NAME`, then the `kubernetes` service in the default namespace.
  private func all(_ cluster: Cluster, _ output: inout CommandOutput) {
    let pods = cluster.pods(in: allNamespaces ? nil : namespace)
    var tables: [String] = []
    if !pods.isEmpty {
      var headers = PodRow.headers
      if allNamespaces { headers.insert("NAMESPACE", at: 0) }
      let rows = pods.map { pod in
        var cells = PodRow(pod, now: cluster.now, wide: false).cells()
        cells[0] = "pod/" + cells[0]
        if allNamespaces { cells.insert(pod.namespace, at: 0) }
        return cells
      }
      tables.append(Table(headers: headers, rows: rows).render(headers: !noHeaders))
    }
    if allNamespaces || namespace == "default" {
      var headers = ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"]
      var row = [
        "service/kubernetes", "ClusterIP", "10.96.0.1", "<none>", "443/TCP",
        HumanDuration.age(of: cluster.nodeCreated, now: cluster.now),
      ]
      if allNamespaces {
        headers.insert("NAMESPACE", at: 0)
        row.insert("default", at: 0)
      }
      tables.append(Table(headers: headers, rows: [row]).render(headers: !noHeaders))
    }
    guard !tables.isEmpty else {
      noResources(&output)
      return
    }
    output.out(tables.joined(separator: "\n"))
  }

  private func nodes(_ cluster: Cluster, _ output: inout CommandOutput) {
    let node = cluster.config.nodeName
    if !selection.names.isEmpty, !selection.names.contains(node) {
      output.err("Error from server (NotFound): nodes \"\(selection.names[0])\" not found\n")
      output.exitCode = 1
      return
    }
    let age = HumanDuration.age(of: cluster.nodeCreated, now: cluster.now)
    var headers = ["NAME", "STATUS", "ROLES", "AGE", "VERSION"]
    var row = [node, "Ready", "<none>", age, "v1.34.0"]
    if format == .wide {
      headers += ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"]
      row += [
        cluster.config.nodeIP, "<none>", "Ubuntu 24.04.3 LTS", "6.8.0-1031-aws",
        "containerd://1.7.28",
      ]
    }
    if format == .name {
      output.out("node/\(node)\n")
      return
    }
    output.out(Table(headers: headers, rows: [row]).render(headers: !noHeaders))
  }

  private func namespaces(_ cluster: Cluster, _ output: inout CommandOutput) {
    let age = HumanDuration.age(of: cluster.nodeCreated, now: cluster.now)
    let names = cluster.namespaces.sorted().filter {
      selection.names.isEmpty || selection.names.contains($0)
    }
    if format == .name {
      for name in names { output.out("namespace/\(name)\n") }
      return
    }
    output.out(
      Table(headers: ["NAME", "STATUS", "AGE"], rows: names.map { [$0, "Active", age] }).render(
        headers: !noHeaders))
  }
}
