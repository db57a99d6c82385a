import Foundation
import Testing

/// Runs the built `kubetutor` as a subprocess, the way users and CI do.
enum Binary {
  /// The repository, found from this file's path.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `kubetutor` built beside the running tests (`swift test --scratch-path DIR` builds
  /// both into `DIR/debug/`), or else `.build/debug/kubetutor`.
  static let url: URL = {
    if let beside = Bundle.main.executableURL?.deletingLastPathComponent()
      .appendingPathComponent("kubetutor"),
      FileManager.default.isExecutableFile(atPath: beside.path)
    {
      return beside
    }
    return repository.appendingPathComponent(".build/debug/kubetutor")
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs the binary with `arguments`, piping `stdin` in; gives up after `timeout` seconds.
  /// - Parameters:
  ///   - environment: variables set for the run; the locale variables are cleared first, so
  ///     kubetutor speaks English unless the test asks otherwise.
  ///   - inheritEnvironment: false to run with exactly `environment` (and `PATH`).
  ///   - directory: where it runs (a fixed temporary directory by default, so `pwd` is stable).
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
    inheritEnvironment: Bool = true, directory: String? = nil, timeout: TimeInterval = 60
  ) throws -> Result {
    try run(
      arguments, bytes: Data(stdin.utf8), environment: environment,
      inheritEnvironment: inheritEnvironment, directory: directory, timeout: timeout)
  }

  /// ``run(_:stdin:environment:inheritEnvironment:directory:timeout:)`` with raw bytes on
  /// stdin (invalid UTF-8, NUL).
  static func run(
    _ arguments: [String], bytes: Data, environment: [String: String] = [:],
    inheritEnvironment: Bool = true, directory: String? = nil, timeout: TimeInterval = 60
  ) throws -> Result {
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw BinaryMissing(path: url.path)
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var variables = ProcessInfo.processInfo.environment
    if !inheritEnvironment { variables = ["PATH": variables["PATH"] ?? "/usr/bin:/bin"] }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { variables[name] = nil }
    process.environment = variables.merging(environment) { $1 }
    process.currentDirectoryURL =
      directory.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    // Feed stdin from another thread so a large input cannot deadlock against the child.
    let writer = Thread {
      try? input.fileHandleForWriting.write(contentsOf: bytes)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      Issue.record("kubetutor \(arguments) did not finish within \(timeout) s")
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  struct BinaryMissing: Error, CustomStringConvertible {
    var path: String
    var description: String {
      "\(path) is missing: build it first (`swift build` or `make build`)."
    }
  }
}
