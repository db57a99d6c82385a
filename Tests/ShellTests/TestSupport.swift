import Cluster
import Container
import Kubectl
import Synchronization
import TestSupport

@testable import Shell

/// The files every session test sees: a lesson folder with the lifecycle-demo manifest.
enum Fixtures {
  static let manifest = OfficialExamples.lifecycleEvents

  static let files = InMemoryFiles([
    "/home/learner/lesson/pods/lifecycle-events.yaml": manifest,
    "/home/learner/lesson/pods/liveness.yaml": liveness,
    "/home/learner/lesson/pods/sidecar.yaml": sidecar,
    "/home/learner/lesson/README.md": "Attach Handlers to Container Lifecycle Events\n",
    "/home/learner/lesson/notes.txt": "no newline at the end",
    "/home/learner/lesson/.hidden": "secret\n",
    "/home/learner/lesson/中文.txt": "你好\n",
    "/home/learner/empty/.keep": "",
    "/etc/hostname": "workstation\n",
  ])

  static let liveness = Manifests.livenessExec(name: "liveness-exec")

  /// An app with a log-shipping sidecar, both with preStop hooks and a readiness probe on the app.
  static let sidecar = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      initContainers:
      - name: shipper
        image: nginx
        restartPolicy: Always
        lifecycle:
          preStop:
            sleep: {seconds: 2}
      containers:
      - name: app
        image: nginx
        readinessProbe:
          httpGet: {path: /, port: 80}
          initialDelaySeconds: 5
        lifecycle:
          preStop:
            exec: {command: ["/bin/sh", "-c", "sleep 8"]}
    """

  static func session(clock: ClockMode = .scripted, screen: ShellSession.Screen = .transcript)
    -> ShellSession
  {
    ShellSession(
      configuration: ShellSession.Configuration(
        files: files, workingDirectory: "/home/learner/lesson", homeDirectory: "/home/learner",
        clock: clock, screen: screen))
  }

  /// Runs `lines` through a fresh session the way `kubetutor run` does; returns the transcript.
  static func transcript(_ lines: [String]) -> (text: String, status: Int32, session: ShellSession)
  {
    var session = session()
    var reader = ScriptedLineReader(lines)
    var output = TranscriptBuffer()
    let status = ShellLoop.run(session: &session, reader: &reader, output: &output)
    return (output.text, status, session)
  }
}

/// A wall clock the test moves by hand.
final class ManualWallClock: WallClock {
  private let milliseconds: Mutex<Int64>

  init(_ start: Instant) { milliseconds = Mutex(start.milliseconds) }

  func now() -> Instant { Instant(milliseconds: milliseconds.withLock { $0 }) }

  func move(by duration: Duration) { milliseconds.withLock { $0 += duration.wholeMilliseconds } }
}
