import GRDB

/// Test support: review rows written straight into the tables, the way the review commands
/// record them, so export and import can be tested before those commands exist. Internal:
/// reachable from tests through `@testable import`, not from the shell.
extension Store {
  func recordVerdict(
    _ claim: ClaimID, label: String, note: String? = nil, editor: String = "claire",
    at time: String = "2026-01-15T10:00:00Z"
  ) throws {
    try write { db in
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO verdict (claim_id, label, note, editor, decided_at)
          VALUES (?, ?, ?, ?, ?)
          """, arguments: [claim.rawValue, label, note, editor, time])
      try db.execute(
        sql: "UPDATE claim SET status = 'verified' WHERE id = ?", arguments: [claim.rawValue])
    }
  }

  @discardableResult
  func recordSource(
    _ claim: ClaimID, url: String, title: String? = nil, excerpt: String? = nil,
    accessed: String? = nil, editor: String = "claire", at time: String = "2026-01-15T10:00:00Z"
  ) throws -> Int64 {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO source (claim_id, url, title, excerpt, accessed, editor, added_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """, arguments: [claim.rawValue, url, title, excerpt, accessed, editor, time])
      return db.lastInsertedRowID
    }
  }

  func recordTag(_ name: String, claim: ClaimID? = nil, quote: QuoteID? = nil) throws {
    try write { db in
      try db.execute(sql: "INSERT OR IGNORE INTO tag (name) VALUES (?)", arguments: [name])
      let tag = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [name])
      if let claim {
        try db.execute(
          sql: "INSERT INTO claim_tag VALUES (?, ?)", arguments: [claim.rawValue, tag])
      }
      if let quote {
        try db.execute(
          sql: "INSERT INTO quote_tag VALUES (?, ?)", arguments: [quote.rawValue, tag])
      }
    }
  }

  func recordNote(
    _ text: String, claim: ClaimID? = nil, quote: QuoteID? = nil, article: ArticleID? = nil,
    editor: String = "claire", at time: String = "2026-01-15T10:05:00Z"
  ) throws {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO note (claim_id, quote_id, article_id, text, editor, written_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [claim?.rawValue, quote?.rawValue, article?.rawValue, text, editor, time])
    }
  }

  func recordLink(
    _ relation: String, from claim: ClaimID, to other: ClaimID? = nil, source: Int64? = nil,
    editor: String = "claire", at time: String = "2026-01-15T10:10:00Z"
  ) throws {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO link (relation, from_claim_id, to_claim_id, to_source_id, editor, created_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """, arguments: [relation, claim.rawValue, other?.rawValue, source, editor, time])
    }
  }

  func recordSetting(_ key: String, _ value: String) throws {
    try write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", arguments: [key, value])
    }
  }
}
