import Foundation
import Testing

/// The real terminal path: the binary under tmux, driven with send-keys, read with capture-pane.
///
/// Fails (does not skip) without tmux: `make deps` installs it.
@Suite("Terminal (tmux)", .serialized)
struct TerminalTests {
  /// A tmux server of our own (`-L`), so the test never touches the user's sessions.
  struct Tmux {
    let executable: String
    let socket = "kubetutor-test-\(UUID().uuidString.prefix(8))"

    /// Runs `tmux -L SOCKET ARGUMENTS` and returns what it printed.
    ///
    /// Uses posix_spawn and waitpid rather than Foundation.Process: `new-session` forks the
    /// tmux server, which inherits Process's exit-notification descriptor and would make
    /// `waitUntilExit` hang for as long as the server lives.
    @discardableResult
    func callAsFunction(_ arguments: String...) throws -> String {
      let capture = FileManager.default.temporaryDirectory.appendingPathComponent(
        "\(socket)-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: capture) }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(
        &actions, 1, capture.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
      let argv = ([executable, "-L", socket] + arguments).map { strdup($0) } + [nil]
      defer { for pointer in argv { free(pointer) } }
      // The test runner's blocked or ignored signals must not leak into the tmux server and
      // its panes (a pane that ignores SIGHUP would outlive `kill-server`).
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var noSignals = sigset_t()
      sigemptyset(&noSignals)
      var allSignals = sigset_t()
      sigfillset(&allSignals)
      posix_spawnattr_setsigmask(&attributes, &noSignals)
      posix_spawnattr_setsigdefault(&attributes, &allSignals)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
      var pid: pid_t = 0
      let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
      guard spawned == 0 else { throw TmuxFailed(arguments: arguments, code: spawned) }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      return String(
        decoding: FileManager.default.contents(atPath: capture.path) ?? Data(), as: UTF8.self)
    }

    /// The visible screen, trailing blank lines dropped.
    func screen() throws -> [String] {
      var lines = try self("capture-pane", "-p", "-t", "t").split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init)
      while lines.last?.isEmpty == true { lines.removeLast() }
      return lines
    }

