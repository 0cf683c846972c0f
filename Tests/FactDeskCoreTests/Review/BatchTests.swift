import GRDB
import Testing

@testable import FactDeskCore

/// Batches: one transaction for many commands, each command still landing whole with its
/// event or not at all.
@Suite struct BatchTests {
  struct Broken: Error {}

  @Test func aFailingCommandInABatchLeavesNoTraceAndKeepsTheOthers() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let events = try store.eventCount()
    store.beginBatch()
    _ = try store.tag(.claim(fixture.c1), with: ["budget"], context: ReviewFixture.claire)
    // A command that has written its change and its event, then fails.
    #expect(throws: Broken.self) {
      try store.write { db in
        try store.record(
          ReviewFixture.claire, "note", target: "c1", article: ArticleID(1), in: db)
        try db.execute(sql: "DELETE FROM claim_tag")
        throw Broken()
      }
    }
    try store.addNote("à revoir", on: .claim(fixture.c2), context: ReviewFixture.claire)
    try store.commitBatch()
    #expect(!store.isBatching)
    #expect(try store.tags(of: .claim(fixture.c1)) == ["budget"])
    #expect(try store.notes(on: .claim(fixture.c2)).map(\.text) == ["à revoir"])
    #expect(try store.eventCount() == events + 2)
  }

  @Test func otherProcessesSeeABatchOnlyOnceCommitted() throws {
    let fixture = try ReviewFixture()
    let other = try Store(path: fixture.directory.path("review.db"))
    fixture.store.beginBatch()
    _ = try fixture.store.tag(.claim(fixture.c1), with: ["budget"], context: ReviewFixture.claire)
    #expect(try fixture.store.tags(of: .claim(fixture.c1)) == ["budget"])
    #expect(try other.tags(of: .claim(fixture.c1)).isEmpty)
    try fixture.store.commitBatch()
    #expect(try other.tags(of: .claim(fixture.c1)) == ["budget"])
  }

  @Test func aBatchThatOnlyReadsTakesNoWriteLock() throws {
    let fixture = try ReviewFixture()
    fixture.store.beginBatch()
    _ = try fixture.store.tags(of: .claim(fixture.c1))
    let other = try Store(path: fixture.directory.path("review.db"), busyTimeout: 0)
    _ = try other.tag(.claim(fixture.c1), with: ["budget"], context: ReviewFixture.bruno)
    try fixture.store.commitBatch()
    #expect(try fixture.store.tags(of: .claim(fixture.c1)) == ["budget"])
  }
}
