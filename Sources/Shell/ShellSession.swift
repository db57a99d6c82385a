import Cluster
import Container
import Kubectl
import Lessons

/// The REPL core: owns the simulated cluster and runs one typed line at a time.
///
/// A value you can build in a test: it reads files only through its ``FileSource``, time only
/// through its ``ClockMode``, and writes only to the ``OutputSink`` each call is given. Outside
/// an exec session lines go to the outer shell (``OuterCommand``); after
/// `kubectl exec -it POD -- /bin/bash` they go to the container until its shell exits.
public struct ShellSession: Sendable {
  /// What the screen is: decides how `clear` behaves and how wide `ls` lays out.
  public enum Screen: Equatable, Sendable {
    /// A transcript (`kubetutor run`, tests): deterministic, no escape sequences.
    case transcript
    /// A terminal: `clear` really clears.
    case terminal
  }

  /// Everything a session is built from.
  public struct Configuration: Sendable {
    /// The learner's files (the real disk read-only in the CLI, a dictionary in tests).
    public var files: any FileSource
    /// The directory relative paths start from (absolute).
    public var workingDirectory: String
    /// Where `cd` with no argument and `~` lead.
    public var homeDirectory: String
    /// The simulated cluster's epoch and seed.
    public var cluster: ClusterConfig
    /// How time moves between lines.
    public var clock: ClockMode
    /// Transcript or terminal.
    public var screen: Screen
    /// Terminal width, for `ls`.
    public var columns: Int
    /// The lesson options (kept for the lessons to come).
    public var lesson: LessonSelection
    /// Where files the shell writes are also saved (nil: only for this session).
    public var writer: (any FileWriter)?
    /// The language of kubetutor's own words, until `lang` changes it.
    public var language: Language
    /// The learner's editor for `edit` (interactive, with `$VISUAL` or `$EDITOR` set); nil
    /// opens kubetutor's line editor.
    public var editor: (any ExternalEditor)?
    /// The terminal commands wait on (interactive only): with ``ClockMode/wallClock(_:speed:)``
    /// blocking commands then take real time, stream their output and stop on Ctrl-C.
    public var terminal: (any LiveTerminal)?
    /// The lessons `lessons` and `lesson ID` offer.
    public var catalog = LessonCatalog(lessons: [])
    /// Where progress and lesson workspaces are kept (nil: only in this session).
    public var lessonHost: (any LessonHost)?
    /// Whether lesson text may use bold (a terminal that allows colour).
    public var bold = false
    /// Commands the containers may run for one line before the clock stops
    /// (``Cluster/limitWork(to:)``); tests lower it to reach it cheaply.
    public var workPerLine = ClusterLimits.commandsPerOuterCommand

    public init(
      files: any FileSource, workingDirectory: String = "/", homeDirectory: String = "/root",
      cluster: ClusterConfig = ClusterConfig(), clock: ClockMode = .scripted,
      screen: Screen = .transcript,
      columns: Int = 80, lesson: LessonSelection = LessonSelection(),
      writer: (any FileWriter)? = nil, language: Language = .en,
      terminal: (any LiveTerminal)? = nil, editor: (any ExternalEditor)? = nil
    ) {
      self.editor = editor
      self.language = language
      self.terminal = terminal
      self.files = files
      self.workingDirectory = PathResolver.resolve(workingDirectory, from: "/")
      self.homeDirectory = homeDirectory
      self.cluster = cluster
      self.clock = clock
      self.screen = screen
      self.columns = max(20, columns)
      self.lesson = lesson
      self.writer = writer
    }
  }

