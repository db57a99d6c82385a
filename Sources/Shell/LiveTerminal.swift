import Kubectl

/// The terminal a command waits on in the interactive shell: Ctrl-C, real sleeping, the wait
/// indicator and output that appears while the command still runs.
///
/// Injected into ``ShellSession`` (``ShellSession/Configuration/terminal``) so that the session
/// and the pacer never touch signals, sleeps or file descriptors themselves: the executable
/// passes ``SystemTerminal``, tests pass a fake that moves a fake clock.
public protocol LiveTerminal: Sendable {
  /// A command starts: forgets a Ctrl-C pressed before it.
  func commandStarts()
  /// Whether Ctrl-C came since the command started.
  func interrupted() -> Bool
  /// Sleeps up to `duration` of real time, less if a signal arrives.
  func pause(_ duration: Duration)
  /// Draws (or redraws) the one-line wait indicator on stderr.
  func indicate(_ text: String)
  /// Writes output of the command that is still running, after erasing the indicator.
  func write(_ text: String, to stream: CommandOutput.Stream)
  /// The command is over: erases the indicator and restores the terminal's modes.
  func commandEnds()
}
