import Cluster
import Kubectl
import Testing

@testable import Kubectl

/// Inputs found by fuzzing (Fuzz/, the kubectl target) and by probing its edges: kubectl's
/// answer, never a crash.
@Suite struct HostileInputTests {
  /// `--timeout=9223372036854775807s` trapped converting the milliseconds to Int64. Go's
  /// `time.ParseDuration` refuses a duration past 2^63 ns ("invalid duration"); so does the
  /// simulator, which then treats the flag as any invalid duration.
  @Test(arguments: [
    "9223372036854775807s", "99999999999999999999h", "2562048h", "1e309s", "2562047h60m",
  ])
  func durationsPastGosLimitAreInvalid(_ text: String) {
    #expect(DurationParser.parse(text) == nil)
  }

  @Test func theLongestDurationGoTakesStillParses() {
    #expect(DurationParser.parse("2562047h") == .seconds(2_562_047 * 3600))
  }

  @Test func waitWithAnOverlongTimeoutAnswersAsKubectlDoes() {
    var driver = Driver()
    let overlong = driver.kubectl("wait --for=delete pod/web --timeout=9223372036854775807s")
    let invalid = driver.kubectl("wait --for=delete pod/web --timeout=bogus")
    #expect(overlong.combined == invalid.combined)
    #expect(overlong.exitCode == invalid.exitCode)
  }
}
