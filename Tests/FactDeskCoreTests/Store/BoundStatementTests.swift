import GRDB
import Testing

@testable import FactDeskCore

/// Statements bound and stepped through SQLite's own API: values arrive as given, failures
/// come back as GRDB's errors, and the statement stays usable by GRDB afterwards.
@Suite struct BoundStatementTests {
  private static func database() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE item (
            id INTEGER PRIMARY KEY, name TEXT CHECK (name IS NULL OR length(name) > 0), size INTEGER
          ) STRICT
          """)
    }
    return queue
  }

  @Test func valuesAreBoundAsGivenAndReadBackByPosition() throws {
    try Self.database().write { db in
      let insert = try db.cachedStatement(sql: "INSERT INTO item (id, name, size) VALUES (?, ?, ?)")
      try insert.run(.integer(1), .text("équipement « 178 M€ » 🇫🇷"), .integer(-5))
      try insert.run(.integer(2), .text(nil), .integer(nil))
      let select = try db.cachedStatement(sql: "SELECT name, size FROM item WHERE id = ?")
      let first = try select.firstRow(.integer(1)) { row in (row.text(0), row.integer(1)) }
      #expect(first?.0 == "équipement « 178 M€ » 🇫🇷")
      #expect(first?.1 == -5)
      let second = try select.firstRow(.integer(2)) { row in (row.isNull(0), row.isNull(1)) }
      #expect(second?.0 == true)
      #expect(second?.1 == true)
      #expect(try select.firstRow(.integer(3)) { $0.integer(1) } == nil)
    }
  }

  @Test func failureIsGRDBsErrorAndTheStatementRunsAgain() throws {
    try Self.database().write { db in
      let insert = try db.cachedStatement(sql: "INSERT INTO item (id, name) VALUES (?, ?)")
      let error = #expect(throws: DatabaseError.self) {
        try insert.run(.integer(1), .text(""))
      }
      #expect(error?.resultCode == .SQLITE_CONSTRAINT)
      #expect(error?.message?.contains("CHECK constraint failed") == true)
      try insert.run(.integer(1), .text("budget"))
      // GRDB runs the same cached statement with its own binding after ours.
      try db.cachedStatement(sql: "INSERT INTO item (id, name) VALUES (?, ?)")
        .execute(arguments: [2, "tremplin"])
      #expect(
        try String.fetchAll(db, sql: "SELECT name FROM item ORDER BY id") == ["budget", "tremplin"])
    }
  }
}
