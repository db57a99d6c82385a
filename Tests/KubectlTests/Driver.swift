import Cluster
import Kubectl

/// Runs kubectl lines against one cluster the way `kubetutor run` does (1 s per line), without
/// the shell layer: words are split on spaces, so test lines avoid quotes.
struct Driver {
  var cluster = Cluster()
  var files: [String: String] = [:]
  var transcript = ""
  var session: ExecSession?

  mutating func run(_ lines: [String]) {
    for line in lines {
      cluster.advance(by: .seconds(1))
      if var open = session {
        transcript += open.prompt + line + "\n"
        let result = open.run(line: line, in: &cluster)
        transcript += result.output + result.kubectlMessage
        session = result.exitStatus == nil ? open : nil
        continue
      }
      transcript += "$ \(line)\n"
      let words = line.split(separator: " ").map(String.init)
      if words.first == "sleep", let seconds = words.dropFirst().first.flatMap(Int64.init) {
        cluster.advance(by: .seconds(seconds))
        continue
      }
      guard words.first == "kubectl" else { continue }
      let environment = KubectlEnvironment(files: InMemoryFiles(files), workingDirectory: "/root")
      let output = Kubectl.run(Array(words.dropFirst()), in: &cluster, environment: environment)
      transcript += output.combined
      session = output.session
    }
  }

  /// Runs one kubectl command and returns its output.
  mutating func kubectl(_ line: String) -> CommandOutput {
    let environment = KubectlEnvironment(files: InMemoryFiles(files), workingDirectory: "/root")
    return Kubectl.run(
      line.split(separator: " ").map(String.init), in: &cluster, environment: environment)
  }
}
