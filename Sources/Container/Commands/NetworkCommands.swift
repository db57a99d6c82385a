/// HTTP clients: `curl` (in the nginx image) and busybox `wget`; busybox `nc -l` as a server
/// that accepts connections and never answers.
enum NetworkCommands {
  static let all: [Program] = [curl, wget, nc]

  /// `nc -l -p PORT`: listens, prints what arrives, never replies (a hook sent there hangs).
  /// Client mode is not simulated.
  static let nc = Program(name: "nc") { machine, inv throws(ShellControl) in
    var listen = false
    var port: Int?
    var rest = inv.operands[...]
    while let arg = rest.popFirst() {
      if arg.hasPrefix("-") && arg.count > 1 {
        var letters = arg.dropFirst()
        while let letter = letters.popFirst() {
          switch letter {
          case "l": listen = true
          case "k", "v", "n": break
          case "p", "w", "i":
            let value = letters.isEmpty ? rest.popFirst() : String(letters)
            letters = ""
            if letter == "p" { port = value.flatMap { Int($0) } }
          default:
            machine.err(inv, "nc: invalid option -- '\(letter)'\n")
            return 1
          }
        }
      } else if listen, port == nil, let number = Int(arg) {
        port = number
      }
    }
    guard listen else {
      machine.err(inv, "kubetutor: 'nc' as a client is not simulated; 'nc -l -p PORT' listens\n")
      return 1
    }
    guard let port, (1...65535).contains(port) else {
      machine.err(inv, "nc: bad port\n")
      return 1
    }
    if machine.kernel.acceptsConnection(onPort: port, at: machine.now) {
      machine.err(inv, "nc: bind: Address already in use\n")
      return 1
    }
    if let index = machine.kernel.index(of: inv.pid) {
      machine.kernel.processes[index].role = .silentListener(port: port)
    }
    // Waits for ever: the connection it accepts is never answered.
    try machine.advance(by: .seconds(86_400 * 365 * 10))
    return 0
  }

  static let curl = Program(name: "curl") { machine, inv throws(ShellControl) in
    var silent = false
    var showErrors = false
    var include = false
    var head = false
    var fail = false
    var verbose = false
    var output: String?
    var method = "GET"
    var headers: [HTTPHeader] = []
    var urls: [String] = []
    var rest = inv.operands[...]
    while let arg = rest.popFirst() {
      switch arg {
      case "-o", "--output": output = rest.popFirst()
      case "-X", "--request": method = rest.popFirst() ?? method
      case "-H", "--header":
        if let header = rest.popFirst(), let colon = header.firstIndex(of: ":") {
          headers.append(
            HTTPHeader(
              name: String(header[..<colon]),
              value: String(header[header.index(after: colon)...]).trimmingCharactersInSet()))
        }
      case "-m", "--max-time", "--connect-timeout", "-w", "--write-out", "-d", "--data", "-u",
        "--user", "-A", "--user-agent":
        let value = rest.popFirst()
        if arg == "-A" || arg == "--user-agent", let value {
          headers.append(HTTPHeader(name: "User-Agent", value: value))
        }
      case "--silent": silent = true
      case "--show-error": showErrors = true
      case "--include": include = true
      case "--head": head = true
      case "--fail": fail = true
      case "--verbose": verbose = true
      case "--location", "--insecure", "-k", "-L": break
      default:
        if arg.hasPrefix("-"), !arg.hasPrefix("--"), arg.count > 1 {
          for flag in arg.dropFirst() {
            switch flag {
            case "s": silent = true
            case "S": showErrors = true
            case "i": include = true
            case "I": head = true
            case "f": fail = true
            case "v": verbose = true
            case "L", "k": break
            default:
              machine.err(
                inv,
                "curl: option -\(flag): is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n"
              )
              return 2
            }
          }
        } else if !arg.hasPrefix("-") {
          urls.append(arg)
        }
      }
    }
    _ = verbose
    guard let urlText = urls.first else {
      machine.err(inv, "curl: try 'curl --help' or 'curl --manual' for more information\n")
      return 2
    }
    let quietErrors = silent && !showErrors
    guard let url = URLParts(urlText) else {
      if !quietErrors {
        machine.err(inv, "curl: (3) URL using bad/illegal format or missing URL\n")
      }
      return 3
    }
    if head { method = "HEAD" }
    guard machine.kernel.isLocal(url.host) || Kernel.isIPv4(url.host) else {
      if !quietErrors { machine.err(inv, "curl: (6) Could not resolve host: \(url.host)\n") }
      return 6
    }
    var requestHeaders = [
      HTTPHeader(name: "Host", value: url.port == 80 ? url.host : "\(url.host):\(url.port)")
    ]
    if !headers.contains(where: { $0.name.lowercased() == "user-agent" }) {
      requestHeaders.append(
        HTTPHeader(
          name: "User-Agent",
          value: "curl/\(machine.kernel.image.programVersions["curl"] ?? "7.88.1")"))
    }
    requestHeaders.append(HTTPHeader(name: "Accept", value: "*/*"))
    requestHeaders += headers
    let request = HTTPRequest(
      method: method, scheme: url.scheme, host: url.host, port: url.port, path: url.path,
      headers: requestHeaders, clientIP: "127.0.0.1")
    let result =
      machine.kernel.isLocal(url.host)
      ? machine.kernel.serve(request, at: machine.now) : .connectionRefused
    if result == .noAnswer {
      try machine.advance(by: .seconds(86_400 * 365 * 10))  // waits for an answer that never comes
    }
    guard case .response(let response) = result else {
      if !quietErrors {
        machine.err(
          inv,
          "curl: (7) Failed to connect to \(url.host) port \(url.port) after 0 ms: Couldn't connect to server\n"
        )
      }
      return 7
    }
    try machine.advance(by: response.elapsed)
    if fail && response.status >= 400 {
      if !quietErrors {
        machine.err(inv, "curl: (22) The requested URL returned error: \(response.status)\n")
      }
      return 22
    }
    var text = ""
    if include || head {
      text +=
        response.statusLine + "\r\n"
        + response.headers.map { "\($0.name): \($0.value)\r\n" }.joined() + "\r\n"
    }
    text += response.body
    if let output, output != "-" {
      try? machine.kernel.fs.write(inv.absolute(output), contents: text)
    } else {
      machine.out(inv, text)
    }
    return 0
  }

