import GRDB

/// Reading many rows: in place from a cursor over a cached statement, by column position.
/// `Row.fetchAll` copies every row with its column names, an uncached query is prepared again
/// on every call, and finding a column by name folds case on every read; together they were
/// the larger part of exports, listings and searches over many rows.
extension Store {
  func forEachRow(
    _ sql: String, _ arguments: StatementArguments = [], in db: Database,
    _ body: (Row) throws -> Void
  ) throws {
    let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
    while let row = try cursor.next() { try body(row) }
  }

  func rows<Value>(
    _ sql: String, _ arguments: StatementArguments = [], in db: Database,
    _ transform: (Row) throws -> Value
  ) throws -> [Value] {
    var values: [Value] = []
    try forEachRow(sql, arguments, in: db) { values.append(try transform($0)) }
    return values
  }
}
