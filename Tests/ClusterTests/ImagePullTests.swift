import Cluster
import Testing

/// Pull failures in containerd's words: a repository the registry lacks, or only the tag.
@Suite struct ImagePullTests {
  @Test(arguments: [
    (
      "nginx:9.99",
      "failed to pull and unpack image \"docker.io/library/nginx:9.99\": failed to resolve reference \"docker.io/library/nginx:9.99\": docker.io/library/nginx:9.99: not found"
    ),
    (
      "ngnix",
      "failed to pull and unpack image \"docker.io/library/ngnix:latest\": failed to resolve reference \"docker.io/library/ngnix:latest\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
    ),
  ])
  func pullFailureMessage(_ image: String, _ message: String) throws {
    var cluster = Cluster()
    let yaml =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: \"\(image)\"}\n"
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(5))
    let pod = try #require(cluster.pod(named: "p", in: "default"))
    let messages = cluster.events(about: pod).filter { $0.reason == "Failed" }.map(\.message)
    #expect(messages.contains("Failed to pull image \"\(image)\": \(message)"))
  }
}
