import TestSupport
import Testing

/// The official exercise typed into the built binary, exactly as the seed documents type it.
@Suite("Seed exercise end to end")
struct SeedExerciseEndToEndTests {
  static let script = """
    # Attach Handlers to Container Lifecycle Events (kubernetes.io), as typed in the docs
    kubectl version
    kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml
    kubectl get pod lifecycle-demo
    sleep 10
    kubectl get pod lifecycle-demo
    kubectl exec -it lifecycle-demo -- /bin/bash
    cat /usr/share/message
    exit
    kubectl describe pod lifecycle-demo
    kubectl delete pod lifecycle-demo
    # the older docs page creates it instead, and the Chinese tutorial applies its own copy
    kubectl create -f https://k8s.io/docs/tasks/configure-pod-container/lifecycle-events.yaml
    kubectl apply -f https://kuboard.cn/statics/learning/container/lifecycle.yaml
    sleep 10
    kubectl exec -it lifecycle-demo -- cat /usr/share/message
    kubectl delete pod lifecycle-demo
    kubectl get pods
    """

  @Test func transcriptMatchesGolden() throws {
    let result = try Binary.run(["run", "-"], stdin: Self.script)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let outcome = Golden.check(result.stdout, named: "seed-exercise.txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }
}
