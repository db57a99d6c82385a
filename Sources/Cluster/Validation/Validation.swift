/// The API server's pod validation (pkg/apis/core/validation), with its exact messages.
enum Validation {
  static let dns1123SubdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  static let dns1123LabelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"

  /// Every validation error of a new pod, in the order the API server reports them.
  static func validate(_ pod: Pod) -> [FieldError] {
    var errors: [FieldError] = []
    let name = pod.metadata.name ?? ""
    if name.isEmpty {
      errors.append(
        FieldError(
          path: "metadata.name", kind: .required(detail: "name or generateName is required")))
    } else if !isDNS1123Subdomain(name) {
      errors.append(
        FieldError(
          path: "metadata.name",
          kind: .invalid(value: FieldError.quoted(name), detail: dns1123SubdomainMessage)))
    }
    errors += validateAnnotations(pod.metadata.annotations)
    let spec = pod.spec
    if spec.containers.isEmpty {
      errors.append(FieldError(path: "spec.containers", kind: .required(detail: nil)))
    }
    var seen = Set<String>()
    let grace = spec.terminationGracePeriodSeconds ?? 30
    for (list, field) in [
      (spec.initContainers ?? [], "spec.initContainers"), (spec.containers, "spec.containers"),
    ] {
      for (i, c) in list.enumerated() {
        let path = "\(field)[\(i)]"
        if c.name.isEmpty {
          errors.append(FieldError(path: "\(path).name", kind: .required(detail: nil)))
        } else if !isDNS1123Label(c.name) {
          errors.append(
            FieldError(
              path: "\(path).name",
              kind: .invalid(value: FieldError.quoted(c.name), detail: dns1123LabelMessage)))
        } else if !seen.insert(c.name).inserted {
          errors.append(
            FieldError(path: "\(path).name", kind: .duplicate(value: FieldError.quoted(c.name))))
        }
        if (c.image ?? "").isEmpty {
          errors.append(FieldError(path: "\(path).image", kind: .required(detail: nil)))
        }
        // validateContainerCommon (ports, then the pull policy), then hooks and probes.
        for (j, port) in (c.ports ?? []).enumerated() {
          let p = port.containerPort ?? 0
          if !(1...65535).contains(p) {
            errors.append(
              FieldError(
                path: "\(path).ports[\(j)].containerPort",
                kind: p == 0
                  ? .required(detail: nil)
                  : .invalid(value: String(p), detail: "must be between 1 and 65535, inclusive")))
          }
        }
        if let policy = c.imagePullPolicy, !["Always", "IfNotPresent", "Never"].contains(policy) {
          errors.append(
            FieldError(
              path: "\(path).imagePullPolicy",
              kind: .unsupported(
                value: FieldError.quoted(policy), supported: ["Always", "IfNotPresent", "Never"])))
        }
        if let lifecycle = c.lifecycle {
          if field == "spec.initContainers" && !c.isSidecar {
            errors.append(
              FieldError(
                path: "\(path).lifecycle",
                kind: .forbidden(
                  detail: "may not be set for init containers without restartPolicy=Always")))
          } else {
            if let h = lifecycle.postStart {
              errors += validateHandler(h, path: "\(path).lifecycle.postStart", grace: grace)
            }
            if let h = lifecycle.preStop {
              errors += validateHandler(h, path: "\(path).lifecycle.preStop", grace: grace)
            }
          }
        }
        for kind in [ProbeKind.liveness, .readiness, .startup] {
          guard let probe = c.probe(kind) else { continue }
          let probePath = "\(path).\(kind.fieldName)"
          if field == "spec.initContainers" && !c.isSidecar {
            errors.append(
              FieldError(
                path: probePath,
                kind: .forbidden(
                  detail: "may not be set for init containers without restartPolicy=Always")))
          } else {
            errors += validateProbe(probe, kind: kind, path: probePath)
          }
        }
      }
    }
    if let policy = spec.restartPolicy, !["Always", "OnFailure", "Never"].contains(policy) {
      errors.append(
        FieldError(
          path: "spec.restartPolicy",
          kind: .unsupported(
            value: FieldError.quoted(policy), supported: ["Always", "OnFailure", "Never"])))
    }
    return errors
  }