  /// The configuration the session was built with.
  public let configuration: Configuration
  /// The simulated cluster.
  public internal(set) var cluster: Cluster
  /// The container shell lines go to, while `kubectl exec -it` runs.
  public private(set) var execSession: ExecSession?
  /// The outer shell's current directory.
  public internal(set) var workingDirectory: String
  /// The language of kubetutor's own words (`lang` switches it).
  public private(set) var language: Language
  /// The terminal's width, for `ls` (the reader reports resizes).
  public var columns: Int
  /// The exit status of the last command (`$?`).
  public internal(set) var lastStatus: Int32 = 0
  /// Set once `exit` ran: the status the program ends with.
  public private(set) var exitStatus: Int32?
  /// The start of a command continued with a trailing `\` or an open quote.
  private var continuation: String?
  /// The quote left open at the end of ``continuation`` (nil: a trailing `\`).
  private var openQuote: Character?
  /// Lines the command in ``continuation`` has been continued over.
  private var continuedLines = 0
  /// A here-document being read: the command that waits for it, and its lines so far.
  private var hereDocument: PendingHereDocument?
  /// Files written by the shell this session, over the configured ones (and a lesson's files,
  /// when its workspace is kept in memory).
  var writtenFiles: [String: String] = [:]
  /// The lesson running, if any.
  var lessonRun: LessonRun?
  /// The learner's progress across lessons.
  var progress = LearnerProgress()
  /// The cluster before each of the last commands, for `undo` (the newest last).
  var undoStack: [(command: String, cluster: Cluster)] = []
  /// `solution` asked for confirmation: the next line answers.
  var confirmingSolution = false
  /// The line was a lesson command: the step it shows is not checked until the next command
  /// (so `prev` can show a step that is already done).
  var lessonCommandRan = false
  /// The directory the shell may write in: where it started, or the lesson's workspace.
  var workspaceRoot: String
  /// The writer for the lesson's workspace on disk, in place of the configured one.
  var workspaceWriter: (any FileWriter)?
  /// kubetutor's line editor while `edit` runs it, and the absolute path it edits.
  private var lineEditor: (editor: LineEditor, path: String)?

  /// Where a redirected stream goes.
  private enum RedirectTarget: Equatable {
    case stream(CommandOutput.Stream)
    case file(String)
  }

  private struct PendingHereDocument: Sendable {
    var command: OuterCommand
    var redirections: [WordSplitter.Redirection]
    /// nil: the command reads the terminal itself (`cat > f`) until Ctrl-D.
    var delimiter: String?
    var stripTabs: Bool
    var literal: Bool
    var lines: [String] = []
    /// Bytes read into the document so far.
    var bytes = 0
    /// The document outgrew ``ShellLimits/hereDocumentBytes`` (or had a line longer than
    /// ``ShellLimits/lineBytes``): it is read to its end, and the command does not run.
    var dropped = false
  }

  /// The files commands see: the configured ones and what the shell wrote.
  public var files: any FileSource {
    writtenFiles.isEmpty
      ? configuration.files : OverlayFiles(base: configuration.files, written: writtenFiles)
  }
  /// The wall time the virtual clock last caught up with (interactive mode).
  private var lastWallTime: Instant?
  private var previousDirectory: String?

  /// Creates a session with a fresh cluster.
  public init(configuration: Configuration) {
    self.configuration = configuration
    self.cluster = Cluster(config: configuration.cluster)
    self.workingDirectory = configuration.workingDirectory
    self.workspaceRoot = configuration.workingDirectory
    self.language = configuration.language
    self.columns = configuration.columns
    if case .wallClock(let clock, _) = configuration.clock {
      lastWallTime = clock.now()
    }
  }

  /// The prompt to show now: `$ `, the container's prompt, or `> ` after a trailing `\`.
  public var prompt: String {
    if confirmingSolution { return "" }
    if let lineEditor { return lineEditor.editor.prompt }
    // A command reading the terminal shows no prompt, as `cat` under bash does.
    if let hereDocument, hereDocument.delimiter == nil { return "" }
    if continuation != nil || hereDocument != nil { return "> " }
    return execSession?.prompt ?? "$ "
  }

  /// What Tab can offer now: the cluster's pods and, in a container shell, its files.
  public var completionContext: CompletionContext {
    var shell: CompletionContext.ContainerShell?
    if let exec = execSession,
      let fs = cluster.fileSystem(
        ofPod: exec.podName, namespace: exec.namespace, container: exec.container)
    {
      shell = CompletionContext.ContainerShell(
        fileSystem: fs, workingDirectory: exec.workingDirectory)
    }
    var context = CompletionContext(cluster: cluster, containerShell: shell)
    context.lessons = configuration.catalog.lessons.map(\.id)
    context.workingDirectory = workingDirectory
    return context
  }

  /// Whether the next line is a new command (at `$ ` or the container's prompt), as opposed to
  /// the rest of one (a here-document's body, a continued line) or the line editor's input:
  /// only new commands go into history, as in bash.
  public var isAtCommandPrompt: Bool {
    !confirmingSolution && lineEditor == nil && continuation == nil && hereDocument == nil
      && !(execSession?.isContinuing ?? false)
  }

  /// Whether `exit` has ended the session.
  public var isFinished: Bool { exitStatus != nil }

