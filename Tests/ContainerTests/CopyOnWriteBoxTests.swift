import Testing

@testable import Container

/// The copy-on-write box: copies share one storage until one of them is changed, and no copy
/// ever sees another's change.
@Suite struct CopyOnWriteBoxTests {
  @Test func aCopySharesTheStorageUntilItIsChanged() {
    let original = CopyOnWriteBox([1, 2, 3])
    var copy = original
    #expect(copy.sharesStorage(with: original))
    copy.value.append(4)
    #expect(!copy.sharesStorage(with: original))
    #expect(original.value == [1, 2, 3])
    #expect(copy.value == [1, 2, 3, 4])
  }

  @Test func everyCopyKeepsItsOwnValue() {
    var box = CopyOnWriteBox("a")
    let before = box
    box.value += "b"
    let changed = box
    box.value += "c"
    #expect(!box.sharesStorage(with: changed))
    #expect(!box.sharesStorage(with: before))
    #expect(before.value == "a" && changed.value == "ab" && box.value == "abc")
  }

  @Test func equalityAndHashingAreTheValues() {
    let a = CopyOnWriteBox("same")
    let b = CopyOnWriteBox("same")
    #expect(a == b)
    #expect(!a.sharesStorage(with: b))
    #expect(Set([a, b]).count == 1)
    #expect(a != CopyOnWriteBox("other"))
  }
}
