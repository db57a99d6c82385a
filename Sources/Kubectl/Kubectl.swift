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
}
