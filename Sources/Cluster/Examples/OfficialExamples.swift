/// Manifests published by the Kubernetes docs that the lessons and seed tutorials apply.
public enum OfficialExamples {
  /// `pods/lifecycle-events.yaml`: the lifecycle-demo Pod of "Attach Handlers to Container
  /// Lifecycle Events" (also served at the older docs URL and by kuboard.cn).
  public static let lifecycleEvents = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: lifecycle-demo
    spec:
      containers:
      - name: lifecycle-demo-container
        image: nginx
        lifecycle:
          postStart:
            exec:
              command: ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"]
          preStop:
            exec:
              command: ["/bin/sh","-c","nginx -s quit; while killall -0 nginx; do sleep 1; done"]

    """
}