  /// Runs one typed line: first moves the clock (DESIGN.md, Time), then the command; then,
  /// in a lesson, the step's checks.
  public mutating func run(line: String, output: inout some OutputSink) {
    guard exitStatus == nil else { return }
    cluster.limitWork(to: configuration.workPerLine)
    advanceClockForLine()
    // (Said from the command's start: the line's own second is not the learner's doing.)
    let start = cluster.now
    defer {
      if cluster.workExhausted {
        output.write(
          strings.text(
            .workExhausted,
            [
              "limit": "\(configuration.workPerLine)",
              "elapsed": Self.describe(
                .seconds(max(0, (cluster.now - start).wholeMilliseconds / 1000)),
                language: language),
            ]), to: .stderr)
      }
      cluster.limitWork(to: nil)
    }
    if confirmingSolution {
      answerSolution(line, output: &output)
      return
    }
    runLine(line, output: &output)
    checkStep(output: &output)
  }

  private mutating func runLine(_ line: String, output: inout some OutputSink) {
    if lineEditor != nil {
      runInEditor(line, output: &output)
      return
    }
    if var document = hereDocument {
      let text = document.stripTabs ? String(line.drop { $0 == "\t" }) : line
      guard text == document.delimiter else {
        hereDocument = nil  // (the lines are appended in place)
        document.bytes += text.utf8.count + 1
        if document.bytes > ShellLimits.hereDocumentBytes {
          document.dropped = true
          document.lines = []
        } else if !document.dropped {
          document.lines.append(text)
        }
        hereDocument = document
        return
      }
      hereDocument = nil
      runHereDocument(document, output: &output)
      return
    }
    if execSession != nil {
      runInContainer(line, output: &output)
      return
    }
    var text = line
    if var head = continuation {
      continuation = nil  // (the line is appended in place)
      continuedLines += 1
      head += line
      guard head.utf8.count <= ShellLimits.commandBytes,
        continuedLines < ShellLimits.continuedLines
      else {
        dropCommand(output: &output)
        return
      }
      // A line that cannot close the quote or end the continuation leaves the command as it
      // was: it is not read again from its start, so a stray quote costs linear time.
      if let quote = openQuote, !line.contains(quote) {
        head += "\n"
        continuation = head
        return
      }
      if openQuote == nil, !line.contains(where: { $0 == "'" || $0 == "\"" || $0 == "#" }),
        line.reversed().prefix(while: { $0 == "\\" }).count % 2 == 1
      {
        head.removeLast()
        continuation = head
        return
      }
      text = head
    }
    openQuote = nil
    runOuter(text, output: &output)
  }

  /// A line longer than ``ShellLimits/lineBytes`` was dropped unread: a here-document it was
  /// part of will not run, and a command it continued is dropped with it.
  public mutating func dropLongLine(bytes: Int, output: inout some OutputSink) {
    guard exitStatus == nil else { return }
    if var document = hereDocument {
      document.dropped = true
      document.lines = []
      hereDocument = document
      return
    }
    continuation = nil
    openQuote = nil
    continuedLines = 0
    output.write(
      strings.text(
        .lineTooLong, ["bytes": "\(bytes)", "limit": "\(ShellLimits.lineBytes)"]),
      to: .stderr)
    lastStatus = 1
  }

  /// A command longer than ``ShellLimits/commandBytes`` or continued over more than
  /// ``ShellLimits/continuedLines`` lines: dropped, and the next line starts a new one.
  private mutating func dropCommand(output: inout some OutputSink) {
    continuation = nil
    openQuote = nil
    continuedLines = 0
    output.write(
      strings.text(
        .commandTooLong,
        ["limit": "\(ShellLimits.commandBytes)", "lines": "\(ShellLimits.continuedLines)"]),
      to: .stderr)
    lastStatus = 1
  }

  /// Ctrl-C: drops a half-entered continued command. (The reader has already dropped the line.)
  public mutating func interrupt() {
    confirmingSolution = false
    if lineEditor != nil {
      _ = lineEditor?.editor.interrupt()
      return
    }
    if var exec = execSession {
      exec.interrupt()  // the container's shell drops its half-typed command
      execSession = exec
      return
    }
    continuation = nil
    openQuote = nil
    continuedLines = 0
    hereDocument = nil
    lastStatus = 130
  }