  /// ValidateAnnotations' size rule: keys and values together at most
  /// ``ClusterLimits/annotationBytes`` bytes.
  static func validateAnnotations(_ annotations: [String: String]?) -> [FieldError] {
    let size = (annotations ?? [:]).reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
    guard size > ClusterLimits.annotationBytes else { return [] }
    return [
      FieldError(
        path: "metadata.annotations", kind: .tooLong(maximum: ClusterLimits.annotationBytes))
    ]
  }

  /// validateHandler for a lifecycle hook: exactly one action; then each action's own rules.
  static func validateHandler(_ handler: LifecycleHandler, path: String, grace: Int64)
    -> [FieldError]
  {
    validate(
      CommonHandler(
        exec: handler.exec, httpGet: handler.httpGet, tcpSocket: handler.tcpSocket,
        sleep: handler.sleep), path: path, grace: grace)
  }

  /// validateProbe and its liveness, readiness and startup variants.
  static func validateProbe(_ probe: Probe, kind: ProbeKind, path: String) -> [FieldError] {
    var errors = validate(
      CommonHandler(
        exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc),
      path: path, grace: 0)
    let numbers: [(String, Int32?)] = [
      ("initialDelaySeconds", probe.initialDelaySeconds), ("timeoutSeconds", probe.timeoutSeconds),
      ("periodSeconds", probe.periodSeconds), ("successThreshold", probe.successThreshold),
      ("failureThreshold", probe.failureThreshold),
    ]
    for (field, value) in numbers {
      if let value, value < 0 {
        errors.append(
          FieldError(
            path: "\(path).\(field)",
            kind: .invalid(value: String(value), detail: "must be greater than or equal to 0")))
      }
    }
    if let grace = probe.terminationGracePeriodSeconds, grace <= 0 {
      errors.append(
        FieldError(
          path: "\(path).terminationGracePeriodSeconds",
          kind: .invalid(value: String(grace), detail: "must be greater than 0")))
    }
    switch kind {
    case .liveness, .startup:
      if let threshold = probe.successThreshold, threshold != 1 {
        errors.append(
          FieldError(
            path: "\(path).successThreshold",
            kind: .invalid(value: String(threshold), detail: "must be 1")))
      }
    case .readiness:
      if let grace = probe.terminationGracePeriodSeconds {
        errors.append(
          FieldError(
            path: "\(path).terminationGracePeriodSeconds",
            kind: .invalid(value: String(grace), detail: "must not be set for readinessProbes")))
      }
    }
    return errors
  }

  /// The actions hooks and probes share (the API server's commonHandler).
  private struct CommonHandler {
    var exec: ExecAction?
    var httpGet: HTTPGetAction?
    var tcpSocket: TCPSocketAction?
    var grpc: GRPCAction?
    var sleep: SleepAction?
  }

