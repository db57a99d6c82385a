import Container

/// How a lifecycle hook ended, as the kubelet sees it.
struct HookOutcome: Sendable {
  /// How long the handler ran; nil if it never returns (a hung exec or HTTP call).
  var elapsed: Duration?
  /// The handler's failure message (kubelet log and container status), nil on success.
  var failure: String?
}

extension Cluster {
  /// Runs a postStart or preStop handler against the container at `index`, now.
  ///
  /// exec runs inside the simulated container; httpGet is sent by the kubelet to the pod IP;
  /// sleep waits in the kubelet; tcpSocket is refused at run time (k8s-hooks.md §1.6).
  mutating func runHook(_ action: HookAction, uid: String, index: Int, limit: Duration)
    -> HookOutcome
  {
    guard let pod = pod(uid: uid), var container = runtimes[uid]?.containers[index],
      var instance = container.instance
    else {
      return HookOutcome(elapsed: .zero, failure: "container not found")
    }
    let podRef = "\(pod.name)_\(pod.namespace)(\(pod.metadata.uid ?? ""))"
    let name = container.spec.name
    defer { watchExit(uid: uid, index: index) }
    switch action {
    case .exec(let command):
      let now = now
      let result = metered(&instance) {
        $0.exec(command, stdin: "", tty: false, at: now, timeLimit: limit)
      }
      container.instance = instance
      runtimes[uid]?.containers[index] = container
      let rendered = "[" + command.joined(separator: " ") + "]"
      let joined = command.joined(separator: " ")
      switch result.outcome {
      case .timedOut:
        return HookOutcome(elapsed: nil, failure: nil)
      case .notStarted(let reason):
        let message =
          "Exec lifecycle hook (\(rendered)) for Container \(FieldError.quoted(name)) in Pod \(FieldError.quoted(podRef)) failed - error: command '\(joined)' exited with 126: , message: \(FieldError.quoted(reason))"
        return HookOutcome(elapsed: result.elapsed, failure: message)
      case .completed:
        guard result.exitCode != 0 else {
          return HookOutcome(elapsed: result.elapsed, failure: nil)
        }
        let output = result.stdout + result.stderr
        let message =
          "Exec lifecycle hook (\(rendered)) for Container \(FieldError.quoted(name)) in Pod \(FieldError.quoted(podRef)) failed - error: command '\(joined)' exited with \(result.exitCode): \(result.stderr), message: \(FieldError.quoted(output))"
        return HookOutcome(elapsed: result.elapsed, failure: message)
      }
    case .httpGet(let get):
      let host = get.host ?? runtimes[uid]?.podIP ?? ""
      let scheme = (get.scheme ?? "HTTP").lowercased()
      let path = get.path ?? "/"
      guard let port = resolvePort(get.port, in: container.spec) else {
        let text: String
        if case .string(let s) = get.port {
          text = "strconv.Atoi: parsing \(FieldError.quoted(s)): invalid syntax"
        } else {
          text = "invalid port number"
        }
        return HookOutcome(
          elapsed: .zero,
          failure:
            "HTTP lifecycle hook (\(path)) for Container \(FieldError.quoted(name)) in Pod \(FieldError.quoted(podRef)) failed - error: \(text)"
        )
      }
      var headers = Self.kubeletHeaders(
        get.httpHeaders, userAgent: "kube-lifecycle/1.34", host: host, port: port)
      // No simulated server speaks TLS, so an HTTPS hook always gets a plain-HTTP answer; the
      // kubelet then retries once over http without the Authorization header, and that retry
      // is the request the server sees (k8s-hooks.md §4.1).
      let fallback = scheme == "https"
      if fallback { headers.removeAll { $0.name.lowercased() == "authorization" } }
      let request = HTTPRequest(
        method: "GET", scheme: fallback ? "http" : scheme, host: host, port: port, path: path,
        headers: headers, clientIP: config.nodeIP)
      guard let result = sendHTTP(request) else {
        // Nothing answers at that address: the TCP connect gives up after the kernel's retries.
        let url = "\(scheme)://\(host):\(port)\(path)"
        return HookOutcome(
          elapsed: .seconds(130),
          failure:
            "HTTP lifecycle hook (\(path)) for Container \(FieldError.quoted(name)) in Pod \(FieldError.quoted(podRef)) failed - error: Get \(FieldError.quoted(url)): dial tcp \(host):\(port): connect: connection timed out"
        )
      }
      switch result {
      case .response(let response):
        if fallback {
          // The kubelet records this one on the pod, with no container field path.
          recordKubeletEvent(
            about: pod, container: nil, type: "Warning", reason: "LifecycleHTTPFallback",
            message:
              "request to HTTPS lifecycle hook \(host):\(port) got HTTP response, retry with HTTP succeeded"
          )
        }
        // Any response is a success: the kubelet never checks the status code.
        return HookOutcome(elapsed: response.elapsed, failure: nil)
      case .noAnswer:
        // The server took the connection and never answers: the kubelet waits (a postStart
        // for ever, a preStop until the grace period runs out).
        return HookOutcome(elapsed: nil, failure: nil)
      case .connectionRefused:
        let url = "\(scheme)://\(host):\(port)\(path)"
        return HookOutcome(
          elapsed: .milliseconds(1),
          failure:
            "HTTP lifecycle hook (\(path)) for Container \(FieldError.quoted(name)) in Pod \(FieldError.quoted(podRef)) failed - error: Get \(FieldError.quoted(url)): dial tcp \(host):\(port): connect: connection refused"
        )
      }
    case .sleep(let seconds):
      return HookOutcome(
        elapsed: .seconds(min(seconds, limit.wholeMilliseconds / 1000)), failure: nil)
    case .tcpSocket(let tcp):
      return HookOutcome(
        elapsed: .zero,
        failure:
          "Cannot run handler: invalid handler: &LifecycleHandler{Exec:nil,HTTPGet:nil,TCPSocket:&TCPSocketAction{Port:\(tcp.port?.description ?? "0"),Host:\(tcp.host ?? ""),},Sleep:nil,}"
      )
    }
  }

  /// The headers of a kubelet HTTP request: the spec's, plus its User-Agent and `Accept: */*`
  /// unless the spec sets them.
  static func kubeletHeaders(_ spec: [HTTPHeader]?, userAgent: String, host: String, port: Int)
    -> [Container.HTTPHeader]
  {
    var headers = (spec ?? []).map { Container.HTTPHeader(name: $0.name, value: $0.value) }
    // Go takes the Host header from the URL, which names the port: `192.168.1.4:80`.
    if !headers.contains(where: { $0.name.lowercased() == "host" }) {
      headers.insert(Container.HTTPHeader(name: "Host", value: joinHostPort(host, port)), at: 0)
    }
    if !headers.contains(where: { $0.name.lowercased() == "user-agent" }) {
      headers.append(Container.HTTPHeader(name: "User-Agent", value: userAgent))
    }
    if !headers.contains(where: { $0.name.lowercased() == "accept" }) {
      headers.append(Container.HTTPHeader(name: "Accept", value: "*/*"))
    }
    return headers
  }

  /// A hook's port: a number, or the name of one of the container's ports.
  private func resolvePort(_ port: IntOrString?, in spec: ContainerSpec) -> Int? {
    switch port {
    case .int(let n)?: return (1...65535).contains(Int(n)) ? Int(n) : nil
    case .string(let name)?:
      if let match = spec.ports?.first(where: { $0.name == name }), let number = match.containerPort
      {
        return Int(number)
      }
      return Int(name)
    case nil: return nil
    }
  }
}