  /// The input ended (Ctrl-D, or the end of a script).
  ///
  /// A command continued with `\` runs as it stands, and a here-document ends where it is. On a
  /// terminal the shell then goes on, as an interactive bash does (only Ctrl-D at the `$`
  /// prompt leaves); inside an exec session Ctrl-D leaves the container's shell. At the end of
  /// a script the transcript simply stops.
  /// - Returns: true when the whole session should end.
  public mutating func endOfInput(output: inout some OutputSink) -> Bool {
    if confirmingSolution {
      // Ctrl-D answers `solution`'s question with a no, as it would any y/N prompt.
      answerSolution("", output: &output)
      return configuration.screen != .terminal
    }
    if case (var editor, let path)? = lineEditor {
      if configuration.screen == .terminal {
        // Ctrl-D ends the text being typed, or leaves the editor (after one warning).
        let (text, leave) = editor.endOfInput()
        output.write(text, to: .stderr)  // (the loop has ended the ^D line)
        lineEditor = leave ? nil : (editor, path)
        return false
      }
      // The script ended inside the editor: what was not written is lost, and the shell says so.
      if editor.dirty {
        output.write(strings.text(.editorDiscarded, ["path": editor.name]), to: .stderr)
      }
      lineEditor = nil
      return true
    }
    if let document = hereDocument {
      // bash warns and runs the command with what it got; a command reading the terminal
      // simply gets its end of input.
      if let delimiter = document.delimiter {
        output.write(
          "bash: warning: here-document delimited by end-of-file (wanted `\(delimiter)')\n",
          to: .stderr)
      }
      hereDocument = nil
      runHereDocument(document, output: &output)
      return configuration.screen != .terminal || exitStatus != nil
    }
    if let pending = continuation {
      continuation = nil
      openQuote = nil
      runOuter(
        pending.hasSuffix("\n") ? String(pending.dropLast()) : pending, atEndOfInput: true,
        output: &output)
      return configuration.screen != .terminal || exitStatus != nil
    }
    if let exec = execSession, exec.isContinuing {
      // Ctrl-D in a half-typed container command: its shell runs what it has.
      if configuration.screen == .terminal { output.write("\n", to: .stdout) }
      runInContainer(nil, output: &output)
      return configuration.screen != .terminal
    }
    guard execSession != nil, configuration.screen == .terminal, exitStatus == nil else {
      return true
    }
    // libedit leaves the cursor after an echoed `^D`: start a fresh line, then leave the
    // container's shell as bash does on Ctrl-D.
    output.write("\n", to: .stdout)
    runInContainer("exit", output: &output)
    return false
  }

  private mutating func runInContainer(_ line: String?, output: inout some OutputSink) {
    guard var exec = execSession else { return }
    defer { checkStep(output: &output) }
    let pacer = livePacer(streams: true)
    let result = exec.run(line: line, in: &cluster, pacer: pacer, columns: columns)
    if let pacer { commandEnded(pacer, output: &output) }
    output.write(result.output, to: .stdout)
    if let status = result.exitStatus {
      output.write(result.kubectlMessage, to: .stderr)
      execSession = nil
      lastStatus = status
    } else {
      execSession = exec
    }
  }

  /// Runs one outer-shell command line; an open quote waits for more lines (as bash reads on
  /// until the quote closes) unless the input has ended.
  private mutating func runOuter(
    _ text: String, atEndOfInput: Bool = false, output: inout some OutputSink
  ) {
    guard text.utf8.count <= ShellLimits.commandBytes else {
      dropCommand(output: &output)
      return
    }
    do throws(ShellError) {
      let split = try WordSplitter.split(
        text, home: configuration.homeDirectory, variables: shellVariables)
      if split.continues {
        continuation = String(text.dropLast())
        return
      }
      continuedLines = 0
      let command = try OuterCommand.parse(words: split.words)
      var redirections = split.redirections
      if let index = redirections.firstIndex(where: {
        if case .hereDocument = $0 { true } else { false }
      }), case .hereDocument(let delimiter, let stripTabs, let literal) = redirections[index] {
        redirections.remove(at: index)
        hereDocument = PendingHereDocument(
          command: command, redirections: redirections, delimiter: delimiter,
          stripTabs: stripTabs, literal: literal)
        return
      }
      var stdin: String?
      for case .input(let path) in redirections {
        guard case .file(let text) = files.read(PathResolver.resolve(path, from: workingDirectory))
        else { throw ShellError.noSuchFile(command: "bash", path: path) }
        stdin = text
      }
      if stdin == nil, configuration.screen == .terminal, command.readsStandardInput {
        // `cat > pod.yaml`, `kubectl apply -f -`: the lines typed next, until Ctrl-D.
        hereDocument = PendingHereDocument(
          command: command, redirections: redirections, delimiter: nil, stripTabs: false,
          literal: true)
        return
      }
      try executeRedirected(command, redirections: redirections, stdin: stdin, output: &output)
    } catch {
      if case .unterminatedQuote(let quote) = error, !atEndOfInput {
        continuation = text + "\n"
        openQuote = quote
        return
      }
      continuedLines = 0
      output.write(error.message(strings), to: .stderr)
      lastStatus = error.exitStatus
      if case .numericArgumentRequired(command: "exit", _) = error {
        exitStatus = error.exitStatus  // bash leaves even when `exit`'s argument is bad
      }
    }
  }

