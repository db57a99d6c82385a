import Cluster
import Testing

@testable import Kubectl

/// go-yaml's strict UTF-8 reader (``GoYAMLReader``), which refuses a YAML file before parsing,
/// and Go's `filepath.Join`, which names the files found in a directory.
@Suite struct GoYAMLReaderTests {
  @Test(
    arguments: [
      ([0x61, 0x3A, 0x20, 0x62, 0x0A], nil),
      (Array("名前: 値\n".utf8), nil),
      ([0x61, 0x3A, 0x20, 0xFF], "invalid leading UTF-8 octet"),
      ([0x61, 0x3A, 0x20, 0x80], "invalid leading UTF-8 octet"),
      ([0x61, 0x3A, 0x20, 0xE9, 0x0A, 0x62, 0x0A], "invalid trailing UTF-8 octet"),
      // go-yaml looks for the whole sequence before its trailing octets.
      ([0x61, 0x3A, 0x20, 0xE9, 0x0A], "incomplete UTF-8 octet sequence"),
      ([0x61, 0x3A, 0x20, 0xE6, 0x97], "incomplete UTF-8 octet sequence"),
      ([0x61, 0x3A, 0x20, 0xC0, 0xAF], "invalid length of a UTF-8 sequence"),
      ([0xED, 0xA0, 0x80], "invalid Unicode character"),
      ([0xF4, 0x90, 0x80, 0x80], "invalid Unicode character"),
      ([0x61, 0x01, 0xFF], "control characters are not allowed"),
      ([0x61, 0xFF, 0x01], "invalid leading UTF-8 octet"),
      // Read as JSON: Go puts U+FFFD in place of the bad byte and goes on.
      ([0x20, 0x7B, 0x22, 0xFF, 0x22, 0x7D], nil),
    ] as [([UInt8], String?)])
  func firstProblem(bytes: [UInt8], problem: String?) {
    #expect(GoYAMLReader.problem(in: bytes) == problem)
  }

  @Test(arguments: [
    (".", "pod.yaml", "pod.yaml"),
    ("./pods/", "pod.yaml", "pods/pod.yaml"),
    ("pods", "pod.yaml", "pods/pod.yaml"),
    ("../x/./y", "pod.yaml", "../x/y/pod.yaml"),
    ("/tmp//pods", "pod.yaml", "/tmp/pods/pod.yaml"),
    ("/..", "pod.yaml", "/pod.yaml"),
  ])
  func goJoin(directory: String, name: String, joined: String) {
    #expect(Paths.goJoin(directory, name) == joined)
  }

  /// A file source with bytes that are not UTF-8, as the disk can hold.
  struct RawFiles: FileSource {
    var bytes: [String: [UInt8]]
    func read(_ path: String) -> FileLookup {
      bytes[path].map { .file(String(decoding: $0, as: UTF8.self)) } ?? .missing
    }
    func invalidUTF8Bytes(_ path: String) -> [UInt8]? {
      bytes[path].flatMap { String(validating: $0, as: UTF8.self) == nil ? $0 : nil }
    }
  }

  @Test func applyRefusesAYAMLFileThatIsNotUTF8() {
    let yaml =
      Array("apiVersion: v1\nkind: Pod\nmetadata:\n  name: caf".utf8) + [0xE9]
      + Array("\nspec: {}\n".utf8)
    let files = RawFiles(bytes: ["/root/cafe.yaml": yaml])
    var cluster = Cluster()
    let output = Kubectl.run(
      ["apply", "-f", "cafe.yaml"], in: &cluster,
      environment: KubectlEnvironment(files: files, workingDirectory: "/root"))
    #expect(
      output.stderr
        == "error: error parsing cafe.yaml: error converting YAML to JSON: yaml: invalid trailing UTF-8 octet\n"
    )
    #expect(cluster.pods(in: nil).isEmpty)
  }
}
