import Cluster
import FuzzSupport
import Kubectl
import Shell

/// kubectl command lines, one a line, run in order against a fresh cluster: the grammar
/// (verbs, flags, selectors, output formats), then the command itself with its printers.
///
/// Lines are split into words as the outer shell splits them (quotes, escapes), and a leading
/// `kubectl ` is optional. After a line `%%`, the rest of the input is what `-f -` reads. The
/// lesson manifests are files under `/lesson`, the working directory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKubectl(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  var script = Substring(text)
  var stdin = ""
  if let range = text.range(of: "\n%%\n") {
    script = text[..<range.lowerBound]
    stdin = String(text[range.upperBound...])
  }
  let environment = KubectlEnvironment(
    files: Repository.lessonFiles, workingDirectory: "/lesson", stdin: stdin,
    stdinIsTerminal: false)
  var cluster = Cluster()
  for line in script.split(separator: "\n").prefix(32) {
    guard var words = try? WordSplitter.split(String(line)).words else { continue }
    if words.first == "kubectl" { words.removeFirst() }
    _ = Kubectl.grammarError(words)
    _ = Kubectl.run(words, in: &cluster, environment: environment)
    cluster.advance(by: .seconds(1))
  }
  return 0
}

/// The executable's entry point (see Package.swift): libFuzzer's driver.
@_cdecl("fuzz_kubectl_main")
public func fuzzKubectlMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  FuzzDriver.run(argc, argv, fuzzKubectl)
}
