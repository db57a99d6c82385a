/// Every bound of kubetutor's outer shell and of what it keeps on disk, in one place
/// (README.md, "Limits"). Each is refused in kubetutor's own words, never with a crash or a hang.
public enum ShellLimits {
  /// One line read from a script, a pipe or the terminal. A longer line is dropped, unread
  /// past the limit, with ``UIKey/lineTooLong``.
  public static let lineBytes = 1 << 20
  /// One command of the outer shell, its continued lines (an open quote, a trailing `\`)
  /// joined: a longer one is dropped with ``UIKey/commandTooLong``.
  public static let commandBytes = 128 << 10
  /// Lines one command may be continued over (a stray quote would otherwise swallow a
  /// whole script, each line re-reading the lines before it).
  public static let continuedLines = 1000
  /// A here-document, or what `cat > f` reads from the terminal: a larger one is read to its
  /// end and the command is not run (``UIKey/hereDocumentTooLong``).
  public static let hereDocumentBytes = 16 << 20
  /// What one command line shows on the screen (or in a transcript); the rest is counted and
  /// left out (``UIKey/outputCut``).
  public static let outputBytes = 4 << 20
  /// A file the shell writes into its workspace (`>`, `>>`, `edit`): past it, bash's
  /// `File too large`.
  public static let fileBytes = 16 << 20
  /// Bytes of a file on disk the shell reads (`cat`, `kubectl apply -f`); the rest is ignored.
  public static let readBytes = 16 << 20
  /// Lines the history keeps (the oldest go first).
  public static let historyEntries = 1000
  /// A longer line still runs but is not kept in the history.
  public static let historyLineBytes = 4 << 10
  /// A larger history file is set aside unread (``UIKey/historyDamaged``).
  public static let historyFileBytes = 1 << 20
}
