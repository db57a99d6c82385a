import Cluster

/// kubectl 1.34, emulated: parses a command line and runs it against the simulated cluster.
///
/// Pure: it reads files only through the environment's ``FileSource`` and returns what kubectl
/// would print instead of printing it.
public enum Kubectl {
  /// Runs `kubectl <arguments>` (the words after `kubectl`) against the cluster.
  ///
  /// Commands that block in real kubectl (`delete`, `exec` of a slow command) advance the
  /// cluster's virtual clock by as long as they would take.
  public static func run(
    _ arguments: [String], in cluster: inout Cluster, environment: KubectlEnvironment
  ) -> CommandOutput {
    var output = CommandOutput()
    do {
      let invocation = try Invocation.parse(arguments)
      try invocation.execute(in: &cluster, environment: environment, output: &output)
    } catch let error as KubectlError {
      error.render(into: &output)
    } catch {
      output.err("error: \(error)\n")
      output.exitCode = 1
    }
    return output
  }

  /// Whether kubectl would accept `kubectl <arguments>` as a command line, without running it:
  /// nil if so, else the error kubectl prints (for lessons, whose text must only show commands
  /// the simulator understands).
  public static func grammarError(_ arguments: [String]) -> String? {
    var output = CommandOutput()
    do throws(KubectlError) {
      try Invocation.parse(arguments).validate()
      return nil
    } catch {
      error.render(into: &output)
    }
    return output.chunks.map(\.text).joined()
  }
}
