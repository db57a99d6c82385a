import Cluster
import Kubectl
import Lessons

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process-facing entry points the `kubetutor` executable calls.
///
/// This is the one place that reads the process's environment (cwd, `$HOME`, whether stdin is a
/// terminal, the terminal width) and wires the real disk, clock and terminal into a
/// ``ShellSession``.
public enum ShellLauncher {
  /// Where `run` reads its lines from.
  public enum ScriptSource: Equatable, Sendable {
    case standardInput
    case file(String)

    /// `-` or nothing means stdin; anything else is a path.
    public init(argument: String?) {
      if let argument, argument != "-" { self = .file(argument) } else { self = .standardInput }
    }
  }

  /// Whether stdin and stdout are both terminals: the interactive shell needs both.
  public static var isInteractiveTerminal: Bool {
    isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
  }

  /// `kubetutor run`: runs the lines of a script deterministically and prints the transcript.
  ///
  /// - Parameter record: an asciicast file to record the transcript into, on the simulated
  ///   clock (each line typed in its second, waits as long as they are in the simulation).
  /// - Returns: 0 once the input was read to the end (whatever the commands did), `exit`'s
  ///   status if the script ran `exit`, 1 if the script cannot be opened or recorded.
  public static func runScript(
    _ source: ScriptSource, lesson: LessonSelection = LessonSelection(),
    expectComplete: Bool = false, record: String? = nil
  ) -> Int32 {
    var descriptor = STDIN_FILENO
    if case .file(let path) = source {
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        let reason = String(cString: strerror(errno))
        var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
        errors.write("kubetutor: cannot read '\(path)': \(reason)\n", to: .stderr)
        errors.flush()
        return 1
      }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var output = FileDescriptorSink.transcript
    let language = lesson.language ?? Language.preferred(environment: localeEnvironment)
    var configuration = ShellSession.Configuration(
      files: DiskFiles(), workingDirectory: currentDirectory, homeDirectory: homeDirectory ?? "/",
      clock: .scripted, screen: .transcript, lesson: lesson, language: language)
    if let id = lesson.lessonID {
      var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
      configuration.catalog = loadCatalog(output: &errors)
      guard let found = configuration.catalog.lesson(id) else {
        errors.write(UIStrings(language).text(.unknownLesson, ["id": id]), to: .stderr)
        errors.flush()
        return 2
      }
      if let step = lesson.step, step > found.steps.count {
        errors.write(
          UIStrings(language).text(.stepOutOfRange, ["id": id, "total": "\(found.steps.count)"]),
          to: .stderr)
        errors.flush()
        return 2
      }
    }
    var session = ShellSession(configuration: configuration)
    var reader = StreamLineReader(descriptor: descriptor)
    var status: Int32
    if let record {
      let title =
        lesson.lessonID.flatMap { configuration.catalog.lesson($0)?.text(in: language)?.title }
        ?? (source == .standardInput ? "kubetutor run" : "kubetutor run " + scriptName(source))
      let header = Asciicast.Header(
        width: 80, height: 24,
        timestamp: configuration.cluster.epoch.unixSeconds, title: title)
      let recorder: CastRecorder
      do {
        recorder = try CastRecorder(
          path: PathResolver.resolve(record, from: currentDirectory), header: header)
      } catch {
        var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
        errors.write(error.message, to: .stderr)
        errors.flush()
        return 1
      }
      var recording = RecordingSink(
        base: output, recorder: recorder, timing: .simulated(epoch: configuration.cluster.epoch))
      status = runLines(&session, lesson: lesson, reader: &reader, output: &recording)
      if let failure = recorder.finish() {
        var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
        errors.write(RecordingError(path: record, reason: failure).message, to: .stderr)
        errors.flush()
        if status == 0 { status = 1 }
      }
    } else {
      status = runLines(&session, lesson: lesson, reader: &reader, output: &output)
    }
    if expectComplete, status == 0 { return session.lessonIsComplete ? 0 : 3 }
    return status
  }

