/// Which shell implementation is being simulated; it decides message wording and `echo`.
public enum ShellFlavor: String, Equatable, Sendable {
  /// Debian's `/bin/sh` (dash 0.5.12).
  case dash
  /// GNU bash 5.2.
  case bash
  /// busybox ash (busybox 1.36).
  case ash
}
