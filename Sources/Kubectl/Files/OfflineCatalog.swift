import Cluster

/// The manifests the official docs and the seed tutorials apply from URLs, served offline.
enum OfflineCatalog {
  static let manifests: [String: String] = [
    "https://k8s.io/examples/pods/lifecycle-events.yaml": OfficialExamples.lifecycleEvents,
    "https://kubernetes.io/examples/pods/lifecycle-events.yaml": OfficialExamples.lifecycleEvents,
    "https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/pods/lifecycle-events.yaml":
      OfficialExamples.lifecycleEvents,
    "https://k8s.io/docs/tasks/configure-pod-container/lifecycle-events.yaml": OfficialExamples
      .lifecycleEvents,
    "https://kuboard.cn/statics/learning/container/lifecycle.yaml": OfficialExamples
      .lifecycleEvents,
  ]

  /// The manifest at a catalogued URL (`http://` and `https://` alike).
  static func manifest(at url: String) -> String? {
    let https = url.hasPrefix("http://") ? "https://" + url.dropFirst("http://".count) : url
    return manifests[https]
  }

  /// The host part of a URL.
  static func host(of url: String) -> String {
    let rest = url.split(separator: "://", maxSplits: 1).last.map(String.init) ?? url
    return rest.split(separator: "/").first.map(String.init) ?? rest
  }
}
