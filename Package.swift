// swift-tools-version:6.0
import PackageDescription

// Layers point down only (DESIGN.md, Architecture):
// kubetutor ─┬─► Site ─┬─► Shell ─┬─► Lessons ─► Kubectl ─► Cluster ─► Container
//            │         │          └─► CEditLine (libedit, system library)
//            │         ├─► CCmarkGFM (cmark-gfm, system library)
//            │         └─► Mustache (the theme's templates)
//            └─► Shell
// Site runs each lesson's commands through the Shell's scripted session, so a page shows
// exactly what the learner's shell prints (`timeline` included), not a second imitation.
// Lessons reads the cluster through Kubectl's eyes: a check on STATUS means what
// `kubectl get pods` shows, and the commands in a lesson's text are checked against
// kubectl's grammar.
let package = Package(
  name: "kubetutor",
  products: [
    .executable(name: "kubetutor", targets: ["kubetutor"]),
    // The layers as one library, for the fuzz package in Fuzz/ (it depends on this one by path).
    .library(
      name: "KubetutorLayers", targets: ["Container", "Cluster", "Kubectl", "Lessons", "Shell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(name: "Container"),
    .target(name: "Cluster", dependencies: ["Container", .product(name: "Yams", package: "Yams")]),
    // Kubectl and Shell also name Container: Cluster's API hands out its value types
    // (Instant, LogEntry, InteractiveSession).
    .target(name: "Kubectl", dependencies: ["Cluster", "Container"]),
    .target(
      name: "Lessons",
      dependencies: ["Kubectl", "Cluster", "Container", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "Shell", dependencies: ["Lessons", "Kubectl", "Cluster", "Container", "CEditLine"]),
    .target(
      name: "Site",
      dependencies: [
        "Shell", "Lessons", "Kubectl", "Cluster", "CCmarkGFM",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .executableTarget(
      name: "kubetutor",
      dependencies: [
        "Shell", "Site", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Golden-file comparison shared by the test targets (never linked into the product).
    .target(name: "TestSupport", dependencies: ["Cluster"], path: "Tests/TestSupport"),
    .testTarget(name: "ContainerTests", dependencies: ["Container"]),
    .testTarget(
      name: "ClusterTests", dependencies: ["Cluster", "TestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "KubectlTests", dependencies: ["Kubectl", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "LessonsTests", dependencies: ["Lessons", "TestSupport"]),
    .testTarget(name: "ShellTests", dependencies: ["Shell", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "SiteTests", dependencies: ["Site", "TestSupport"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["Shell", "Lessons", "TestSupport"],
      exclude: ["Golden", "LessonScripts"]),
  ]
)
