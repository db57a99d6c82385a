import Cluster
import Container

/// `kubectl describe pod`: describePod's field order, written through one tabwriter
/// (minwidth 0, padding 2) exactly as kubectl's PrefixWriter does (kubectl-formats.md §2.4).
struct DescribePrinter {
  private var writer = TabWriter.describe()
  private let now: Instant

  init(now: Instant) { self.now = now }

  /// The full description of one pod and its events.
  static func describe(_ pod: Pod, events: [Event], now: Instant) -> String {
    var printer = DescribePrinter(now: now)
    printer.pod(pod, events: events)
    return printer.writer.takeOutput()
  }

  private mutating func line(_ level: Int, _ text: String) {
    writer.write(String(repeating: "  ", count: level) + text)
  }

  private mutating func pod(_ pod: Pod, events: [Event]) {
    let spec = pod.spec
    let status = pod.status ?? PodStatus()
    line(0, "Name:\t\(pod.name)\n")
    line(0, "Namespace:\t\(pod.namespace)\n")
    if let priority = spec.priority { line(0, "Priority:\t\(priority)\n") }
    if let name = spec.priorityClassName, !name.isEmpty {
      line(0, "Priority Class Name:\t\(name)\n")
    }
    if let name = spec.runtimeClassName, !name.isEmpty { line(0, "Runtime Class Name:\t\(name)\n") }
    if let account = spec.serviceAccountName, !account.isEmpty {
      line(0, "Service Account:\t\(account)\n")
    }
    if let node = spec.nodeName, !node.isEmpty {
      line(0, "Node:\t\(node)/\(status.hostIP ?? "")\n")
    } else {
      line(0, "Node:\t<none>\n")
    }
    if let start = status.startTime { line(0, "Start Time:\t\(start.instant.rfc1123Z)\n") }
    labels("Labels", pod.metadata.labels ?? [:])
    annotations(pod.metadata.annotations ?? [:])
    if let deletion = pod.metadata.deletionTimestamp, !(status.phase?.isTerminal ?? false) {
      line(0, "Status:\tTerminating (lasts \(HumanDuration.age(of: deletion.instant, now: now)))\n")
      line(0, "Termination Grace Period:\t\(pod.metadata.deletionGracePeriodSeconds ?? 0)s\n")
    } else {
      line(0, "Status:\t\(status.phase?.rawValue ?? "")\n")
    }
    if let reason = status.reason, !reason.isEmpty { line(0, "Reason:\t\(reason)\n") }
    if let message = status.message, !message.isEmpty { line(0, "Message:\t\(message)\n") }
    line(0, "IP:\t\(status.podIP ?? "")\n")
    if let ips = status.podIPs, !ips.isEmpty {
      line(0, "IPs:\n")
      for ip in ips { line(1, "IP:\t\(ip.ip)\n") }
    } else {
      line(0, "IPs:\t<none>\n")
    }
    if let nominated = status.nominatedNodeName, !nominated.isEmpty {
      line(0, "NominatedNodeName:\t\(nominated)\n")
    }
    if let inits = spec.initContainers, !inits.isEmpty {
      containers("Init Containers", inits, statuses: status.initContainerStatuses ?? [])
    }
    containers("Containers", spec.containers, statuses: status.containerStatuses ?? [])
    if let conditions = status.conditions, !conditions.isEmpty {
      line(0, "Conditions:\n  Type\tStatus\n")
      for c in conditions { line(1, "\(c.type) \t\(c.status) \n") }
    }
    volumes(spec.volumes ?? [])
    line(0, "QoS Class:\t\(status.qosClass ?? "")\n")
    labels("Node-Selectors", spec.nodeSelector ?? [:])
    tolerations(spec.tolerations ?? [])
    self.events(events)
  }

  // MARK: - Metadata

  private mutating func labels(_ title: String, _ labels: [String: String]) {
    line(0, "\(title):\t")
    guard !labels.isEmpty else {
      writer.write("<none>\n")
      return
    }
    for (i, key) in labels.keys.sorted(by: JSONValue.byteOrder).enumerated() {
      if i != 0 { writer.write("\t") }
      writer.write("\(key)=\(labels[key] ?? "")\n")
    }
  }

  private mutating func annotations(_ annotations: [String: String]) {
    line(0, "Annotations:\t")
    let keys = annotations.keys.filter { $0 != "kubectl.kubernetes.io/last-applied-configuration" }
      .sorted(by: JSONValue.byteOrder)
    guard !keys.isEmpty else {
      writer.write("<none>\n")
      return
    }
    for (i, key) in keys.enumerated() {
      if i != 0 { writer.write("\t") }
      var value = annotations[key] ?? ""
      if value.hasSuffix("\n") { value.removeLast() }
      if value.count + key.count + 2 > 140 || value.contains("\n") {
        writer.write("\(key):\n")
        for part in value.split(separator: "\n", omittingEmptySubsequences: false) {
          let cut = part.count > 138 ? String(part.prefix(138)) + "..." : String(part)
          writer.write("\t  \(cut)\n")
        }
      } else {
        writer.write("\(key): \(value)\n")
      }
    }
  }

