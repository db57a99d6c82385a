import Cluster

/// A probe as `kubectl describe` prints it (DescribeProbe): the handler, then its timing.
enum ProbeDescription {
  static func describe(_ probe: Probe) -> String {
    let attributes =
      "delay=\(probe.initialDelaySeconds ?? 0)s timeout=\(probe.timeoutSeconds ?? 0)s period=\(probe.periodSeconds ?? 0)s #success=\(probe.successThreshold ?? 0) #failure=\(probe.failureThreshold ?? 0)"
    if let exec = probe.exec {
      return "exec [\((exec.command ?? []).joined(separator: " "))] \(attributes)"
    }
    if let get = probe.httpGet {
      let port = get.port?.description ?? ""
      let host = port.isEmpty ? (get.host ?? "") : joinHostPort(get.host ?? "", port)
      var path = escapePath(get.path ?? "")
      if !path.isEmpty && !path.hasPrefix("/") && !host.isEmpty { path = "/" + path }
      let scheme = (get.scheme ?? "").lowercased()
      let url = (scheme.isEmpty ? "" : scheme + ":") + (host.isEmpty ? "" : "//" + host) + path
      return "http-get \(url) \(attributes)"
    }
    if let tcp = probe.tcpSocket {
      return "tcp-socket \(tcp.host ?? ""):\(tcp.port?.description ?? "") \(attributes)"
    }
    if let grpc = probe.grpc {
      return "grpc <pod>:\(grpc.port ?? 0) \(grpc.service ?? "") \(attributes)"
    }
    return "unknown \(attributes)"
  }

  /// Go's net.JoinHostPort.
  private static func joinHostPort(_ host: String, _ port: String) -> String {
    host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
  }

  /// Go's url.URL path escaping (encodePath): `?`, `#`, spaces and other reserved bytes as %XX.
  private static func escapePath(_ path: String) -> String {
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~$&+,/:;=@".utf8)
    var out = ""
    for byte in path.utf8 {
      if allowed.contains(byte) {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return out
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
