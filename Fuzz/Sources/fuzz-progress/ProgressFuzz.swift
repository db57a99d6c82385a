import FuzzSupport
import Lessons
import Shell

/// Progress files: the learner's own `progress.json` (``LearnerProgress``) and the files an
/// instructor's `kubetutor progress report` reads (exports from many learners, raw progress
/// files, anything given by mistake), merged and rendered as the table and the HTML page.
///
/// The input is one file; a second file (the input with its first half and second half
/// swapped) goes into the same report, so merging and superseding run too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgress(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzInput.bytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)
  if let progress = try? LearnerProgress.decode(text) {
    _ = try? LearnerProgress.decode(progress.encoded())
  }
  _ = try? ProgressFile.decode(bytes)
  let half = bytes.count / 2
  let sources = [
    ProgressSource(path: "alice/progress.json", bytes: bytes),
    ProgressSource(path: "bob.json", bytes: Array(bytes[half...] + bytes[..<half])),
  ]
  let report = ProgressReport(
    sources: sources, lessons: Repository.catalog.lessons, stuckAfter: .seconds(600))
  for language in Language.allCases {
    _ = ProgressTable(report, strings: UIStrings(language)).render()
    _ = ProgressPage(report, strings: UIStrings(language)).render()
  }
  return 0
}

/// The executable's entry point (see Package.swift): libFuzzer's driver.
@_cdecl("fuzz_progress_main")
public func fuzzProgressMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  FuzzDriver.run(argc, argv, fuzzProgress)
}
