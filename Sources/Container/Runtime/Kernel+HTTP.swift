/// The simulated servers: nginx serving `/usr/share/nginx/html` and httpbin's endpoints.
extension Kernel {
  /// Serves `request` arriving at `instant` on this container's IP.
  mutating func serve(_ request: HTTPRequest, at instant: Instant) -> HTTPResult {
    if let listener = silentListener(onPort: request.port, at: instant) {
      // `nc -l` prints what it receives, CRLF line ends included: the request line, the
      // headers and the blank line after them (into the container log when it is PID 1).
      // In the order Go and curl write them: Host, User-Agent, then the rest by name.
      let host = request.header("Host") ?? "\(request.host):\(request.port)"
      let others = request.headers.filter {
        !["host", "user-agent"].contains($0.name.lowercased())
      }
      .sorted { $0.name < $1.name }
      let lines =
        ["\(request.method) \(request.path) HTTP/1.1", "Host: \(host)"]
        + (request.header("User-Agent").map { ["User-Agent: \($0)"] } ?? [])
        + others.map { "\($0.name): \($0.value)" } + [""]
      if listener.pid == 1 {
        for line in lines { logLine(line + "\r", stream: .stdout, at: instant) }
      }
      return .noAnswer
    }
    guard
      let listener = alive(at: instant).first(where: {
        ($0.role == .nginxMaster || $0.role == .gunicornMaster) && $0.exitAt == nil
      })
    else {
      return .connectionRefused
    }
    guard request.port == 80 else { return .connectionRefused }
    switch listener.role {
    case .nginxMaster: return .response(serveNginx(request, at: instant))
    default: return .response(serveHttpbin(request, at: instant))
    }
  }

  /// Whether a TCP connection to `port` at `instant` would be accepted (a server listens there).
  func acceptsConnection(onPort port: Int, at instant: Instant) -> Bool {
    if silentListener(onPort: port, at: instant) != nil { return true }
    return port == 80
      && alive(at: instant).contains {
        ($0.role == .nginxMaster || $0.role == .gunicornMaster) && $0.exitAt == nil
      }
  }

  /// The `nc -l` process listening on `port` at `instant`, if any.
  func silentListener(onPort port: Int, at instant: Instant) -> SimulatedProcess? {
    alive(at: instant).first { $0.role == .silentListener(port: port) }
  }

  private mutating func serveNginx(_ request: HTTPRequest, at instant: Instant) -> HTTPResponse {
    let version = nginxVersion
    let rawPath = String(request.path.prefix { $0 != "?" })
    var path = FilePath.normalize(rawPath)
    let root = "/usr/share/nginx/html"
    var status = 200
    var body = ""
    var contentType = "text/html"
    if fs.isDirectory(root + path) {
      if fs.isFile(FilePath.join(root + (path == "/" ? "" : path), "index.html")) {
        path = FilePath.join(path, "index.html")
      } else {
        status = 403
      }
    }
    if status == 200, let text = try? fs.read(root + path), fs.isFile(root + path) {
      body = text
      if path.hasSuffix(".css") { contentType = "text/css" }
      if path.hasSuffix(".json") { contentType = "application/json" }
      if path.hasSuffix(".txt") { contentType = "text/plain" }
    } else {
      if status == 200 { status = 404 }
      let reason = HTTPResponse.reason(for: status)
      body =
        "<html>\r\n<head><title>\(status) \(reason)</title></head>\r\n<body>\r\n<center><h1>\(status) \(reason)</h1></center>\r\n<hr><center>nginx/\(version)</center>\r\n</body>\r\n</html>\r\n"
      if status == 404 {
        let worker = alive(at: instant).first { $0.role == .nginxWorker }?.pid ?? 1
        logLine(
          CivilTime(instant).nginxErrorLogPrefix("error", pid: worker)
            + "*1 open() \"\(root)\(rawPath)\" failed (2: No such file or directory), client: \(request.clientIP), server: localhost, request: \"\(request.method) \(request.path) HTTP/1.1\", host: \"\(request.header("Host") ?? request.host)\"",
          stream: .stderr, at: instant)
      }
    }
    let agent = request.header("User-Agent") ?? "-"
    let sent = request.method == "HEAD" ? 0 : body.utf8.count
    logLine(
      "\(request.clientIP) - - [\(CivilTime(instant).commonLog)] \"\(request.method) \(request.path) HTTP/1.1\" \(status) \(sent) \"-\" \"\(agent)\" \"-\"",
      stream: .stdout, at: instant)
    var headers = [
      HTTPHeader(name: "Server", value: "nginx/\(version)"),
      HTTPHeader(name: "Date", value: CivilTime(instant).httpDate),
      HTTPHeader(name: "Content-Type", value: contentType),
      HTTPHeader(name: "Content-Length", value: String(body.utf8.count)),
    ]
    if status == 200 {
      headers.append(HTTPHeader(name: "Last-Modified", value: "Tue, 26 Nov 2024 15:55:00 GMT"))
      headers += [
        HTTPHeader(name: "Connection", value: "keep-alive"),
        HTTPHeader(name: "ETag", value: "\"6745ef54-\(String(body.utf8.count, radix: 16))\""),
        HTTPHeader(name: "Accept-Ranges", value: "bytes"),
      ]
    } else {
      headers.append(HTTPHeader(name: "Connection", value: "keep-alive"))
    }
    return HTTPResponse(
      status: status, reason: HTTPResponse.reason(for: status), headers: headers,
      body: request.method == "HEAD" ? "" : body, elapsed: .milliseconds(1))
  }