  /// Exactly one action, then each action's own rules.
  private static func validate(_ handler: CommonHandler, path: String, grace: Int64)
    -> [FieldError]
  {
    var errors: [FieldError] = []
    var count = 0
    /// Counts a handler; a second one is reported as forbidden and not validated further.
    func isFirst(_ field: String) -> Bool {
      count += 1
      guard count == 1 else {
        errors.append(
          FieldError(
            path: "\(path).\(field)",
            kind: .forbidden(detail: "may not specify more than 1 handler type")))
        return false
      }
      return true
    }
    if let exec = handler.exec, isFirst("exec") {
      if (exec.command ?? []).isEmpty {
        errors.append(FieldError(path: "\(path).exec.command", kind: .required(detail: nil)))
      }
    }
    if let get = handler.httpGet, isFirst("httpGet") {
      if get.path == nil || get.path == "" {
        errors.append(FieldError(path: "\(path).httpGet.path", kind: .required(detail: nil)))
      }
      errors += validatePort(get.port, path: "\(path).httpGet.port")
      if let scheme = get.scheme, scheme != "HTTP", scheme != "HTTPS" {
        errors.append(
          FieldError(
            path: "\(path).httpGet.scheme",
            kind: .unsupported(value: FieldError.quoted(scheme), supported: ["HTTP", "HTTPS"])))
      }
      for header in get.httpHeaders ?? []
      where header.name.isEmpty
        || !header.name.unicodeScalars.allSatisfy({
          $0 == "-" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        })
      {
        errors.append(
          FieldError(
            path: "\(path).httpGet.httpHeaders",
            kind: .invalid(
              value: FieldError.quoted(header.name),
              detail:
                "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"
            )))
      }
    }
    if let tcp = handler.tcpSocket, isFirst("tcpSocket") {
      errors += validatePort(tcp.port, path: "\(path).tcpSocket.port")
    }
    if let grpc = handler.grpc, isFirst("grpc") {
      errors += validatePort(.int(grpc.port ?? 0), path: "\(path).grpc.port")
    }
    if let sleep = handler.sleep, isFirst("sleep") {
      let seconds = sleep.seconds ?? 0
      if seconds < 0 || seconds > grace {
        errors.append(
          FieldError(
            path: "\(path).sleep",
            kind: .invalid(
              value: String(seconds),
              detail: "must be non-negative and less than terminationGracePeriodSeconds (\(grace))")
          ))
      }
    }
    if count == 0 {
      errors.append(FieldError(path: path, kind: .required(detail: "must specify a handler type")))
    }
    return errors
  }

  /// ValidatePortNumOrName.
  static func validatePort(_ port: IntOrString?, path: String) -> [FieldError] {
    switch port {
    case nil:
      return [
        FieldError(
          path: path, kind: .invalid(value: "0", detail: "must be between 1 and 65535, inclusive"))
      ]
    case .int(let n)?:
      return (1...65535).contains(n)
        ? []
        : [
          FieldError(
            path: path,
            kind: .invalid(value: String(n), detail: "must be between 1 and 65535, inclusive"))
        ]
    case .string(let name)?:
      var problems: [String] = []
      if name.count > 15 { problems.append("must be no more than 15 characters") }
      if !name.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
        problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
      }
      if name.contains("--") { problems.append("must not contain consecutive hyphens") }
      if !name.contains(where: { $0.isASCII && $0.isLetter }) {
        problems.append("must contain at least one letter (a-z)")
      }
      if name.hasPrefix("-") || name.hasSuffix("-") {
        problems.append("must not begin or end with a hyphen")
      }
      return problems.map {
        FieldError(path: path, kind: .invalid(value: FieldError.quoted(name), detail: $0))
      }
    }
  }

  /// ValidatePodUpdate: only images, activeDeadlineSeconds, added tolerations and the grace period may change.
  static func validateUpdate(old: PodSpec, new: PodSpec) -> FieldError? {
    var a = old
    var b = new
    for i in a.containers.indices { a.containers[i].image = nil }
    for i in b.containers.indices { b.containers[i].image = nil }
    if a.initContainers != nil {
      a.initContainers = a.initContainers?.map {
        var c = $0
        c.image = nil
        return c
      }
    }
    if b.initContainers != nil {
      b.initContainers = b.initContainers?.map {
        var c = $0
        c.image = nil
        return c
      }
    }
    a.activeDeadlineSeconds = nil
    b.activeDeadlineSeconds = nil
    b.tolerations = a.tolerations
    b.terminationGracePeriodSeconds = a.terminationGracePeriodSeconds
    b.nodeName = a.nodeName
    if a == b { return nil }
    return FieldError(
      path: "spec",
      kind: .forbidden(
        detail:
          "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n"
          + SpecDiff.render(old: a, new: b)))
  }

  static func isDNS1123Label(_ s: String) -> Bool {
    guard !s.isEmpty, s.count <= 63 else { return false }
    let chars = Array(s.utf8)
    func ok(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }
    guard let first = chars.first, let last = chars.last, ok(first), ok(last) else { return false }
    return chars.allSatisfy { ok($0) || $0 == 45 }
  }

  static func isDNS1123Subdomain(_ s: String) -> Bool {
    guard !s.isEmpty, s.count <= 253 else { return false }
    return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
      isDNS1123Label(String($0))
    }
  }
}
