/// The learner's own editor (`$VISUAL`, else `$EDITOR`), which `edit FILE` opens on a terminal.
///
/// Injected (``ShellSession/Configuration/editor``) so the session never starts a process
/// itself; the executable passes ``SystemEditor``, tests a fake that changes the file.
public protocol ExternalEditor: Sendable {
  /// The command, as the variable holds it (for messages).
  var command: String { get }
  /// Edits the file at the absolute `path` and returns once the editor has exited.
  ///
  /// - Returns: nil when it ran (whatever its exit status), otherwise why it could not start.
  func edit(_ path: String) -> String?
}