  /// Starts the lesson asked for, then runs the script's lines.
  private static func runLines(
    _ session: inout ShellSession, lesson: LessonSelection, reader: inout StreamLineReader,
    output: inout some OutputSink
  ) -> Int32 {
    if let id = lesson.lessonID {
      session.startLesson(id, step: lesson.step, output: &output)
      // A recording starts where the replay of the earlier steps left the clock.
      output.note(.clockStarts(at: session.cluster.now))
    }
    return ShellLoop.run(session: &session, reader: &reader, output: &output)
  }

  private static func scriptName(_ source: ScriptSource) -> String {
    if case .file(let path) = source { return path }
    return "-"
  }

  /// The lessons, from ``lessonsRoot()``; problems go to stderr.
  public static func loadCatalog(output: inout some OutputSink, reportErrors: Bool = true)
    -> LessonCatalog
  {
    guard let root = lessonsRoot() else {
      output.write(
        UIStrings(.en).text(
          .lessonsMissing,
          ["reason": "set KUBETUTOR_LESSONS to the Lessons directory of the kubetutor sources"]),
        to: .stderr)
      return LessonCatalog(lessons: [])
    }
    let catalog = LessonCatalog.load(from: DiskFiles(), root: root)
    for error in catalog.errors where reportErrors {
      output.write("kubetutor: lesson skipped: \(error)\n", to: .stderr)
    }
    return catalog
  }