    /// Polls the screen until `condition` holds (up to 10 s); records the screen if it never does.
    func waitFor(
      _ what: String, seconds: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation,
      _ condition: ([String]) -> Bool
    ) throws {
      let deadline = Date().addingTimeInterval(seconds)
      var lines: [String] = []
      while Date() < deadline {
        lines = try screen()
        if condition(lines) { return }
        usleep(50_000)
      }
      Issue.record(
        "timed out waiting for \(what); screen:\n\(lines.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }

    static func find() -> String? {
      let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
      return (path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"])
        .map { "\($0)/tmux" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
  }

  struct TmuxFailed: Error {
    var arguments: [String]
    var code: Int32
  }

  @Test func promptHistoryInterruptAndEndOfFile() throws {
    guard let executable = Tmux.find() else {
      Issue.record(
        "tmux is not installed: the terminal test needs it (`make deps` installs it, or `apt-get install tmux`)."
      )
      return
    }
    guard FileManager.default.isExecutableFile(atPath: Binary.url.path) else {
      Issue.record("\(Binary.url.path) is missing: build it first (`swift build`).")
      return
    }
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let tmux = Tmux(executable: executable)
    defer { _ = try? tmux("kill-server") }

    // sh reports the exit status on the screen once kubetutor ends, then keeps the pane alive.
    // Its `trap : INT` matters: libedit re-raises Ctrl-C to the whole process group, and a
    // shell without job control would otherwise die of it once kubetutor exits.
    let command =
      "env -u XDG_STATE_HOME HOME='\(home.path)' LANG=C.UTF-8 TERM=xterm sh -c 'trap : INT QUIT; \"\(Binary.url.path)\"; echo kubetutor-exit=$?; sleep 60'"
    try tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", "t", command)

    try tmux.waitFor("the prompt") { $0.last == "$" || $0.last == "$ " }

    try tmux("send-keys", "-t", "t", "echo typed-line", "Enter")
    try tmux.waitFor("the typed line to run") {
      $0.contains("typed-line") && $0.last?.hasPrefix("$") == true && $0.count >= 4
    }

    try tmux("send-keys", "-t", "t", "Up")
    try tmux.waitFor("Up to recall the last line") { $0.last == "$ echo typed-line" }

    try tmux("send-keys", "-t", "t", "C-c")
    try tmux.waitFor("Ctrl-C to print ^C and a new prompt") { lines in
      lines.count >= 2 && lines[lines.count - 2] == "$ echo typed-line^C"
        && lines.last?.hasPrefix("$") == true
    }

    try tmux("send-keys", "-t", "t", "echo 你好 wörld", "Enter")
    try tmux.waitFor("UTF-8 input to survive") { $0.contains("你好 wörld") }

    try tmux("send-keys", "-t", "t", "sleep 0.5", "Enter")
    // Wait for the prompt: a Ctrl-D typed ahead reaches the tty in cooked mode, which turns
    // it into a zero-length read that libedit never sees (bash behaves the same).
    try tmux.waitFor("the prompt after sleep") { lines in
      lines.count >= 2 && lines[lines.count - 2] == "$ sleep 0.5"
        && lines.last?.hasPrefix("$") == true
    }
    try tmux("send-keys", "-t", "t", "C-d")
    try tmux.waitFor("Ctrl-D to exit with status 0") { $0.contains("kubetutor-exit=0") }

    let history = String(
      decoding: FileManager.default.contents(
        atPath: home.appendingPathComponent(".local/state/kubetutor/history").path) ?? Data(),
      as: UTF8.self)
    #expect(history.contains("echo\\040typed-line"))
    #expect(history.contains("sleep\\0400.5"))
  }

  /// The shell under tmux in a fresh directory that is also its HOME, at its first prompt;
  /// nil (with the reason recorded) without tmux or the binary.
  /// - Parameters:
  ///   - environment: extra `NAME=value` words for `env` (`LANG=zh_CN.UTF-8`, `NO_COLOR=1`).
  ///   - arguments: extra words after the binary (`shell --speed 10`).
  static func startShell(
    environment: String = "LANG=C.UTF-8", arguments: String = "", home existing: URL? = nil
  ) throws -> (Tmux, URL)? {
    guard let executable = Tmux.find(),
      FileManager.default.isExecutableFile(atPath: Binary.url.path)
    else {
      Issue.record("tmux or the built binary is missing (`make deps`, `swift build`).")
      return nil
    }
    let home =
      existing
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "kubetutor-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let tmux = Tmux(executable: executable)
    let command =
      "env -u XDG_STATE_HOME -u NO_COLOR -u LC_ALL -u LC_MESSAGES -u VISUAL -u EDITOR HOME='\(home.path)' TERM=xterm \(environment) sh -c 'trap : INT QUIT; cd \"\(home.path)\"; \"\(Binary.url.path)\" \(arguments); sleep 60'"
    try tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", "t", command)
    try tmux.waitFor("the prompt") { $0.last == "$" || $0.last == "$ " }
    return (tmux, home)
  }

  /// Tab completes pod names from the live cluster, and paths inside a container shell.
  @Test func tabCompletesFromTheClusterAndTheContainer() throws {
    guard let (tmux, home) = try Self.startShell() else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }

    try tmux(
      "send-keys", "-t", "t", "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
      "Enter")
    try tmux.waitFor("the pod to be created") { $0.contains("pod/lifecycle-demo created") }
    try tmux("send-keys", "-t", "t", "ff 20s", "Enter")
    try tmux.waitFor("the fast-forward") { $0.contains { $0.hasPrefix("Fast-forwarded") } }

    try tmux("send-keys", "-t", "t", "kubectl describe po lif", "Tab")
    try tmux.waitFor("the pod name to complete") {
      $0.last == "$ kubectl describe po lifecycle-demo"
    }
    try tmux("send-keys", "-t", "t", "C-u", "kubectl exec -it lifecycle-demo -- bash", "Enter")
    try tmux.waitFor("the container prompt") { $0.last == "root@lifecycle-demo:/#" }
    try tmux("send-keys", "-t", "t", "cat /usr/share/mess", "Tab")
    try tmux.waitFor("the container path to complete") {
      $0.last == "root@lifecycle-demo:/# cat /usr/share/message"
    }
    try tmux("send-keys", "-t", "t", "Enter")
    try tmux.waitFor("the file to print") { $0.contains("Hello from the postStart handler") }
  }

  /// A lesson on a real terminal: its files in a workspace in the state directory, Tab
  /// completing them, a step done by a command, progress kept across runs.
  @Test func aLessonRunsInItsWorkspaceAndResumes() throws {
    guard let (tmux, home) = try Self.startShell(arguments: "shell --lesson lifecycle-demo")
    else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    let workspace = home.path + "/.local/state/kubetutor/workspaces/lifecycle-demo"
    #expect(FileManager.default.fileExists(atPath: workspace + "/lifecycle-events.yaml"))
    try tmux("send-keys", "-t", "t", "kubectl apply -f lif", "Tab")
    try tmux.waitFor("the file name to complete") {
      $0.last == "$ kubectl apply -f lifecycle-events.yaml"
    }
    try tmux("send-keys", "-t", "t", "Enter")
    try tmux.waitFor("step 2") { $0.contains("── Step 2 of 4: Wait until it is Running ──") }
    #expect(try tmux.screen().contains("✓ Step 1 done."))
    let progress = String(
      decoding: FileManager.default.contents(
        atPath: home.path + "/.local/state/kubetutor/progress.json") ?? Data(), as: UTF8.self)
    #expect(
      progress.contains("\"step\" : \"running\"") || progress.contains("\"step\": \"running\""))
    // A bare kubetutor resumes the lesson where it was, on a rebuilt cluster.
    try tmux("kill-server")
    guard let (again, _) = try Self.startShell(home: home) else { return }
    defer { _ = try? again("kill-server") }
    try again.waitFor("the lesson to resume at step 2") {
      $0.contains("── Step 2 of 4: Wait until it is Running ──")
    }
    try again("send-keys", "-t", "t", "kubectl get pods", "Enter")
    try again.waitFor("the pod rebuilt by the replay") {
      $0.contains { $0.hasPrefix("lifecycle-demo ") }
    }
  }

  /// A here-document at the real prompt: the continuation prompt, then the file in the
  /// workspace on disk.
  @Test func hereDocumentWritesIntoTheWorkspace() throws {
    guard let (tmux, home) = try Self.startShell() else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "cat <<EOF > hello.txt", "Enter")
    try tmux.waitFor("the continuation prompt") { $0.last == ">" || $0.last == "> " }
    try tmux("send-keys", "-t", "t", "home is $HOME", "Enter", "EOF", "Enter")
    try tmux.waitFor("the prompt again") { $0.last == "$" || $0.last == "$ " }
    let written = String(
      decoding: FileManager.default.contents(atPath: home.appendingPathComponent("hello.txt").path)
        ?? Data(), as: UTF8.self)
    #expect(written == "home is \(home.path)\n")
  }

  /// Commands that wait take real time on a terminal, show a quiet indicator, and stop on
  /// Ctrl-C without ending the shell; a watch prints rows as they happen.
  @Test func ctrlCStopsWaitingCommandsAndAWatchIsLive() throws {
    guard let (tmux, home) = try Self.startShell(arguments: "shell --speed 10") else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    // Ten simulated minutes at speed 10 is a minute of real time: only Ctrl-C ends it in time.
    try tmux("send-keys", "-t", "t", "sleep 600", "Enter")
    try tmux.waitFor("the wait indicator") {
      $0.last?.hasPrefix("… sleeping · ") == true && $0.last?.hasSuffix("Ctrl-C stops") == true
    }
    try tmux("send-keys", "-t", "t", "C-c")
    try tmux.waitFor("the prompt after ^C") { Array($0.suffix(2)) == ["^C", "$"] }
    try tmux("send-keys", "-t", "t", "echo status=$?", "Enter")
    try tmux.waitFor("the status of the interrupted sleep") { $0.contains("status=130") }

    try tmux(
      "send-keys", "-t", "t", "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
      "Enter")
    try tmux.waitFor("the pod to be created") { $0.contains("pod/lifecycle-demo created") }
    try tmux("send-keys", "-t", "t", "kubectl get pods -w", "Enter")
    try tmux.waitFor("the first row") {
      $0.contains { $0.hasPrefix("lifecycle-demo ") && $0.contains("ContainerCreating") }
    }
    // A later row arrives while the watch still runs: it is streamed, not printed at the end.
    try tmux.waitFor("a live Running row") {
      $0.contains { $0.hasPrefix("lifecycle-demo ") && $0.contains("Running") }
        && !($0.last ?? "").hasPrefix("$")
    }
    try tmux("send-keys", "-t", "t", "C-c")
    try tmux.waitFor("the prompt after the watch") { Array($0.suffix(2)) == ["^C", "$"] }
  }

  /// The banner, help and indicator follow LANG; `lang` switches; kubectl stays English.
  @Test func theLanguageFollowsLangAndTheLangCommand() throws {
    guard let (tmux, home) = try Self.startShell(environment: "LANG=zh_CN.UTF-8") else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux.waitFor("the Chinese banner") { $0.contains { $0.contains("输入 `help` 查看命令") } }
    try tmux("send-keys", "-t", "t", "kubectl get pods", "Enter")
    try tmux.waitFor("kubectl in English") {
      $0.contains("No resources found in default namespace.")
    }
    try tmux("send-keys", "-t", "t", "lang en", "Enter")
    try tmux.waitFor("the switch") { $0.contains("kubetutor now speaks English.") }
    try tmux("send-keys", "-t", "t", "help", "Enter")
    try tmux.waitFor("English help") { $0.contains { $0.hasPrefix("Commands:") } }
    try tmux("send-keys", "-t", "t", "C-l")
    try tmux.waitFor("Ctrl-L to clear the screen") { $0 == ["$"] || $0 == ["$ "] }
  }

  /// Colour (a bold prompt) on a terminal, none with NO_COLOR.
  @Test(arguments: [("LANG=C.UTF-8", true), ("LANG=C.UTF-8 NO_COLOR=1", false)])
  func colourOnlyWithoutNoColor(environment: String, bold: Bool) throws {
    guard let (tmux, home) = try Self.startShell(environment: environment) else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "echo plain-output", "Enter")
    try tmux.waitFor("the output") { $0.contains("plain-output") }
    let screen = try tmux("capture-pane", "-p", "-e", "-t", "t")
    #expect(screen.contains("\u{1B}[1m") == bold, "screen: \(screen)")
    // Only the prompt is bold: the reset comes before what is typed and printed.
    let lines = screen.split(separator: "\n")
    #expect(lines.contains("plain-output"), "screen: \(screen)")
  }

