import Container
import Testing

/// Clock arithmetic stops at the ends of the range: grace periods are user input up to Int64.max.
@Suite struct InstantTests {
  @Test func wholeMillisecondsSaturates() {
    #expect(Duration.seconds(Int64.max).wholeMilliseconds == .max)
    #expect(Duration.seconds(Int64.min).wholeMilliseconds == .min)
    #expect(Duration.milliseconds(1500).wholeMilliseconds == 1500)
    #expect(Duration.seconds(-2).wholeMilliseconds == -2000)
  }

  @Test func additionSaturates() {
    let now = Instant(milliseconds: 1_757_926_800_000)
    #expect((now + .seconds(Int64.max)).milliseconds == .max)
    #expect((now - .seconds(Int64.max)).milliseconds < 0)
    #expect((now + .seconds(30)).milliseconds == 1_757_926_830_000)
    #expect((now - .seconds(30)).milliseconds == 1_757_926_770_000)
  }
}