  /// Where the lessons are: `$KUBETUTOR_LESSONS`; else a `Lessons` directory beside or above
  /// the executable (the source tree it was built in) or in its `../share/kubetutor`; else in
  /// the current directory.
  public static func lessonsRoot() -> String? {
    if let given = environment(["KUBETUTOR_LESSONS"])["KUBETUTOR_LESSONS"], !given.isEmpty {
      return PathResolver.resolve(given, from: currentDirectory)
    }
    var candidates: [String] = []
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if length > 0 {
      var directory = String(
        decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      for _ in 0..<5 {
        directory = PathResolver.resolve("..", from: directory)
        candidates.append(directory + "/Lessons")
        candidates.append(directory + "/share/kubetutor/Lessons")
      }
    }
    candidates.append(PathResolver.resolve("Lessons", from: currentDirectory))
    return candidates.first {
      if case .directory(let entries) = DiskFiles().read($0) {
        return entries.contains { $0.first?.isNumber ?? false }
      }
      return false
    }
  }

  /// `kubetutor shell` on a terminal: libedit, the wall clock times `speed`, history in the
  /// learner's state directory (``StateDirectory``).
  ///
  /// Falls back to ``runScript(_:lesson:)`` on stdin when stdin or stdout is not a terminal.
  /// - Parameter record: an asciicast file to record the session into, in real time.
  public static func interactive(
    lesson: LessonSelection = LessonSelection(), speed: Double = 1, record: String? = nil
  ) -> Int32 {
    guard isInteractiveTerminal else {
      return runScript(.standardInput, lesson: lesson, record: record)
    }
    let clock = SystemWallClock()
    var recorder: CastRecorder?
    if let record {
      do {
        recorder = try startRecording(
          record, title: "kubetutor shell", clock: clock)
      } catch {
        var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
        errors.write(error.message, to: .stderr)
        errors.flush()
        return 1
      }
    }
    guard let recorder else {
      var output = FileDescriptorSink()
      return interactive(lesson: lesson, speed: speed, clock: clock, recorder: nil, output: &output)
    }
    var output = RecordingSink(base: FileDescriptorSink(), recorder: recorder, timing: .wall)
    let status = interactive(
      lesson: lesson, speed: speed, clock: clock, recorder: recorder, output: &output)
    if let failure = recorder.finish(), let record {
      var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
      errors.write(RecordingError(path: record, reason: failure).message, to: .stderr)
      errors.flush()
      // As `run` and `present` do: a recording that failed is a failure.
      return status == 0 ? 1 : status
    }
    return status
  }

  /// `kubetutor present`: the instructor's view of lesson `id` on the terminal, from its intro
  /// or from step `step` (1-based), on the alternate screen so that the terminal is as it was
  /// afterwards.
  /// - Returns: 0, or 1 when there is no terminal or the recording cannot start, 2 for an
  ///   unknown lesson or step.
  public static func present(
    lesson id: String, language: Language?, step: Int?, record: String?, pace: Duration
  ) -> Int32 {
    let language = language ?? Language.preferred(environment: localeEnvironment)
    let strings = UIStrings(language)
    var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
    defer { errors.flush() }
    let catalog = loadCatalog(output: &errors)
    guard let lesson = catalog.lesson(id) else {
      errors.write(strings.text(.unknownLesson, ["id": id]), to: .stderr)
      return 2
    }
    if let step, step > lesson.steps.count {
      errors.write(
        strings.text(.stepOutOfRange, ["id": id, "total": "\(lesson.steps.count)"]), to: .stderr)
      return 2
    }
    guard isInteractiveTerminal else {
      errors.write(strings.text(.presentNeedsTerminal), to: .stderr)
      return 1
    }
    let clock = SystemWallClock()
    var recorder: CastRecorder?
    if let record {
      do {
        let title = lesson.text(in: language)?.title ?? lesson.id
        recorder = try startRecording(record, title: title, clock: clock)
      } catch {
        errors.write(error.message, to: .stderr)
        return 1
      }
    }
    errors.flush()
    var loop = PresentLoop(
      presentation: Presentation(lesson: lesson, language: language, step: step.map { $0 - 1 }),
      colour: colourAllowed, pace: pace)
    var screen = FileDescriptorSink()
    // The alternate screen, as full-screen programs use: the shell's screen comes back after.
    screen.write("\u{1B}[?1049h", to: .stdout)
    screen.flush()
    let keys = RawTerminalKeys(
      columns: { ShellLauncher.terminalColumns }, rows: { ShellLauncher.terminalRows })
    var source = keys
    if let recorder {
      var output = RecordingSink(base: screen, recorder: recorder, timing: .wall)
      loop.run(keys: &source, output: &output)
      screen = output.base
    } else {
      loop.run(keys: &source, output: &screen)
    }
    keys.restore()
    screen.write("\u{1B}[?1049l" + loop.stoppedAt, to: .stdout)
    screen.flush()
    if let recorder, let failure = recorder.finish(), let record {
      errors.write(RecordingError(path: record, reason: failure).message, to: .stderr)
      return 1
    }
    return 0
  }

  /// A recording of a terminal session in real time, at the terminal's size.
  public static func startRecording(_ path: String, title: String, clock: SystemWallClock)
    throws(RecordingError) -> CastRecorder
  {
    let header = Asciicast.Header(
      width: terminalColumns, height: terminalRows, timestamp: clock.now().unixSeconds,
      title: title, term: environment(["TERM"])["TERM"])
    return try CastRecorder(
      path: PathResolver.resolve(path, from: currentDirectory), header: header, clock: clock)
  }

  private static func interactive(
    lesson: LessonSelection, speed: Double, clock: SystemWallClock, recorder: CastRecorder?,
    output: inout some OutputSink
  ) -> Int32 {
    let language = lesson.language ?? Language.preferred(environment: localeEnvironment)
    let strings = UIStrings(language)
    let colour = colourAllowed
    var banner = strings.text(.banner, ["version": KubetutorInfo.version])
    if colour, let end = banner.firstIndex(of: ":") {
      banner = "\u{1B}[1m" + banner[..<end] + "\u{1B}[0m" + banner[end...]
    }
    output.write(banner, to: .stdout)
    output.flush()
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: DiskFiles(), workingDirectory: currentDirectory, homeDirectory: homeDirectory ?? "/",
        cluster: ClusterConfig(epoch: clock.now()), clock: .wallClock(clock, speed: speed),
        screen: .terminal, columns: terminalColumns, lesson: lesson,
        writer: DiskFileWriter(root: currentDirectory),
        language: language,
        terminal: SystemTerminal(
          colour: colour, indicator: canRedrawLines, columns: { ShellLauncher.terminalColumns },
          recorder: recorder),
        editor: SystemEditor(environment: environment(["VISUAL", "EDITOR"]))))
    if !lesson.sandbox {
      startLesson(lesson, in: &session, colour: colour, output: &output)
    }
    let historyPath = StateDirectory.historyFile(environment: stateEnvironment)
    if let historyPath, let warning = HistoryFile.prepare(historyPath, strings: strings) {
      output.write(warning, to: .stderr)
      output.flush()
    }
    var reader = EditLineReader(historyPath: historyPath, colour: colour)
    return ShellLoop.run(session: &session, reader: &reader, output: &output)
  }

  /// Loads the lessons and the learner's progress into an interactive session, then starts the
  /// lesson asked for, resumes the last one, or lists them.
  private static func startLesson(
    _ selection: LessonSelection, in session: inout ShellSession, colour: Bool,
    output: inout some OutputSink
  ) {
    var configuration = session.configuration
    configuration.catalog = loadCatalog(output: &output)
    configuration.bold = colour
    if let state = StateDirectory.path(environment: stateEnvironment) {
      configuration.lessonHost = DiskLessonHost(directory: state)
    }
    let columns = session.columns
    session = ShellSession(configuration: configuration)
    session.columns = columns
    let resumed = session.loadProgress(output: &output)
    if let id = selection.lessonID ?? resumed {
      session.startLesson(id, step: selection.step, output: &output)
    } else if !configuration.catalog.lessons.isEmpty {
      var nothing = TranscriptBuffer()
      session.run(line: "lessons", output: &nothing)
      output.write(nothing.text, to: .stdout)
    }
    output.flush()
  }

  /// The language the environment asks for.
  public static var preferredLanguage: Language {
    Language.preferred(environment: localeEnvironment)
  }

  private static var currentDirectory: String {
    guard let path = getcwd(nil, 0) else { return "/" }
    defer { free(path) }
    return String(cString: path)
  }

  /// The variables ``StateDirectory`` reads, from the process environment.
  static var stateEnvironment: [String: String] {
    environment(["XDG_STATE_HOME", "HOME"])
  }

  /// The variables ``Language/preferred(environment:)`` reads.
  private static var localeEnvironment: [String: String] {
    environment(["LC_ALL", "LC_MESSAGES", "LANG"])
  }

  /// Colour only on a terminal that can show it, and never when `NO_COLOR` is set
  /// (no-color.org: present and not empty).
  static var colourAllowed: Bool {
    let variables = environment(["NO_COLOR", "TERM"])
    return isatty(STDOUT_FILENO) != 0 && (variables["NO_COLOR"] ?? "").isEmpty
      && variables["TERM"] != "dumb"
  }

  /// Whether the terminal understands `\r` and erase-line (not `TERM=dumb`, not unset).
  static var canRedrawLines: Bool {
    let term = environment(["TERM"])["TERM"] ?? ""
    return !term.isEmpty && term != "dumb"
  }

  private static func environment(_ names: [String]) -> [String: String] {
    var environment: [String: String] = [:]
    for name in names {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
  }

  private static var homeDirectory: String? {
    guard let home = getenv("HOME"), home.pointee != 0 else { return nil }
    return String(cString: home)
  }

  /// The terminal's height now.
  static var terminalRows: Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
      return Int(size.ws_row)
    }
    return 24
  }

  /// The terminal's width now (it changes when the window is resized).
  static var terminalColumns: Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }
}
