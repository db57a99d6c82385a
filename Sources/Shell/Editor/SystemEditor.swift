#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `$VISUAL` or `$EDITOR`, started through `/bin/sh` the way git and crontab start it (so
/// `EDITOR="code --wait"` works), on the learner's terminal.
///
/// This is the one process the shell starts: the learner's editor, on the learner's own file
/// in the workspace. Nothing of the simulation runs on the host.
public struct SystemEditor: ExternalEditor {
  public let command: String

  /// The editor the environment names: `VISUAL`, then `EDITOR`; nil when neither is set.
  public init?(environment: [String: String]) {
    guard
      let command = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(
        where: { !$0.allSatisfy(\.isWhitespace) })
    else { return nil }
    self.command = command
  }

  public func edit(_ path: String) -> String? {
    let words: [String] = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
    guard started == 0 else { return String(cString: strerror(started)) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // sh has already said so when it cannot find the editor (status 127): say nothing more.
    return nil
  }
}