  /// Runs the command a here-document was read for, with the document as its input.
  private mutating func runHereDocument(
    _ document: PendingHereDocument, output: inout some OutputSink
  ) {
    guard !document.dropped else {
      output.write(
        strings.text(
          .hereDocumentTooLong,
          ["limit": "\(ShellLimits.hereDocumentBytes)", "line": "\(ShellLimits.lineBytes)"]),
        to: .stderr)
      lastStatus = 1
      return
    }
    var body = document.lines.map { $0 + "\n" }.joined()
    if !document.literal {
      body = WordSplitter.expandParameters(in: body, variables: shellVariables)
    }
    do {
      try executeRedirected(
        document.command, redirections: document.redirections, stdin: body, output: &output)
    } catch {
      output.write(error.message(strings), to: .stderr)
      lastStatus = error.exitStatus
    }
  }

  /// The variables `$NAME` reads.
  private var shellVariables: [String: String] {
    [
      "?": String(lastStatus), "HOME": configuration.homeDirectory, "PWD": workingDirectory,
      "OLDPWD": previousDirectory ?? "",
    ]
  }

  /// Runs `command` with its input from `stdin` (nil: the terminal) and its streams sent where
  /// the redirections say; files are written once the command has run.
  private mutating func executeRedirected(
    _ command: OuterCommand, redirections: [WordSplitter.Redirection], stdin: String?,
    output: inout some OutputSink
  ) throws(ShellError) {
    var targets: [Int: RedirectTarget] = [1: .stream(.stdout), 2: .stream(.stderr)]
    var files: [String: String] = [:]
    var typed: [String: String] = [:]  // each file's path as the learner wrote it
    for redirection in redirections {
      switch redirection {
      case .output(let fd, let path, let append):
        let resolved = PathResolver.resolve(path, from: workingDirectory)
        try checkWritable(resolved, as: path)
        var start = ""
        if append, case .file(let text) = self.files.read(resolved) { start = text }
        files[resolved] = files[resolved] ?? start
        typed[resolved] = typed[resolved] ?? path
        targets[fd] = .file(resolved)
      case .duplicate(let fd, let to):
        targets[fd] = targets[to]
      case .input, .hereDocument:
        break
      }
    }
    guard targets != [1: .stream(.stdout), 2: .stream(.stderr)] || !files.isEmpty else {
      try execute(command, stdin: stdin, output: &output)
      return
    }
    var captured = TranscriptBuffer()
    try execute(command, stdin: stdin, streams: false, output: &captured)
    for chunk in captured.chunks {
      switch targets[chunk.stream == .stdout ? 1 : 2] {
      case .file(let path)?: files[path, default: ""] += chunk.text
      case .stream(let stream)?: output.write(chunk.text, to: stream)
      case nil: break
      }
    }
    for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
      guard contents.utf8.count <= ShellLimits.fileBytes else {
        output.write("bash: \(typed[path] ?? path): File too large\n", to: .stderr)
        lastStatus = 1
        continue
      }
      writtenFiles[path] = contents
      do {
        try writer?.write(contents, to: path)
      } catch {
        output.write("bash: \(path): \(error.message)\n", to: .stderr)
        lastStatus = 1
      }
    }
  }

  /// Every pod as `kubectl get pods -A` would summarise it now, in the order of their
  /// `namespace/name` keys.
  ///
  /// An array rather than a table by key: `ff` holds two of these next to the cluster and its
  /// snapshot, and with thousands of pods the tables (and a key string per pod) were a large
  /// part of the session's peak memory.
  private func podSummaries() -> [PodSummary] {
    cluster.pods(in: nil).map { PodSummary($0, now: cluster.now) }.sorted(by: Self.keyOrder)
  }

  /// Whether `a`'s `namespace/name` key sorts before `b`'s, without building the keys.
  static func keyOrder(_ a: PodSummary, _ b: PodSummary) -> Bool {
    if a.namespace == b.namespace { return a.name < b.name }
    // The keys differ within `namespace/`: a namespace that is a prefix of the other compares
    // its `/` with the other's next character.
    return (a.namespace + "/").utf8.lexicographicallyPrecedes((b.namespace + "/").utf8)
  }

  /// What `ff` reports happened meanwhile: one line per pod whose status, readiness or
  /// restarts changed, that appeared or that is gone (pods outside `default` named with
  /// their namespace).
  ///
  /// Both lists are in ``keyOrder`` with one entry per pod, and are walked side by side.
  static func changes(
    from before: [PodSummary], to after: [PodSummary], strings: UIStrings = UIStrings(.en)
  ) -> String {
    var lines: [String] = []
    var i = 0
    var j = 0
    while i < before.count || j < after.count {
      var old: PodSummary?
      var new: PodSummary?
      if j == after.count || i < before.count && keyOrder(before[i], after[j]) {
        old = before[i]
        i += 1
      } else if i == before.count || keyOrder(after[j], before[i]) {
        new = after[j]
        j += 1
      } else {
        old = before[i]
        new = after[j]
        i += 1
        j += 1
      }
      guard let summary = new ?? old else { continue }
      let name =
        "pod/"
        + (summary.namespace == "default"
          ? summary.name : summary.namespace + "/" + summary.name)
      switch (old, new) {
      case (nil, let new?):
        lines.append(
          strings.text(.podAppeared, ["pod": name, "status": new.status, "ready": new.ready]))
      case (_?, nil):
        lines.append(strings.text(.podGone, ["pod": name]))
      case (let old?, let new?) where old != new:
        let restarts =
          old.restarts == new.restarts
          ? ""
          : strings.text(.restartsChanged, ["old": old.restarts, "new": new.restarts])
        lines.append(
          strings.text(
            .podChanged,
            [
              "pod": name,
              "status": old.status == new.status ? new.status : "\(old.status) → \(new.status)",
              "ready": new.ready, "restarts": restarts,
            ]))
      default:
        break
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// The shell writes inside its workspace only (the directory it started in).
  private func checkWritable(_ resolved: String, as typed: String) throws(ShellError) {
    let root = workspaceRoot
    guard resolved.hasPrefix(root == "/" ? "/" : root + "/"),
      writer?.allows(resolved) ?? true
    else {
      throw .outsideWorkspace(path: typed, workspace: root)
    }
  }

  /// Where written files are saved: the lesson's workspace, or the configured writer.
  var writer: (any FileWriter)? { workspaceWriter ?? configuration.writer }

  // MARK: - Time

  /// kubetutor's own words in the session's language.
  public var strings: UIStrings { UIStrings(language) }

  /// The pacer of the command about to run: only on a terminal whose clock follows the wall.
  private mutating func livePacer(streams: Bool) -> LivePacer? {
    guard case .wallClock(let clock, let speed) = configuration.clock,
      let terminal = configuration.terminal
    else { return nil }
    terminal.commandStarts()
    let now = clock.now()
    lastWallTime = now
    return LivePacer(
      clock: clock, speed: Self.clamped(speed), terminal: terminal, streams: streams,
      wallStart: now, virtualStart: cluster.now, strings: strings)
  }

  /// After a paced command: the terminal is itself again, and the time the command took is
  /// already on the cluster clock.
  private mutating func commandEnded() {
    guard case .wallClock(let clock, _) = configuration.clock else { return }
    configuration.terminal?.commandEnds()
    lastWallTime = clock.now()
  }

  /// ``commandEnded()``, and what `pacer` did not stream of the command's output is said.
  private mutating func commandEnded(_ pacer: LivePacer, output: inout some OutputSink) {
    commandEnded()
    let dropped = pacer.budget.dropped
    guard dropped > 0 else { return }
    if !pacer.budget.endsLine { output.write("\n", to: .stdout) }
    output.write(
      strings.text(.outputCut, ["dropped": "\(dropped)", "limit": "\(ShellLimits.outputBytes)"]),
      to: .stderr)
  }

  private static func clamped(_ speed: Double) -> Double { min(max(speed, 0.001), 10_000) }

  private mutating func advanceClockForLine() {
    switch configuration.clock {
    case .perLine(let step):
      cluster.advance(by: step)
    case .wallClock(let clock, let speed):
      let now = clock.now()
      defer { lastWallTime = now }
      guard let last = lastWallTime, now > last else { return }
      let elapsed = Double(now.milliseconds - last.milliseconds) * Self.clamped(speed)
      cluster.advance(by: .milliseconds(Int64(min(elapsed, 1e15))))
    }
  }

  // MARK: - Commands

  private mutating func execute(
    _ command: OuterCommand, stdin: String? = nil, streams: Bool = true,
    output: inout some OutputSink
  ) throws(ShellError) {
    lastStatus = 0
    switch command {
    case .nothing:
      break
    case .kubectl(let arguments):
      if Self.changesCluster(arguments) { rememberForUndo(["kubectl"] + arguments) }
      let pacer = livePacer(streams: streams)
      let environment = KubectlEnvironment(
        files: files, workingDirectory: workingDirectory, stdin: stdin ?? "",
        stdinIsTerminal: stdin == nil, pacer: pacer, columns: columns)
      let result = Kubectl.run(arguments, in: &cluster, environment: environment)
      if let pacer { commandEnded(pacer, output: &output) }
      for chunk in result.chunks { output.write(strings.text(of: chunk), to: chunk.stream) }
      // The terminal showed nothing for the Ctrl-C (no echo while waiting): bash's `^C` line.
      if result.interrupted { output.write("^C\n", to: .stdout) }
      lastStatus = result.exitCode
      execSession = result.session
    case .sleep(let duration):
      let target = cluster.now + duration
      var nothing = CommandOutput()
      let stop = livePacer(streams: streams)?.wait(
        from: cluster.now, until: target, for: .sleep, pending: &nothing)
      commandEnded()
      cluster.advance(to: stop ?? target)
      if stop != nil {
        output.write("^C\n", to: .stdout)
        lastStatus = 130
      }
    case .fastForward(let duration):
      let before = podSummaries()
      let start = cluster.now
      cluster.advance(by: duration)
      // Cut short when the containers used up the line's work (the note comes after).
      let moved =
        cluster.workExhausted ? .seconds((cluster.now - start).wholeMilliseconds / 1000) : duration
      output.write(
        strings.text(.fastForwarded, ["duration": Self.describe(moved, language: language)]),
        to: .stdout)
      output.write(Self.changes(from: before, to: podSummaries(), strings: strings), to: .stdout)
    case .cat(let paths) where paths.isEmpty && stdin != nil:
      output.write(stdin ?? "", to: .stdout)
    case .cat(let paths):
      try cat(paths, output: &output)
    case .ls(let paths):
      try list(paths, output: &output)
    case .echo(let words, let newline):
      output.write(words.joined(separator: " ") + (newline ? "\n" : ""), to: .stdout)
    case .pwd:
      output.write(workingDirectory + "\n", to: .stdout)
    case .cd(let target):
      try changeDirectory(to: target, output: &output)
    case .clear:
      if configuration.screen == .terminal {
        output.write("\u{1B}[H\u{1B}[2J\u{1B}[3J", to: .stdout)
      }
    case .help(let topic):
      output.write(strings.text(topic == .kubectl ? .helpKubectl : .help), to: .stdout)
    case .lang(nil):
      output.write(strings.text(.languageCurrent), to: .stdout)
    case .lang(let chosen?):
      language = chosen
      output.write(strings.text(.languageSwitched), to: .stdout)
    case .edit(let path):
      try edit(path, output: &output)
    case .usage(let command):
      output.write(strings.text(command == "sleep" ? .sleepHelp : .ffHelp), to: .stdout)
    case .timeline(let name):
      // The shell's pods live in `default`, as kubectl's commands without -n.
      let podName = name.hasPrefix("pod/") ? String(name.dropFirst(4)) : name
      guard let timeline = cluster.timeline(ofPod: podName, in: "default") else {
        throw ShellError.noSuchPod(podName)
      }
      output.write(
        TimelineChart.render(timeline, now: cluster.now, strings: strings), to: .stdout)
    case .exit(let status):
      exitStatus = status
    case .lesson(let command):
      try runLessonCommand(command, output: &output)
    }
  }

  /// `edit FILE`: the learner's editor on the file on disk, or kubetutor's line editor.
  private mutating func edit(_ path: String, output: inout some OutputSink) throws(ShellError) {
    let resolved = PathResolver.resolve(path, from: workingDirectory)
    var text: String?
    switch files.read(resolved) {
    case .directory: throw .isADirectory(command: "edit", path: path)
    case .file(let contents): text = contents
    case .missing: text = nil
    }
    try checkWritable(resolved, as: path)
    if let editor = configuration.editor, writer != nil {
      // The file the editor opens must be what the shell shows, written files included.
      if let text, writtenFiles[resolved] != nil {
        do { try writer?.write(text, to: resolved) } catch {
          throw .cannotWrite(path: path, reason: error.message)
        }
      }
      if let reason = editor.edit(resolved) {
        output.write(
          strings.text(.editorFailed, ["editor": editor.command, "reason": reason]), to: .stderr)
        lastStatus = 1
        return
      }
      writtenFiles[resolved] = nil  // the disk has the learner's version now
      return
    }
    let editor = LineEditor(name: path, text: text, strings: strings)
    output.write(editor.greeting, to: .stdout)
    lineEditor = (editor, resolved)
  }

  /// A line typed into kubetutor's line editor.
  private mutating func runInEditor(_ line: String, output: inout some OutputSink) {
    guard case (var editor, let path)? = lineEditor else { return }
    let (text, outcome) = editor.handle(line)
    output.write(text, to: text.hasPrefix("?") ? .stderr : .stdout)
    lineEditor = (editor, path)
    switch outcome {
    case .stay:
      break
    case .leave:
      lineEditor = nil
    case .save(let contents, let leave):
      do throws(FileWriteError) {
        guard contents.utf8.count <= ShellLimits.fileBytes else {
          throw FileWriteError(message: "File too large")
        }
        writtenFiles[path] = contents
        try writer?.write(contents, to: path)
        output.write(
          strings.text(
            .editorSaved, ["path": editor.name, "lines": strings.lines(editor.lines.count)]),
          to: .stdout)
      } catch {
        output.write(
          ShellError.cannotWrite(path: editor.name, reason: error.message).message(strings),
          to: .stderr)
      }
      if leave { lineEditor = nil }
    }
  }

  private mutating func cat(_ paths: [String], output: inout some OutputSink) throws(ShellError) {
    var firstError: ShellError?
    for path in paths {
      switch files.read(PathResolver.resolve(path, from: workingDirectory)) {
      case .file(let text):
        output.write(text, to: .stdout)
      case .directory:
        report(.isADirectory(command: "cat", path: path), first: &firstError, output: &output)
      case .missing:
        report(.noSuchFile(command: "cat", path: path), first: &firstError, output: &output)
      }
    }
    if let firstError { lastStatus = firstError.exitStatus }
  }

  private mutating func list(_ paths: [String], output: inout some OutputSink) throws(ShellError) {
    var files: [String] = []
    var directories: [(String, [String])] = []
    var firstError: ShellError?
    for path in paths.isEmpty ? ["."] : paths {
      switch self.files.read(PathResolver.resolve(path, from: workingDirectory)) {
      case .file: files.append(path)
      case .directory(let entries):
        directories.append((path, entries.filter { !$0.hasPrefix(".") }))
      case .missing:
        report(.noSuchFile(command: "ls", path: path), first: &firstError, output: &output)
      }
    }
    // GNU ls: plain files first, then each directory (with a header when there are several).
    var blocks: [String] = []
    if !files.isEmpty {
      blocks.append(
        ColumnLayout.render(files.sorted(by: Self.byteOrder), width: columns))
    }
    let headers = paths.count > 1
    for (path, entries) in directories {
      let body = ColumnLayout.render(
        entries.sorted(by: Self.byteOrder), width: columns)
      blocks.append(headers ? "\(path):\n" + body : body)
    }
    output.write(blocks.joined(separator: "\n"), to: .stdout)
    if let firstError { lastStatus = firstError.exitStatus }
  }

  private mutating func changeDirectory(to target: String?, output: inout some OutputSink)
    throws(ShellError)
  {
    var path = target ?? configuration.homeDirectory
    if target == "-" {
      path = previousDirectory ?? workingDirectory
    }
    let resolved = PathResolver.resolve(path, from: workingDirectory)
    switch files.read(resolved) {
    case .directory:
      previousDirectory = workingDirectory
      workingDirectory = resolved
      if target == "-" { output.write(resolved + "\n", to: .stdout) }
    case .file:
      throw .notADirectory(command: "cd", path: path)
    case .missing:
      throw .noSuchFile(command: "cd", path: path)
    }
  }

  private func report(_ error: ShellError, first: inout ShellError?, output: inout some OutputSink)
  {
    output.write(error.message(strings), to: .stderr)
    if first == nil { first = error }
  }

  private static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  /// `90s` → `1m30s`: how the fast-forward confirmation names a duration.
  /// In Chinese: `1 分钟 30 秒`.
  static func describe(_ duration: Duration, language: Language = .en) -> String {
    let milliseconds = duration.wholeMilliseconds
    var seconds = milliseconds / 1000
    let fraction = milliseconds % 1000
    let units =
      language == .zh
      ? [("天", Int64(86_400)), ("小时", 3600), ("分钟", 60), ("秒", 1)]
      : [("d", Int64(86_400)), ("h", 3600), ("m", 60), ("s", 1)]
    var parts: [(String, String)] = []
    for (unit, size) in units.dropLast() where seconds >= size {
      parts.append(("\(seconds / size)", unit))
      seconds %= size
    }
    if seconds > 0 || fraction > 0 || parts.isEmpty {
      let value = fraction > 0 ? "\(seconds).\(String(1000 + fraction).dropFirst())" : "\(seconds)"
      parts.append((value, units[3].0))
    }
    return language == .zh
      ? parts.map { "\($0.0) \($0.1)" }.joined(separator: " ") : parts.map { $0.0 + $0.1 }.joined()
  }
}