  /// Garbage typed or pasted at the prompt: invalid UTF-8, control characters and a 1 MB
  /// line. The shell answers and goes on.
  @Test func garbageAtThePromptNeverKillsTheShell() throws {
    guard let (tmux, home) = try Self.startShell() else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux(
      "send-keys", "-t", "t", "-H", "65", "63", "68", "6f", "20", "ff", "fe", "c3", "28", "07")
    try tmux("send-keys", "-t", "t", "Enter", "echo alive-1", "Enter")
    try tmux.waitFor("the shell to answer after invalid UTF-8") { $0.contains("alive-1") }

    let big = home.appendingPathComponent("big.txt")
    try Data(("echo " + String(repeating: "z", count: 1 << 20)).utf8).write(to: big)
    try tmux("load-buffer", big.path)
    try tmux("paste-buffer", "-t", "t")
    try tmux("send-keys", "-t", "t", "Enter", "echo alive-2", "Enter")
    try tmux.waitFor("the shell to answer after a 1 MB line", seconds: 60) {
      $0.contains("alive-2")
    }
  }

  /// `edit` opens $EDITOR on the file in the workspace; without one, kubetutor's line editor
  /// writes the file to disk.
  @Test func editUsesTheLearnersEditorOrItsOwn() throws {
    guard
      let (tmux, home) = try Self.startShell(
        environment: "LANG=C.UTF-8 EDITOR='sed -i s/Hello/Bye/'")
    else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "echo Hello world > hello.txt", "Enter")
    try tmux("send-keys", "-t", "t", "edit hello.txt", "Enter", "cat hello.txt", "Enter")
    try tmux.waitFor("the edited file") { $0.contains("Bye world") }

