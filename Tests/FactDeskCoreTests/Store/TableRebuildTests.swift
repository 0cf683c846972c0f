import GRDB
import Testing

@testable import FactDeskCore

/// The link, claim and event tables rebuilt with cheaper CHECKs: a store written before keeps
/// its rows, indexes and triggers, and the rules still refuse what they refused.
@Suite struct TableRebuildTests {
  /// A store at the last migration before the rebuild, with one article, two claims, a
  /// link between them and its event, written as that version's factdesk wrote them.
  private static func storeBeforeRebuild(at path: String) throws {
    let queue = try olderStore(at: path, upTo: "v4-partial-end-indexes")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO article (id, source, sha256, raw, text, language, loaded_at, loaded_by)
          VALUES (1, 'old.txt', ?, x'41', 'Un. Deux.', 'fr', '2020-01-01T00:00:00Z', 'claire');
          INSERT INTO claim (id, article_id, start, "end", text, score, origin, created_at)
          VALUES (1, 1, 0, 3, 'Un.', 0.5, 'segmenter', '2020-01-01T00:00:00Z'),
                 (2, 1, 4, 9, 'Deux.', 0.5, 'segmenter', '2020-01-01T00:00:00Z');
          INSERT INTO link (relation, from_claim_id, to_claim_id, editor, created_at)
          VALUES ('contradicts', 1, 2, 'claire', '2020-01-01T00:00:00Z');
          INSERT INTO event (at, editor, command, action, target, article_id, after)
          VALUES ('2020-01-01T00:00:00Z', 'claire', 'link c1 contradicts c2', 'link', 'c1', 1,
                  '{"link":"c1 contradicts c2"}');
          """, arguments: [String(repeating: "b", count: 64)])
    }
  }

  /// The indexes and triggers of the rebuilt tables, and their definitions.
  private static func dependents(_ db: Database) throws -> [String] {
    try String.fetchAll(
      db,
      sql: """
        SELECT name || ': ' || ifnull(sql, '') FROM sqlite_schema
        WHERE type IN ('index', 'trigger') AND tbl_name IN ('link', 'claim', 'event')
        ORDER BY name
        """)
  }

  @Test func olderRowsIndexesAndTriggersSurviveTheRebuild() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("old.db")
    try Self.storeBeforeRebuild(at: path)
    let dependentsBefore = try DatabaseQueue(path: path).read(Self.dependents)

    let store = try Store(path: path)
    #expect(try store.read(Self.dependents) == dependentsBefore)
    #expect(dependentsBefore.contains { $0.hasPrefix("link_is_unique: ") })
    #expect(dependentsBefore.contains { $0.hasPrefix("claim_fts_insert: ") })
    #expect(dependentsBefore.contains { $0.hasPrefix("event_is_append_only_delete: ") })
    #expect(try store.links(of: .claim(ClaimID(1))).map(\.relation) == [.contradicts])
    #expect(try store.history(of: "c1").map(\.command) == ["link c1 contradicts c2"])
    #expect(try store.search("deux").hits.map(\.id) == ["c2"])
    let tables = try store.read { db in
      try String.fetchAll(
        db, sql: "SELECT sql FROM sqlite_schema WHERE name IN ('link', 'claim', 'event')")
    }
    #expect(tables.count == 3)
    #expect(tables.allSatisfy { !$0.contains("json_valid(before)") && !$0.contains("status IN") })
    #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
  }

  @Test func eventLogIsStillAppendOnly() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("old.db")
    try Self.storeBeforeRebuild(at: path)
    let store = try Store(path: path)
    for change in ["DELETE FROM event", "UPDATE event SET command = 'x'"] {
      #expect(throws: (any Error).self, "\(change)") {
        try store.write { db in try db.execute(sql: change) }
      }
    }
    #expect(try store.eventCount() == 1)
  }

  @Test func rebuiltRulesRefuseWhatTheOldOnesRefused() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("old.db")
    try Self.storeBeforeRebuild(at: path)
    let store = try Store(path: path)
    let refused = [
      "('refutes', 1, NULL, 2, NULL)",  // no such relation
      "('supports', 1, NULL, 1, NULL)",  // a claim supporting itself
      "('cites', 1, NULL, 2, NULL)",  // cites needs a source, not a claim
      "('contradicts', 1, NULL, 2, NULL)",  // a second copy of the link
    ]
    #expect(throws: (any Error).self) {
      try store.write { db in try db.execute(sql: "UPDATE claim SET status = 'closed'") }
    }
    for values in refused {
      let error = #expect(throws: (any Error).self, "\(values)") {
        try store.write { db in
          try db.execute(
            sql: """
              INSERT INTO link (relation, from_claim_id, from_quote_id, to_claim_id, to_person_id,
                                editor, created_at)
              VALUES \(values.dropLast()), 'claire', '2020-01-01T00:00:00Z')
              """)
        }
      }
      #expect("\(error.map { "\($0)" } ?? "")".contains("constraint failed"), "\(values)")
    }
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO link (relation, from_claim_id, to_claim_id, editor, created_at)
          VALUES ('same-as', 2, 1, 'claire', '2020-01-01T00:00:00Z')
          """)
    }
    #expect(try store.links(of: .claim(ClaimID(1))).count == 2)
  }
}
