import Cluster
import Kubectl
import Testing

/// `kubectl --help`, `kubectl VERB --help` and `kubectl help VERB`.
@Suite struct HelpTests {
  @Test(arguments: ["--help", "-h", "help"])
  func topLevelHelp(_ line: String) {
    var driver = Driver()
    let output = driver.kubectl(line)
    #expect(output.exitCode == 0)
    #expect(output.combined.hasPrefix("kubectl controls the Kubernetes cluster manager.\n"))
    #expect(output.combined.contains("  get           Display one or many resources\n"))
  }

  @Test(arguments: ["get pods --help", "get -h", "help get", "-n default get --help"])
  func verbHelpListsTheSimulatedFlags(_ line: String) {
    var driver = Driver()
    let output = driver.kubectl(line)
    #expect(output.exitCode == 0)
    let text = output.combined
    #expect(text.hasPrefix("Display one or many resources.\n"))
    #expect(text.contains("    -o, --output string\n"))
    #expect(text.contains("    -w, --watch\n"))
    #expect(text.contains("kubectl_get/"))
  }

  /// After `--`, `--help` belongs to the command run in the container.
  @Test func helpAfterDoubleDashIsTheContainersBusiness() {
    var driver = Driver()
    let output = driver.kubectl("exec web -- ls --help")
    #expect(output.combined == "Error from server (NotFound): pods \"web\" not found\n")
  }
}
