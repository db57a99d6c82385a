/// API-server defaulting and the admission plugins that change a new pod (ServiceAccount,
/// DefaultTolerationSeconds), so `-o yaml` and `describe` show what a real cluster shows.
enum Defaulting {
  static let serviceAccountMountPath = "/var/run/secrets/kubernetes.io/serviceaccount"

  /// Fills in every defaulted field of a pod being created (or, with `reusing`, updated).
  static func apply(to pod: inout Pod, rng: inout SplitMix64, reusing live: PodSpec? = nil) {
    var spec = pod.spec
    spec.restartPolicy = spec.restartPolicy ?? "Always"
    spec.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds ?? 30
    spec.dnsPolicy = spec.dnsPolicy ?? "ClusterFirst"
    spec.schedulerName = spec.schedulerName ?? "default-scheduler"
    spec.securityContext = spec.securityContext ?? .object([:])
    spec.enableServiceLinks = spec.enableServiceLinks ?? true
    spec.preemptionPolicy = spec.preemptionPolicy ?? "PreemptLowerPriority"
    spec.priority = spec.priority ?? 0
    let account = spec.serviceAccountName ?? spec.serviceAccount ?? "default"
    spec.serviceAccountName = account
    spec.serviceAccount = account
    // On an update, fields the manifest leaves out keep their live values (as a patch does).
    spec.containers = spec.containers.enumerated().map { i, c in
      defaulted(c, live: live.flatMap { i < $0.containers.count ? $0.containers[i] : nil })
    }
    spec.initContainers = spec.initContainers.map { inits in
      inits.enumerated().map { i, c in
        defaulted(c, live: live?.initContainers.flatMap { i < $0.count ? $0[i] : nil })
      }
    }
    addDefaultTolerations(&spec)
    if let live {
      spec.volumes = live.volumes
      spec.nodeName = live.nodeName
      for i in spec.containers.indices where i < live.containers.count {
        spec.containers[i].volumeMounts = live.containers[i].volumeMounts
      }
    } else if spec.automountServiceAccountToken != false {
      mountServiceAccount(&spec, rng: &rng)
    }
    pod.spec = spec
  }

  private static func defaulted(_ container: ContainerSpec, live: ContainerSpec?) -> ContainerSpec {
    var c = container
    c.imagePullPolicy =
      c.imagePullPolicy ?? live?.imagePullPolicy
      ?? ImageReference.defaultPullPolicy(for: c.image ?? "")
    c.terminationMessagePath = c.terminationMessagePath ?? "/dev/termination-log"
    c.terminationMessagePolicy = c.terminationMessagePolicy ?? "File"
    c.resources = c.resources ?? .object([:])
    c.ports = c.ports?.map { port in
      var p = port
      p.protocol = p.protocol ?? "TCP"
      return p
    }
    if var lifecycle = c.lifecycle {
      lifecycle.postStart = lifecycle.postStart.map(defaulted)
      lifecycle.preStop = lifecycle.preStop.map(defaulted)
      // ContainerStopSignals is an alpha gate, off in 1.34: the API server drops the field
      // (dropContainerStopSignals) and the runtime uses the image's STOPSIGNAL.
      lifecycle.stopSignal = nil
      c.lifecycle = lifecycle
    }
    c.livenessProbe = c.livenessProbe.map(defaulted)
    c.readinessProbe = c.readinessProbe.map(defaulted)
    c.startupProbe = c.startupProbe.map(defaulted)
    return c
  }

  /// SetDefaults_Probe, plus the action defaults; a zero `initialDelaySeconds` is dropped as Go's
  /// `omitempty` drops it.
  private static func defaulted(_ probe: Probe) -> Probe {
    var p = probe
    if p.initialDelaySeconds == 0 { p.initialDelaySeconds = nil }
    if (p.timeoutSeconds ?? 0) == 0 { p.timeoutSeconds = 1 }
    if (p.periodSeconds ?? 0) == 0 { p.periodSeconds = 10 }
    if (p.successThreshold ?? 0) == 0 { p.successThreshold = 1 }
    if (p.failureThreshold ?? 0) == 0 { p.failureThreshold = 3 }
    if var get = p.httpGet {
      if get.path == nil || get.path == "" { get.path = "/" }
      if get.scheme == nil || get.scheme == "" { get.scheme = "HTTP" }
      p.httpGet = get
    }
    if var grpc = p.grpc, grpc.service == nil {
      grpc.service = ""
      p.grpc = grpc
    }
    return p
  }

  private static func defaulted(_ handler: LifecycleHandler) -> LifecycleHandler {
    var h = handler
    if var get = h.httpGet {
      if get.path == nil || get.path == "" { get.path = "/" }
      if get.scheme == nil || get.scheme == "" { get.scheme = "HTTP" }
      h.httpGet = get
    }
    return h
  }

  /// DefaultTolerationSeconds: tolerate not-ready and unreachable nodes for 300 s.
  private static func addDefaultTolerations(_ spec: inout PodSpec) {
    guard let given = spec.tolerations, !given.isEmpty else {
      // Most pods have none of their own: they share one array of the two defaults.
      spec.tolerations = defaultTolerations
      return
    }
    var tolerations = given
    for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]
    where !tolerations.contains(where: {
      $0.key == key && ($0.effect == nil || $0.effect == "NoExecute")
    }) {
      tolerations.append(
        Toleration(key: key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300))
    }
    spec.tolerations = tolerations
  }

  /// The two tolerations DefaultTolerationSeconds adds to a pod that has none.
  private static let defaultTolerations = [
    "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable",
  ].map {
    Toleration(key: $0, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300)
  }

  /// The ServiceAccount admission plugin: a `kube-api-access-xxxxx` projected volume, mounted
  /// read-only into every container that does not already mount that path.
  private static func mountServiceAccount(_ spec: inout PodSpec, rng: inout SplitMix64) {
    let name = "kube-api-access-" + rng.nameSuffix()
    let volume = Volume(name: name, projected: serviceAccountProjection)
    spec.volumes = (spec.volumes ?? []) + [volume]
    func mount(_ c: inout ContainerSpec) {
      guard !(c.volumeMounts ?? []).contains(where: { $0.mountPath == serviceAccountMountPath })
      else { return }
      c.volumeMounts =
        (c.volumeMounts ?? []) + [
          VolumeMount(name: name, mountPath: serviceAccountMountPath, readOnly: true)
        ]
    }
    for i in spec.containers.indices { mount(&spec.containers[i]) }
    if var inits = spec.initContainers {
      for i in inits.indices { mount(&inits[i]) }
      spec.initContainers = inits
    }
  }

  /// What the service-account volume projects, the same in every pod: made once, so that the
  /// pods share it rather than each holding its own copy.
  private static let serviceAccountProjection = ProjectedVolumeSource(
    sources: [
      VolumeProjection(
        serviceAccountToken: ServiceAccountTokenProjection(
          expirationSeconds: 3607, path: "token")),
      VolumeProjection(
        configMap: ConfigMapProjection(
          name: "kube-root-ca.crt", items: [KeyToPath(key: "ca.crt", path: "ca.crt")])),
      VolumeProjection(
        downwardAPI: DownwardAPIProjection(items: [
          DownwardAPIVolumeFile(
            path: "namespace",
            fieldRef: ObjectFieldSelector(apiVersion: "v1", fieldPath: "metadata.namespace"))
        ])),
    ],
    defaultMode: 420)
}
