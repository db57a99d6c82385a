import Container
import FuzzSupport

/// The container's POSIX-sh subset: lexer, parser and interpreter, within its budgets (steps,
/// memory, the exec's time limit), as `kubectl exec POD -- sh -c SCRIPT` and exec hooks run it.
///
/// The first byte picks the image and the way the script runs (`sh -c` or `bash -c` in an
/// exec, as PID 1 computed ahead, or typed line by line into an interactive shell); the rest
/// is the script. Lines after a line `%%` are the script's stdin.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContainerShell(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzInput.bytes(data, size)
  guard let selector = bytes.first else { return 0 }
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  var script = text
  var stdin = ""
  if let range = text.range(of: "\n%%\n") {
    script = String(text[..<range.lowerBound])
    stdin = String(text[range.upperBound...])
  }
  let start = Instant(seconds: 1_757_926_800)
  let images = ["nginx", "busybox"]
  let image = ImageCatalog.standard.image(for: images[Int(selector & 1)])!
  // busybox's own command (`sh`) ends at once without a terminal: keep it running.
  let command: [String]? = image.kind == .busybox ? ["sleep", "3600"] : nil
  switch selector >> 1 & 3 {
  case 0, 1:
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: command, hostname: "fuzz", ipAddress: "10.244.0.2"),
      startedAt: start)
    let shell = selector & 2 == 0 ? "sh" : "bash"
    _ = container.exec(
      [shell, "-c", script], stdin: stdin, tty: selector & 8 != 0, at: start + .seconds(1),
      timeLimit: .seconds(60))
    _ = container.processes(at: start + .seconds(2))
  case 2:
    // PID 1: its whole run is computed ahead, up to the horizon.
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: ["sh", "-c", script], hostname: "fuzz", ipAddress: "10.244.0.2"),
      startedAt: start, horizon: .seconds(600))
    _ = container.logs(until: start + .seconds(600))
    // SIGTERM computes PID 1's run again with the signal delivered: only worth the time (it
    // doubles the input's) where a trap can make it differ.
    if script.contains("trap") { container.signal(.term, pid: 1, at: start + .seconds(5)) }
    _ = container.exit
  default:
    // An interactive shell fed line by line, as after `kubectl exec -it POD -- sh`.
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: command, hostname: "fuzz", ipAddress: "10.244.0.2"),
      startedAt: start)
    var now = start + .seconds(1)
    let shell = selector & 1 == 0 ? "/bin/bash" : "sh"
    guard var session = InteractiveSession(argv: [shell], container: &container, at: now) else {
      return 0
    }
    _ = session.prompt(hostname: "fuzz")
    for line in script.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
      if line == "\u{3}" {
        session.cancelPending()
        continue
      }
      let step = session.run(line: String(line), in: &container, at: now, timeLimit: .seconds(60))
      now = now + step.elapsed + .seconds(1)
      if step.exited != nil { break }
    }
    _ = session.finishPending(in: &container, at: now, timeLimit: .seconds(60))
  }
  return 0
}

/// The executable's entry point (see Package.swift): libFuzzer's driver.
@_cdecl("fuzz_container_sh_main")
public func fuzzContainerShellMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  FuzzDriver.run(argc, argv, fuzzContainerShell)
}
