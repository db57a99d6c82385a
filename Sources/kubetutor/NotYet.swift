import ArgumentParser
import Shell

/// Commands that exist in the contract but not yet in this version: one clear line, exit 1.
enum NotYet {
  static func fail(_ command: String) throws -> Never {
    var errors = FileDescriptorSink(stdout: 2, stderr: 2)
    errors.write(
      "\(command): not available yet; it arrives in a later version of kubetutor.\n", to: .stderr)
    errors.flush()
    throw ExitCode.failure
  }
}
