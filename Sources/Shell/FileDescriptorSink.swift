import Kubectl

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An ``OutputSink`` that writes to the process's file descriptors.
///
/// In transcript mode (`kubetutor run`) both streams go to stdout, because the transcript is what
/// the screen shows; interactively stderr goes to fd 2. Text is buffered and written with
/// `write(2)` on ``flush()``, which the loop calls after every line, so output never waits
/// behind stdio buffering and never interleaves wrongly with libedit's own writes.
public struct FileDescriptorSink: OutputSink {
  private let stdoutDescriptor: Int32
  private let stderrDescriptor: Int32
  private var pending: [UInt8] = []
  private var pendingDescriptor: Int32

  /// A sink writing stdout chunks to `stdout` and stderr chunks to `stderr` (both fd numbers).
  public init(stdout: Int32 = 1, stderr: Int32 = 2) {
    self.stdoutDescriptor = stdout
    self.stderrDescriptor = stderr
    self.pendingDescriptor = stdout
  }

  /// A sink that merges both streams into stdout, as a transcript does.
  public static var transcript: FileDescriptorSink { FileDescriptorSink(stdout: 1, stderr: 1) }

  public mutating func write(_ text: String, to stream: CommandOutput.Stream) {
    let descriptor = stream == .stdout ? stdoutDescriptor : stderrDescriptor
    if descriptor != pendingDescriptor { flush() }
    pendingDescriptor = descriptor
    pending.append(contentsOf: text.utf8)
    if pending.count >= 1 << 16 { flush() }
  }

  public mutating func flush() {
    var offset = 0
    pending.withUnsafeBytes { buffer in
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = writeBytes(pendingDescriptor, base + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          break  // a closed pipe: drop the output rather than spin
        }
      }
    }
    pending.removeAll(keepingCapacity: true)
  }
}

/// `write(2)`, reachable from inside a type that has its own `write` method.
func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
