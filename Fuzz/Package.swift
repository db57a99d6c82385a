// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for every parser a stranger's input reaches (issue 8). Kept out of the
// main package so `swift build` and `swift test` never see them; `make fuzz` builds this
// package with `-sanitize=fuzzer,address` (see Fuzz/README.md and Fuzz/run).
//
// Each target is an executable with libFuzzer's entry point `LLVMFuzzerTestOneInput`, compiled
// with `-parse-as-library`. SwiftPM links an executable's `main` to `<module>_main` (so tests
// could link it), so each target defines that too and hands over to libFuzzer's driver.
let fuzzTargets = ["manifest", "kubectl", "container-sh", "shell-line", "lessons", "progress"]

let package = Package(
  name: "kubetutor-fuzz",
  dependencies: [.package(name: "kubetutor", path: "..")],
  targets: [
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: ["CFuzzer", .product(name: "KubetutorLayers", package: "kubetutor")]),
  ]
    + fuzzTargets.map {
      .executableTarget(
        name: "fuzz-" + $0,
        dependencies: ["FuzzSupport", .product(name: "KubetutorLayers", package: "kubetutor")])
    }
)
