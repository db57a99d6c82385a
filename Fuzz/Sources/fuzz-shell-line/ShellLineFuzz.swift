import FuzzSupport
import Kubectl
import Lessons
import Shell

/// The outer shell: typed lines as `kubetutor run` reads them (quotes, `\` continuations,
/// here-documents, redirections, its own commands, lesson commands, `kubectl exec -it` into a
/// container shell and back), through the same loop the interactive shell runs.
///
/// A line that is only `^C` (the byte 0x03) is Ctrl-C, 0x1c is Ctrl-\, 0x04 is Ctrl-D.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShellLine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  if text.hasSuffix("\n") || text.isEmpty { lines.removeLast() }
  let inputs = lines.prefix(64).map { line -> LineInput in
    switch line {
    case "\u{3}": .interrupt
    case "\u{1c}": .ignored
    case "\u{4}": .end
    default: .line(String(line))
    }
  }
  var configuration = ShellSession.Configuration(
    files: Repository.lessonFiles, workingDirectory: "/lesson", homeDirectory: "/lesson")
  configuration.catalog = Repository.catalog
  var session = ShellSession(configuration: configuration)
  var reader = ScriptedLineReader(inputs: inputs)
  var output = TranscriptBuffer()
  _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
  return 0
}

/// The executable's entry point (see Package.swift): libFuzzer's driver.
@_cdecl("fuzz_shell_line_main")
public func fuzzShellLineMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  FuzzDriver.run(argc, argv, fuzzShellLine)
}
