/// What one probe worker remembers between runs (the kubelet's prober/worker.go): the last
/// result, how many times in a row it came, and whether probing is on hold until the container
/// is replaced (after a liveness or startup verdict).
struct ProbeWorker: Sendable {
  /// The container instance these counts are about; a new instance starts them over.
  var instance = 0
  /// nil until the first result (the worker's `Unknown`).
  var lastResult: Bool?
  var resultRun = 0
  var onHold = false

  /// Counts a result. Returns it once it has come often enough in a row to take effect.
  mutating func record(_ success: Bool, successesNeeded: Int, failuresNeeded: Int) -> Bool? {
    if lastResult == success {
      resultRun += 1
    } else {
      lastResult = success
      resultRun = 1
    }
    return resultRun < (success ? successesNeeded : failuresNeeded) ? nil : success
  }
}