  // MARK: - Containers

  private mutating func containers(
    _ label: String, _ containers: [ContainerSpec], statuses: [ContainerStatus]
  ) {
    line(0, "\(label):\n")
    for container in containers {
      let status = statuses.first { $0.name == container.name }
      line(1, "\(container.name):\n")
      if let status { line(2, "Container ID:\t\(status.containerID ?? "")\n") }
      line(2, "Image:\t\(container.image ?? "")\n")
      if let status { line(2, "Image ID:\t\(status.imageID)\n") }
      let ports = (container.ports ?? []).map { p in
        "\(p.containerPort ?? 0)/\(p.protocol ?? "TCP")"
          + (p.name.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
      }.joined(separator: ", ")
      line(
        2,
        ports.contains(",") ? "Ports:\t\(ports)\n" : "Port:\t\(ports.isEmpty ? "<none>" : ports)\n")
      let hostPorts = (container.ports ?? []).map { p in
        "\(p.hostPort ?? 0)/\(p.protocol ?? "TCP")"
          + (p.name.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
      }.joined(separator: ", ")
      line(
        2,
        hostPorts.contains(",")
          ? "Host Ports:\t\(hostPorts)\n"
          : "Host Port:\t\(hostPorts.isEmpty ? "<none>" : hostPorts)\n")
      list("Command", container.command)
      list("Args", container.args)
      if let status {
        state("State", status.state)
        if status.lastState.terminated != nil { state("Last State", status.lastState) }
        line(2, "Ready:\t\(status.ready ? "True" : "False")\n")
        line(2, "Restart Count:\t\(status.restartCount)\n")
      }
      resources(container.resources)
      for (title, probe) in [
        ("Liveness", container.livenessProbe), ("Readiness", container.readinessProbe),
        ("Startup", container.startupProbe),
      ] {
        if let probe { line(2, "\(title):\t\(ProbeDescription.describe(probe))\n") }
      }
      environment(of: container)
      mounts(container.volumeMounts ?? [])
    }
  }

  private mutating func list(_ title: String, _ items: [String]?) {
    guard let items, !items.isEmpty else { return }
    line(2, "\(title):\n")
    for item in items {
      for part in item.split(separator: "\n", omittingEmptySubsequences: false) {
        line(3, "\(part)\n")
      }
    }
  }

  private mutating func state(_ title: String, _ state: ContainerState) {
    if let running = state.running {
      line(2, "\(title):\tRunning\n")
      line(3, "Started:\t\(running.startedAt?.instant.rfc1123Z ?? "")\n")
    } else if let waiting = state.waiting {
      line(2, "\(title):\tWaiting\n")
      if let reason = waiting.reason, !reason.isEmpty { line(3, "Reason:\t\(reason)\n") }
    } else if let t = state.terminated {
      line(2, "\(title):\tTerminated\n")
      if let reason = t.reason, !reason.isEmpty { line(3, "Reason:\t\(reason)\n") }
      if let message = t.message, !message.isEmpty { line(3, "Message:\t\(message)\n") }
      line(3, "Exit Code:\t\(t.exitCode)\n")
      if let signal = t.signal, signal > 0 { line(3, "Signal:\t\(signal)\n") }
      line(3, "Started:\t\(t.startedAt?.instant.rfc1123Z ?? Self.zeroTime)\n")
      line(3, "Finished:\t\(t.finishedAt?.instant.rfc1123Z ?? Self.zeroTime)\n")
    } else {
      line(2, "\(title):\tWaiting\n")
    }
  }

  /// Go's zero time in RFC1123Z, which describe prints for an unset timestamp.
  static let zeroTime = "Mon, 01 Jan 0001 00:00:00 +0000"

  private mutating func resources(_ resources: JSONValue?) {
    for section in ["limits", "requests"] {
      guard let values = resources?[section]?.asObject, !values.isEmpty else { continue }
      line(2, section == "limits" ? "Limits:\n" : "Requests:\n")
      for key in values.keys.sorted() {
        let value = values[key].map(Self.quantity) ?? ""
        line(3, "\(key):\t\(value)\n")
      }
    }
  }

  private static func quantity(_ value: JSONValue) -> String {
    switch value {
    case .string(let s): s
    case .int(let i): String(i)
    case .double(let d): GoJSON.formatNumber(d)
    default: ""
    }
  }

  private mutating func environment(of container: ContainerSpec) {
    let env = container.env ?? []
    line(2, env.isEmpty ? "Environment:\t<none>\n" : "Environment:\n")
    for variable in env {
      if variable.valueFrom == nil {
        for (i, part) in (variable.value ?? "").split(
          separator: "\n", omittingEmptySubsequences: false
        ).enumerated() {
          line(3, i == 0 ? "\(variable.name):\t\(part)\n" : "\t\(part)\n")
        }
      } else if let path = variable.valueFrom?["fieldRef"]?["fieldPath"]?.asString {
        let version = variable.valueFrom?["fieldRef"]?["apiVersion"]?.asString ?? "v1"
        line(3, "\(variable.name):\t (\(version):\(path))\n")
      } else {
        line(3, "\(variable.name):\t<set to the key of a source>\n")
      }
    }
  }

  private mutating func mounts(_ mounts: [VolumeMount]) {
    line(2, mounts.isEmpty ? "Mounts:\t<none>\n" : "Mounts:\n")
    for mount in mounts.sorted(by: { $0.mountPath < $1.mountPath }) {
      var flags = [mount.readOnly == true ? "ro" : "rw"]
      if let sub = mount.subPath, !sub.isEmpty { flags.append("path=\(FieldError.quoted(sub))") }
      line(3, "\(mount.mountPath) from \(mount.name) (\(flags.joined(separator: ",")))\n")
    }
  }

  // MARK: - Volumes, scheduling, events

  private mutating func volumes(_ volumes: [Volume]) {
    guard !volumes.isEmpty else {
      line(0, "Volumes:\t<none>\n")
      return
    }
    line(0, "Volumes:\n")
    for volume in volumes {
      line(1, "\(volume.name):\n")
      if let projected = volume.projected {
        line(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n")
        for source in projected.sources ?? [] {
          if source.secret != nil {
            line(2, "SecretName:\t\(source.secret?["name"]?.asString ?? "")\n")
            line(2, "Optional:\t\(source.secret?["optional"]?.asBool ?? false)\n")
          } else if source.downwardAPI != nil {
            line(2, "DownwardAPI:\ttrue\n")
          } else if let configMap = source.configMap {
            line(2, "ConfigMapName:\t\(configMap.name ?? "")\n")
            line(2, "Optional:\t\(configMap.optional ?? false)\n")
          } else if let token = source.serviceAccountToken {
            line(2, "TokenExpirationSeconds:\t\(token.expirationSeconds ?? 0)\n")
          }
        }
      } else if let emptyDir = volume.emptyDir {
        line(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n")
        line(2, "Medium:\t\(emptyDir["medium"]?.asString ?? "")\n")
        line(2, "SizeLimit:\t\(emptyDir["sizeLimit"].map(Self.quantity) ?? "<unset>")\n")
      } else if let hostPath = volume.hostPath {
        line(2, "Type:\tHostPath (bare host directory volume)\n")
        line(2, "Path:\t\(hostPath["path"]?.asString ?? "")\n")
        line(2, "HostPathType:\t\(hostPath["type"]?.asString ?? "")\n")
      } else if let configMap = volume.configMap {
        line(2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n")
        line(2, "Name:\t\(configMap["name"]?.asString ?? "")\n")
        line(2, "Optional:\t\(configMap["optional"]?.asBool ?? false)\n")
      } else {
        line(1, "<unknown>\n")
      }
    }
  }

  private mutating func tolerations(_ tolerations: [Toleration]) {
    line(0, "Tolerations:\t")
    guard !tolerations.isEmpty else {
      writer.write("<none>\n")
      return
    }
    let sorted = tolerations.enumerated().sorted {
      ($0.element.key ?? "", $0.offset) < ($1.element.key ?? "", $1.offset)
    }.map(\.element)
    for (i, t) in sorted.enumerated() {
      if i != 0 { writer.write("\t") }
      var text = t.key ?? ""
      if let value = t.value, !value.isEmpty { text += "=\(value)" }
      if let effect = t.effect, !effect.isEmpty { text += ":\(effect)" }
      if t.operator == "Exists" && (t.value ?? "").isEmpty {
        text += (t.key ?? "").isEmpty && (t.effect ?? "").isEmpty ? "op=Exists" : " op=Exists"
      }
      if let seconds = t.tolerationSeconds { text += " for \(seconds)s" }
      writer.write(text + "\n")
    }
  }

  private mutating func events(_ events: [Event]) {
    guard !events.isEmpty else {
      line(0, "Events:\t<none>\n")
      return
    }
    writer.flush()
    line(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
    line(1, "----\t------\t----\t----\t-------\n")
    for event in Self.sorted(events) {
      let first = HumanDuration.age(
        of: event.eventTime?.instant ?? event.firstTimestamp?.instant, now: now)
      var interval = first
      if let count = event.count, count > 1 {
        interval =
          "\(HumanDuration.age(of: event.lastTimestamp?.instant, now: now)) (x\(count) over \(first))"
      }
      let source =
        event.source.component.flatMap { $0.isEmpty ? nil : $0 } ?? event.reportingComponent
      let message = event.message.trimmedSpace
      line(1, "\(event.type)\t\(event.reason)\t\(interval)\t\(source)\t\(message)\n")
    }
  }

  /// kubectl's SortableEvents: by lastTimestamp, else eventTime; equal times keep list order.
  static func sorted(_ events: [Event]) -> [Event] {
    events.enumerated().sorted {
      let a =
        $0.element.lastTimestamp?.instant ?? $0.element.eventTime?.instant
        ?? Instant(milliseconds: 0)
      let b =
        $1.element.lastTimestamp?.instant ?? $1.element.eventTime?.instant
        ?? Instant(milliseconds: 0)
      return a == b ? $0.offset < $1.offset : a < b
    }.map(\.element)
  }
}