    guard let (plain, plainHome) = try Self.startShell() else { return }
    defer {
      _ = try? plain("kill-server")
      try? FileManager.default.removeItem(at: plainHome)
    }
    try plain("send-keys", "-t", "t", "edit notes.txt", "Enter")
    try plain.waitFor("the line editor's prompt") { $0.last == "edit>" || $0.last == "edit> " }
    try plain("send-keys", "-t", "t", "0a", "Enter", "typed in the editor", "Enter", ".", "Enter")
    try plain("send-keys", "-t", "t", "wq", "Enter")
    try plain.waitFor("the save") { $0.contains("Saved notes.txt (1 line).") }
    let written = String(
      decoding: FileManager.default.contents(
        atPath: plainHome.appendingPathComponent("notes.txt").path) ?? Data(), as: UTF8.self)
    #expect(written == "typed in the editor\n")
  }

  /// libedit's emacs bindings at the real prompt: Ctrl-R searches history, Ctrl-A/E move,
  /// Ctrl-W deletes a word, Ctrl-K kills to the end of the line.
  @Test func emacsKeysAndReverseSearch() throws {
    guard let (tmux, home) = try Self.startShell(environment: "LANG=C.UTF-8 NO_COLOR=1") else {
      return
    }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "echo first-line", "Enter", "echo second-line", "Enter")
    try tmux.waitFor("both lines") { $0.contains("second-line") }
    try tmux("send-keys", "-t", "t", "C-r", "first")
    // libedit shows the match on the prompt line and its search below it.
    try tmux.waitFor("the search to find the first line") {
      Array($0.suffix(2)) == ["$ echo first-line", "bck:first"]
    }
    try tmux("send-keys", "-t", "t", "Enter")
    try tmux.waitFor("the found line to run") { Array($0.suffix(2)) == ["first-line", "$"] }
    try tmux("send-keys", "-t", "t", "cho hello", "C-a", "e", "C-e", " world extra", "C-w", "Enter")
    try tmux.waitFor("Ctrl-A, Ctrl-E and Ctrl-W") { $0.contains("hello world") }
    try tmux("send-keys", "-t", "t", "echo keep drop", "C-a", "M-f", "M-f", "C-k", "Enter")
    try tmux.waitFor("Ctrl-K") { Array($0.suffix(2)) == ["keep", "$"] }
  }

  /// Ctrl-\ never ends the shell (an interactive bash ignores SIGQUIT), and Ctrl-D inside a
  /// here-document ends only the document.
  @Test func ctrlBackslashAndCtrlDInAHereDocumentKeepTheShell() throws {
    guard let (tmux, home) = try Self.startShell() else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "C-\\")
    try tmux("send-keys", "-t", "t", "echo alive-1", "Enter")
    try tmux.waitFor("the shell after Ctrl-\\") { $0.contains("alive-1") }
    try tmux("send-keys", "-t", "t", "sleep 5", "Enter")
    try tmux.waitFor("the sleep's indicator") { $0.last?.hasPrefix("… sleeping") == true }
    try tmux("send-keys", "-t", "t", "C-\\")
    try tmux("send-keys", "-t", "t", "C-c")
    try tmux.waitFor("the prompt after the sleep") { Array($0.suffix(2)) == ["^C", "$"] }
    try tmux("send-keys", "-t", "t", "cat <<EOF", "Enter", "body", "Enter", "C-d")
    try tmux.waitFor("the here-document to end") { $0.contains("body") && $0.last == "$" }
    try tmux("send-keys", "-t", "t", "echo alive-2", "Enter")
    try tmux.waitFor("the shell after Ctrl-D in a here-document") { $0.contains("alive-2") }
    #expect(try !tmux.screen().contains { $0.contains("crashed") || $0.contains("Quit") })
  }

  /// Ctrl-Z under a job-control shell: during a wait the shell stops cleanly and `fg` resumes
  /// the wait; at the prompt libedit suspends it as usual.
  @Test func ctrlZSuspendsAndFgResumes() throws {
    guard let executable = Tmux.find(),
      FileManager.default.isExecutableFile(atPath: Binary.url.path)
    else {
      Issue.record("tmux or the built binary is missing (`make deps`, `swift build`).")
      return
    }
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let tmux = Tmux(executable: executable)
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux(
      "new-session", "-d", "-x", "120", "-y", "40", "-s", "t",
      "env -i PATH=/usr/bin:/bin HOME='\(home.path)' TERM=xterm PS1='job$ ' bash --norc --noprofile -i"
    )
    try tmux.waitFor("bash") { $0.last?.hasPrefix("job$") == true }
    try tmux(
      "send-keys", "-t", "t", "cd '\(home.path)' && LANG=C.UTF-8 NO_COLOR=1 '\(Binary.url.path)'",
      "Enter")
    try tmux.waitFor("the prompt") { $0.last == "$" || $0.last == "$ " }
    try tmux("send-keys", "-t", "t", "sleep 600", "Enter")
    try tmux.waitFor("the indicator") { $0.last?.hasPrefix("… sleeping") == true }
    try tmux("send-keys", "-t", "t", "C-z")
    try tmux.waitFor("the job to stop") {
      $0.contains { $0.contains("Stopped") } && $0.last?.hasPrefix("job$") == true
        && !$0.contains { $0.hasPrefix("… sleeping") }
    }
    try tmux("send-keys", "-t", "t", "fg", "Enter")
    try tmux.waitFor("the wait to go on") { $0.last?.hasPrefix("… sleeping") == true }
    try tmux("send-keys", "-t", "t", "C-c")
    try tmux.waitFor("the prompt after ^C") { Array($0.suffix(2)) == ["^C", "$"] }
    try tmux("send-keys", "-t", "t", "C-z")
    try tmux.waitFor("the shell to stop at its prompt") { $0.last?.hasPrefix("job$") == true }
    try tmux("send-keys", "-t", "t", "fg", "Enter")
    try tmux("send-keys", "-t", "t", "echo resumed", "Enter")
    try tmux.waitFor("the shell after fg") { $0.contains("resumed") }
  }

  /// A dumb terminal gets no indicator (it cannot redraw a line); the wait still works.
  @Test func noIndicatorOnADumbTerminal() throws {
    guard let (tmux, home) = try Self.startShell(environment: "LANG=C.UTF-8 TERM=dumb") else {
      return
    }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "sleep 2", "Enter")
    var sawIndicator = false
    let deadline = Date().addingTimeInterval(1.8)
    while Date() < deadline {
      if try tmux.screen().contains(where: { $0.contains("sleeping") }) { sawIndicator = true }
      usleep(100_000)
    }
    #expect(!sawIndicator)
    try tmux("send-keys", "-t", "t", "echo after", "Enter")
    try tmux.waitFor("the prompt after the sleep") { $0.contains("after") }
  }
}
