import Cluster
import FuzzSupport
import Kubectl

/// Manifest text (YAML, multi-document, or JSON) → JSON documents → a decoded, defaulted and
/// validated Pod in a cluster, then the kubelet's run of it, as `kubectl apply -f -` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  // The parser and decoder alone: the API the Kubectl and Lessons layers build on.
  if let documents = try? ManifestParser.documents(from: text) {
    var cluster = Cluster()
    for document in documents {
      if let pod = try? PodDecoder.decode(document) { _ = try? cluster.create(pod) }
    }
  }
  // The way a learner hands it over: apply from stdin, let it run, look at it, delete it.
  var cluster = Cluster()
  let environment = KubectlEnvironment(files: InMemoryFiles(), stdin: text)
  _ = Kubectl.run(["apply", "-f", "-"], in: &cluster, environment: environment)
  cluster.advance(by: .seconds(30))
  for command in [
    ["get", "pods", "-A", "-o", "wide"], ["get", "pods", "-A", "-o", "yaml"],
    ["describe", "pods", "-A"], ["get", "events", "-A"],
    ["delete", "pods", "--all", "-A", "--wait=false"],
  ] {
    _ = Kubectl.run(command, in: &cluster, environment: environment)
  }
  cluster.advance(by: .seconds(60))
  return 0
}

/// The executable's entry point (see Package.swift): libFuzzer's driver.
@_cdecl("fuzz_manifest_main")
public func fuzzManifestMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  FuzzDriver.run(argc, argv, fuzzManifest)
}
