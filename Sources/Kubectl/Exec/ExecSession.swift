import Cluster
import Container

/// An interactive shell opened by `kubectl exec -it POD -- /bin/bash` (or `sh`).
///
/// The shell layer sends it the learner's lines until it reports that the shell exited.
public struct ExecSession: Sendable {
  public var podName: String
  public var namespace: String
  public var container: String
  var shell: InteractiveSession
  var hostname: String
  var continuing = false

  /// The prompt the container's shell prints now, e.g. `root@lifecycle-demo:/# `, or the
  /// continuation prompt `> ` inside an unfinished construct.
  public var prompt: String {
    continuing ? shell.continuationPrompt : shell.prompt(hostname: hostname)
  }

  /// Ctrl-C at the container's prompt: a half-typed command is dropped, `$?` becomes 130.
  public mutating func interrupt() {
    shell.cancelPending()
    continuing = false
  }

  /// Whether lines typed so far wait for more (the `> ` prompt).
  public var isContinuing: Bool { continuing }

  /// The container shell's current directory.
  public var workingDirectory: String { shell.workingDirectory }

  /// The result of one line typed into the container's shell.
  public struct LineResult: Equatable, Sendable {
    /// What the shell printed (stdout and stderr merged, as through a TTY).
    public var output: String
    /// Set when the shell exited; kubectl then returns with this status.
    public var exitStatus: Int32?
    /// kubectl's own message after the shell exited (`command terminated with exit code 3`).
    public var kubectlMessage: String
  }

  /// Runs one line in the container at the cluster's current time, advancing the clock by
  /// however long the command takes (`sleep 5` takes five virtual seconds).
  ///
  /// With a `pacer` (the interactive shell) the command takes real time and Ctrl-C stops it.
  /// A nil line is Ctrl-D in the middle of a command: the shell runs what it has.
  public mutating func run(
    line: String?, in cluster: inout Cluster, pacer: (any Pacer)? = nil, columns: Int = 80
  ) -> LineResult {
    shell.columns = columns
    let result = cluster.runInteractive(
      &shell, line: line, pod: podName, namespace: namespace, container: container,
      pace: pacer?.execPace(from: cluster.now, pod: podName))
    continuing = result.needsMoreInput
    // The line stopped the container (`kill 1`, `nginx -s quit`): the shell dies with it before
    // the next line could be typed, and kubectl reports the exec as killed.
    if result.exitStatus == nil,
      !cluster.containerIsRunning(
        pod: podName, namespace: namespace, container: container, after: .seconds(1))
    {
      return LineResult(
        output: result.output, exitStatus: 137,
        kubectlMessage: "command terminated with exit code 137\n")
    }
    guard let status = result.exitStatus else {
      return LineResult(output: result.output, exitStatus: nil, kubectlMessage: "")
    }
    if result.lostConnection {
      return LineResult(
        output: result.output, exitStatus: status,
        kubectlMessage: "command terminated with exit code \(status)\n")
    }
    return LineResult(
      output: result.output, exitStatus: status,
      kubectlMessage: status == 0 ? "" : "command terminated with exit code \(status)\n")
  }
}
