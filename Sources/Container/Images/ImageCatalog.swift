/// The images the simulator knows, and how a reference such as `nginx:1.25` resolves to one.
public struct ImageCatalog: Sendable {
  /// The catalog with nginx, busybox and kennethreitz/httpbin.
  public static let standard = ImageCatalog()

  /// Creates the standard catalog.
  public init() {}

  /// Resolves `reference` (`nginx`, `nginx:1.27.3`, `docker.io/library/nginx:latest`,
  /// `busybox:1.36`, `kennethreitz/httpbin`…); nil for an unknown image or tag
  /// (the cluster reports that as ErrImagePull).
  public func image(for reference: String) -> Image? {
    guard let parsed = ImageReference(reference) else { return nil }
    return Self.resolved[parsed.repository + ":" + parsed.tag]
  }

  /// Every image the catalog has, under each of its tags (`repository:tag`), made once: the
  /// containers that run one share it instead of each holding a retagged copy.
  private static let resolved: [String: Image] = {
    var images: [String: Image] = [:]
    for (repository, repositoryTags) in tags {
      for tag in repositoryTags {
        if let image = base(repository: repository, tag: tag) {
          images[repository + ":" + tag] = image.retagged(tag)
        }
      }
    }
    return images
  }()

  /// The image behind `repository` at `tag`, under its own tag.
  private static func base(repository: String, tag: String) -> Image? {
    let base: Image
    switch (repository, tag) {
    case ("docker.io/library/nginx", "latest"), ("docker.io/library/nginx", "1.27"),
      ("docker.io/library/nginx", "1.27.3"),
      ("docker.io/library/nginx", "stable"), ("docker.io/library/nginx", "mainline"):
      base = nginx1273
    case ("docker.io/library/nginx", "1.25"), ("docker.io/library/nginx", "1.25.5"):
      base = nginx1255
    case ("docker.io/library/busybox", "latest"), ("docker.io/library/busybox", "1.37"),
      ("docker.io/library/busybox", "1.37.0"):
      base = busybox1370
    case ("docker.io/library/busybox", "1.36"), ("docker.io/library/busybox", "1.36.1"):
      base = busybox1361
    case ("docker.io/kennethreitz/httpbin", "latest"):
      base = httpbin
    default:
      return nil
    }
    return base
  }

  /// The tags the catalog has for the repository of `reference` (`nginx:9.99` → nginx's tags),
  /// or nil when it does not know that repository at all.
  public func tags(ofRepositoryOf reference: String) -> [String]? {
    guard let parsed = ImageReference(reference) else { return nil }
    return Self.tags[parsed.repository]
  }

  private static let tags = [
    "docker.io/library/nginx": [
      "1.25", "1.25.5", "1.27", "1.27.3", "latest", "mainline", "stable",
    ],
    "docker.io/library/busybox": ["1.36", "1.36.1", "1.37", "1.37.0", "latest"],
    "docker.io/kennethreitz/httpbin": ["latest"],
  ]

  // Each image is built once: its filesystem is large, and copies share it until written.
  private static let nginx1273 = NginxImage.make(
    version: "1.27.3", tag: "latest",
    digest: "sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a",
    size: 72_099_410)
  private static let nginx1255 = NginxImage.make(
    version: "1.25.5", tag: "1.25",
    digest: "sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c",
    size: 70_992_546)
  private static let busybox1370 = BusyboxImage.make(
    version: "1.37.0", tag: "latest",
    digest: "sha256:2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5",
    size: 2_167_176)
  private static let busybox1361 = BusyboxImage.make(
    version: "1.36.1", tag: "1.36",
    digest: "sha256:7edf5efe6b86dbf01ccc3c76b32a37a8e23b84e6bad81ce8ae8c221fa456fda8",
    size: 2_160_406)
  private static let httpbin = HttpbinImage.make(
    tag: "latest",
    digest: "sha256:599fe5e5073102dbb0ee3dbb65f049dab44fa9fc251f6835c9990f8fb196a72b",
    size: 209_152_542)
}