  private func serveHttpbin(_ request: HTTPRequest, at instant: Instant) -> HTTPResponse {
    let rawPath = String(request.path.prefix { $0 != "?" })
    let query =
      request.path.contains("?") ? String(request.path.drop { $0 != "?" }.dropFirst()) : ""
    let segments = rawPath.split(separator: "/").map(String.init)
    let host =
      request.header("Host")
      ?? (request.port == 80 ? request.host : "\(request.host):\(request.port)")
    var headerLines = [("Accept", request.header("Accept") ?? "*/*"), ("Host", host)]
    if let agent = request.header("User-Agent") { headerLines.append(("User-Agent", agent)) }
    for header in request.headers
    where !["accept", "host", "user-agent"].contains(header.name.lowercased()) {
      headerLines.append((header.name, header.value))
    }
    headerLines.sort { $0.0 < $1.0 }
    let headersJSON =
      "{\n"
      + headerLines.map { "    \"\($0.0)\": \"\(JSONText.escape($0.1))\"" }.joined(
        separator: ", \n") + "\n  }"
    var args = "{}"
    if !query.isEmpty {
      let pairs = query.split(separator: "&").map { pair -> String in
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        return
          "    \"\(JSONText.escape(parts[0]))\": \"\(JSONText.escape(parts.count > 1 ? parts[1] : ""))\""
      }
      args = "{\n" + pairs.joined(separator: ", \n") + "\n  }"
    }
    let url = "http://\(host)\(request.path)"
    var status = 200
    var body: String
    var elapsed: Duration = .milliseconds(2)
    var contentType = "application/json"
    switch segments.first {
    case "get" where segments.count == 1:
      body =
        "{\n  \"args\": \(args), \n  \"headers\": \(headersJSON), \n  \"origin\": \"\(request.clientIP)\", \n  \"url\": \"\(url)\"\n}\n"
    case "anything":
      body =
        "{\n  \"args\": \(args), \n  \"data\": \"\", \n  \"files\": {}, \n  \"form\": {}, \n  \"headers\": \(headersJSON), \n  \"json\": null, \n  \"method\": \"\(request.method)\", \n  \"origin\": \"\(request.clientIP)\", \n  \"url\": \"\(url)\"\n}\n"
    case "headers" where segments.count == 1:
      body = "{\n  \"headers\": \(headersJSON)\n}\n"
    case "ip" where segments.count == 1:
      body = "{\n  \"origin\": \"\(request.clientIP)\"\n}\n"
    case "user-agent" where segments.count == 1:
      body = "{\n  \"user-agent\": \"\(JSONText.escape(request.header("User-Agent") ?? ""))\"\n}\n"
    case "status" where segments.count == 2:
      guard let code = Int(segments[1]), (100...599).contains(code) else {
        status = 400
        body = "Invalid status code"
        contentType = "text/html; charset=utf-8"
        break
      }
      status = code
      body =
        code == 418
        ? "\n    -=[ teapot ]=-\n\n       _...._\n     .'  _ _ `.\n    | .\"` ^ `\". _,\n    \\_;`\"---\"`|//\n      |       ;/\n      \\_     _/\n        `\"\"\"`\n"
        : ""
      contentType = "text/html; charset=utf-8"
    case "delay" where segments.count == 2:
      guard let seconds = Double(segments[1]) else {
        status = 500
        body = ""
        break
      }
      elapsed = .milliseconds(Int64(min(max(seconds, 0), 10) * 1000))
      body =
        "{\n  \"args\": \(args), \n  \"data\": \"\", \n  \"files\": {}, \n  \"form\": {}, \n  \"headers\": \(headersJSON), \n  \"origin\": \"\(request.clientIP)\", \n  \"url\": \"\(url)\"\n}\n"
    case nil:
      body =
        "<!DOCTYPE html>\n<html lang=\"en\">\n\n<head>\n    <meta charset=\"UTF-8\">\n    <title>httpbin.org</title>\n</head>\n\n<body>\n    <h2 class=\"title\"> httpbin.org\n        <small>\n            <pre class=\"version\">0.9.2</pre>\n        </small>\n    </h2>\n    <p>A simple HTTP Request &amp; Response Service.</p>\n</body>\n\n</html>\n"
      contentType = "text/html; charset=utf-8"
    default:
      status = 404
      body =
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.</p>\n"
      contentType = "text/html"
    }
    let headers = [
      HTTPHeader(name: "Server", value: "gunicorn/19.9.0"),
      HTTPHeader(name: "Date", value: CivilTime(instant + elapsed).httpDate),
      HTTPHeader(name: "Connection", value: "keep-alive"),
      HTTPHeader(name: "Content-Type", value: contentType),
      HTTPHeader(name: "Content-Length", value: String(body.utf8.count)),
      HTTPHeader(name: "Access-Control-Allow-Origin", value: "*"),
      HTTPHeader(name: "Access-Control-Allow-Credentials", value: "true"),
    ]
    return HTTPResponse(
      status: status, reason: HTTPResponse.reason(for: status), headers: headers,
      body: request.method == "HEAD" ? "" : body, elapsed: elapsed)
  }
}
