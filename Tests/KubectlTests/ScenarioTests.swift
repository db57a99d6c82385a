import Cluster
import Kubectl
import TestSupport
import Testing

/// Transcripts of the scenarios the seed texts walk through (golden files, read before recording).
@Suite struct ScenarioTests {
  struct Scenario: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String] = [:]
    var lines: [String]
    var testDescription: String { name }
  }

  static let hooksPod = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: hooks-pod
    spec:
      containers:
        - name: hooks-pod
          image: kennethreitz/httpbin
          lifecycle:
            postStart:
              exec:
                command:
                  ['/bin/sh', '-c', 'echo Hello postStart! > /var/tmp/hello.txt']
            preStop:
              exec:
                command: ['/bin/sh', '-c', 'sleep 10']
    """

  /// Every probe handler, for describe's probe lines (checked against the real kubectl).
  static let allProbes = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: multi
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - name: http
          containerPort: 80
        livenessProbe:
          httpGet:
            path: /healthz?x=1 y#z
            port: http
          initialDelaySeconds: 3
        readinessProbe:
          tcpSocket:
            port: 80
            host: 10.0.0.1
          periodSeconds: 4
          successThreshold: 2
        startupProbe:
          httpGet:
            port: 80
            scheme: HTTPS
            host: "::1"
          failureThreshold: 30
      - name: side
        image: busybox
        command: ["sleep", "3600"]
        readinessProbe:
          grpc:
            port: 9000
        livenessProbe:
          grpc:
            port: 9000
            service: health
    """

  static let missingCommand = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: pod-with-hooks
    spec:
      containers:
        - name: pod-hook-container
          image: nginx:latest
          lifecycle:
            postStart:
              exec:
                command: ["missing-command"]
    """

  static let sleeper = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: sleeper
    spec:
      containers:
      - name: box
        image: busybox:1.36
        command: ["sh", "-c", "echo started; sleep 3600"]
    """

  static let twoPods = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: web-1
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.25
        ports:
        - containerPort: 80
          name: http
    ---
    # a second document in the same file
    apiVersion: v1
    kind: Pod
    metadata:
      name: web-2
      namespace: kube-public
    spec:
      containers:
      - name: web
        image: nginx:1.25
      - name: sidecar
        image: busybox
        command: [sh, -c, "while true; do date; sleep 5; done"]
    """

  static let ticker = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: ticker
    spec:
      restartPolicy: Never
      containers:
      - name: ticker
        image: busybox
        command: [sh, -c, "for i in 1 2 3; do echo tick $i; sleep 2; done"]
    """

  static let typo = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: typo
    spec:
      containers:
      - name: web
        image: ngnix
    """

  static let withInit = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: with-init
    spec:
      initContainers:
      - name: setup
        image: busybox
        command: ["sh", "-c", "echo preparing; sleep 5; echo ready"]
      containers:
      - name: web
        image: nginx
    """

  @Test(arguments: [
    Scenario(
      name: "init-container", files: ["/root/init.yaml": withInit],
      lines: [
        "kubectl apply -f init.yaml",
        "kubectl get pods -w",
        "kubectl logs with-init -c setup",
        "kubectl logs with-init",
        "kubectl get events",
      ]),
    Scenario(
      name: "field-selectors", files: ["/root/pod.yaml": missingCommand],
      lines: [
        "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
        "kubectl apply -f pod.yaml",
        "sleep 30",
        "kubectl get events --field-selector type=Warning",
        "kubectl get events --field-selector involvedObject.name=lifecycle-demo --sort-by=.lastTimestamp",
        "kubectl get pods --field-selector status.phase=Running --sort-by=.metadata.name",
        "kubectl get pods --field-selector spec.nodeName!=node01",
        "kubectl get pods --field-selector foo=bar",
        "kubectl get pods --field-selector foo",
        "kubectl get pods --sort-by={.items[*].metadata.name}",
      ]),
    Scenario(
      name: "image-typo", files: ["/root/typo.yaml": typo],
      lines: [
        "kubectl apply -f typo.yaml",
        "kubectl get pods",
        "sleep 2",
        "kubectl get pods",
        "sleep 40",
        "kubectl get pods -o wide",
        "kubectl get events",
        "kubectl logs typo",
        "kubectl exec typo -- ls",
      ]),
    Scenario(
      name: "exec-container-stops",
      lines: [
        "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
        "sleep 10",
        "kubectl exec -it lifecycle-demo -- /bin/bash",
        "nginx -s quit",
        "kubectl get pods",
        "sleep 20",
        "kubectl get pods",
      ]),
    Scenario(
      name: "wait", files: ["/root/pod.yaml": missingCommand],
      lines: [
        "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
        "kubectl wait --for=condition=Ready pod/lifecycle-demo",
        "kubectl get pods",
        "kubectl wait --for=jsonpath={.status.phase}=Running pod lifecycle-demo",
        "kubectl delete pod lifecycle-demo --wait=false",
        "kubectl wait --for=delete pod/lifecycle-demo --timeout=60s",
        "kubectl apply -f pod.yaml",
        "kubectl wait --for=condition=Ready pod/pod-with-hooks --timeout=20s",
        "kubectl wait pod/x",
        "kubectl wait --for=condition=Ready pod/nope",
      ]),
    Scenario(
      name: "logs-follow", files: ["/root/ticker.yaml": ticker],
      lines: [
        "kubectl apply -f ticker.yaml",
        "sleep 2",
        "kubectl logs -f ticker --timestamps",
        "kubectl get pod ticker",
        "kubectl delete pod ticker",
      ]),
    Scenario(
      name: "kubectl-tour", files: ["/root/web.yaml": twoPods],
      lines: [
        "kubectl apply -f web.yaml",
        "kubectl exec web-1 -- ls",
        "kubectl logs web-1",
        "kubectl get pods -A",
        "kubectl get po -n kube-public -o name",
        "sleep 15",
        "kubectl get pods --all-namespaces -o wide",
        "kubectl get pods -l app=web",
        "kubectl get pods --show-labels",
        "kubectl describe po web",
        "kubectl describe pod/web",
        "kubectl exec web-1 -c nope -- ls",
        "kubectl logs web-2 -n kube-public",
        "kubectl logs web-2 -n kube-public -c sidecar --tail=2",
        "kubectl exec -n kube-public web-2 -- nginx -v",
        "kubectl get pods -o json -n kube-public",
        "kubectl apply -f web.yaml",
        "kubectl delete -f web.yaml",
        "kubectl get ev -A",
        "kubectl get pods -A",
      ]),
    Scenario(
      name: "exec-session",
      lines: [
        "kubectl apply -f https://kuboard.cn/statics/learning/container/lifecycle.yaml",
        "sleep 10",
        "kubectl exec -it lifecycle-demo -- /bin/bash",
        "cat /usr/share/message",
        "cd /usr/share/nginx/html",
        "ls",
        "ps",
        "exit 3",
        "kubectl get pod lifecycle-demo",
      ]),
    Scenario(
      name: "watch-start-and-delete", files: ["/root/sleeper.yaml": sleeper],
      lines: [
        "kubectl apply -f sleeper.yaml",
        "kubectl get pods -w",
        "kubectl logs sleeper",
        "kubectl delete pod sleeper --wait=false",
        "kubectl get pods -w --output-watch-events",
      ]),
    Scenario(
      name: "prestop-sleep-delays-delete", files: ["/root/hooks-pod.yaml": hooksPod],
      lines: [
        "kubectl apply -f hooks-pod.yaml",
        "sleep 20",
        "kubectl exec -it hooks-pod -- cat /var/tmp/hello.txt",
        "kubectl delete pod hooks-pod",
        "kubectl get events",
      ]),
    Scenario(
      name: "failing-poststart", files: ["/root/pod.yaml": missingCommand],
      lines: [
        "kubectl apply -f pod.yaml",
        "sleep 8",
        "kubectl get pods",
        "sleep 40",
        "kubectl get pods",
        "kubectl describe pod/pod-with-hooks",
      ]),
    Scenario(
      name: "watch-lists-first-as-one-table",
      files: [
        "/root/pods.yaml":
          "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: c, image: nginx}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a-longer-name}\nspec:\n  containers: [{name: c, image: ngnix}]\n"
      ],
      lines: [
        "kubectl apply -f pods.yaml",
        "sleep 10",
        "kubectl get pods -w",
      ]),
    Scenario(
      name: "liveness-exec", files: ["/root/pod.yaml": Manifests.livenessExec(name: "probed")],
      lines: [
        "kubectl apply -f pod.yaml",
        "sleep 50",
        "kubectl describe pod probed",
        "sleep 40",
        "kubectl get pod probed",
      ]),
    Scenario(
      name: "probe-handlers", files: ["/root/pod.yaml": allProbes],
      lines: [
        "kubectl apply -f pod.yaml",
        "sleep 30",
        "kubectl get pod multi -o wide",
        "kubectl describe pod multi",
        "kubectl get pod multi -o yaml",
      ]),
  ])
  func scenario(_ s: Scenario) {
    var driver = Driver()
    driver.files = s.files
    driver.run(s.lines)
    let outcome = Golden.check(driver.transcript, named: "\(s.name).txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }
}