  /// busybox `wget [-q] [-O FILE] URL`.
  static let wget = Program(name: "wget") { machine, inv throws(ShellControl) in
    var quiet = false
    var output: String?
    var urls: [String] = []
    var rest = inv.operands[...]
    while let arg = rest.popFirst() {
      if arg == "-O" {
        output = rest.popFirst()
      } else if arg.hasPrefix("-O"), arg.count > 2 {
        output = String(arg.dropFirst(2))
      } else if arg == "-q" {
        quiet = true
      } else if arg.hasPrefix("-"), arg.count > 1 {
        var letters = arg.dropFirst()
        while let flag = letters.popFirst() {
          if flag == "q" { quiet = true }
          if flag == "O" {
            output = letters.isEmpty ? rest.popFirst() : String(letters)
            break
          }
        }
      } else {
        urls.append(arg)
      }
    }
    guard let urlText = urls.first, let url = URLParts(urlText) else {
      machine.err(
        inv,
        "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n"
      )
      return 1
    }
    guard machine.kernel.isLocal(url.host) || Kernel.isIPv4(url.host) else {
      machine.err(inv, "wget: bad address '\(url.host)'\n")
      return 1
    }
    let address = url.host == "localhost" ? "127.0.0.1" : url.host
    if !quiet {
      machine.err(
        inv,
        "Connecting to \(url.host)\(url.port == 80 ? "" : ":\(url.port)") (\(address):\(url.port))\n"
      )
    }
    let request = HTTPRequest(
      host: url.host, port: url.port, path: url.path,
      headers: [
        HTTPHeader(name: "Host", value: url.host), HTTPHeader(name: "User-Agent", value: "Wget"),
      ], clientIP: "127.0.0.1")
    let result =
      machine.kernel.isLocal(url.host)
      ? machine.kernel.serve(request, at: machine.now) : .connectionRefused
    if result == .noAnswer {
      try machine.advance(by: .seconds(86_400 * 365 * 10))  // waits for an answer that never comes
    }
    guard case .response(let response) = result else {
      machine.err(inv, "wget: can't connect to remote host (\(address)): Connection refused\n")
      return 1
    }
    try machine.advance(by: response.elapsed)
    guard response.status < 400 else {
      machine.err(inv, "wget: server returned error: \(response.statusLine)\n")
      return 1
    }
    let file =
      output
      ?? {
        let name = FilePath.basename(String(url.path.prefix { $0 != "?" }))
        return name == "/" ? "index.html" : name
      }()
    if file == "-" {
      machine.out(inv, response.body)
      return 0
    }
    do throws(FileSystemError) {
      try machine.kernel.fs.write(inv.absolute(file), contents: response.body)
    } catch {
      machine.err(inv, "wget: can't open '\(file)': \(error.kind.posixDescription)\n")
      return 1
    }
    if !quiet {
      let size = String(response.body.utf8.count)
      machine.err(
        inv,
        "saving to '\(file)'\n\(file.padding(20)) 100% |********************************| \(String(repeating: " ", count: max(0, 5 - size.count)))\(size)  0:00:00 ETA\n'\(file)' saved\n"
      )
    }
    return 0
  }
}
