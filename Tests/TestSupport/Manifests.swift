/// Manifests several test targets apply.
public enum Manifests {
  /// The liveness-exec example of the Kubernetes docs (with the catalog's busybox): healthy for
  /// 30 s, then failing `cat /tmp/healthy` until the kubelet restarts it.
  public static func livenessExec(name: String) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: \(name)
    spec:
      containers:
      - name: liveness
        image: busybox
        command: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
        livenessProbe:
          exec:
            command: ["cat", "/tmp/healthy"]
          initialDelaySeconds: 5
          periodSeconds: 5
    """
  }

  /// A pod `ticker` whose script PID 1 logs every second: its run, computed ahead for hours,
  /// costs tens of thousands of commands when the container starts.
  public static let ticker = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: ticker
    spec:
      containers:
      - name: c
        image: busybox
        command: ["sh", "-c", "while true; do echo tick; sleep 1; done"]
    """
}
