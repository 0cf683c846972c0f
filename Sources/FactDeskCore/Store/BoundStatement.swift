import GRDB
import GRDBSQLite

/// A value for one `?` of a statement.
enum SQLValue {
  case integer(Int64?)
  case text(String?)
}

/// Runs the few statements every review command executes, binding values straight to
/// SQLite's parameters.
///
/// GRDB's `execute(arguments:)` and `fetchOne` box each argument in an existential, copy
/// the arguments into arrays, check them against the statement and wrap the result in a
/// cursor; for a one-row insert or look-up that was as much work as SQLite's own. These
/// statements come from GRDB's statement cache, run inside a transaction GRDB opened (so
/// the connection's transaction state never changes under it), and are left reset, so GRDB
/// can run them again.
extension Statement {
  /// Binds `values` to the parameters in order and steps the statement to its end.
  func run(_ values: SQLValue...) throws {
    try withBindings(values) {
      while true {
        switch sqlite3_step(sqliteStatement) {
        case SQLITE_DONE: return
        case SQLITE_ROW: continue
        case let code: throw failure(code)
        }
      }
    }
  }

  /// Binds `values`, steps to the first row and reads it with `read`; nil when there is
  /// none. `read` gets the columns by position.
  func firstRow<T>(_ values: SQLValue..., read: (StatementColumns) -> T) throws -> T? {
    try withBindings(values) {
      switch sqlite3_step(sqliteStatement) {
      case SQLITE_ROW: return read(StatementColumns(statement: sqliteStatement))
      case SQLITE_DONE: return nil
      case let code: throw failure(code)
      }
    }
  }

  private func withBindings<T>(_ values: [SQLValue], _ body: () throws -> T) throws -> T {
    let statement = sqliteStatement
    sqlite3_reset(statement)
    // Reset whichever way `body` ends, so the statement holds no row or lock. Bindings need
    // no clearing: every parameter is bound here, SQLite copies text (SQLITE_TRANSIENT), and
    // GRDB clears them itself before binding its own arguments.
    defer { sqlite3_reset(statement) }
    assert(values.count == Int(sqlite3_bind_parameter_count(statement)), "unbound parameters")
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .integer(let number?): sqlite3_bind_int64(statement, index, number)
      case .text(let text?):
        // A native string holds its UTF-8 contiguously; SQLITE_TRANSIENT copies it.
        var text = text
        text.withUTF8 { bytes in
          _ = sqlite3_bind_text(
            statement, index,
            UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(
              to: CChar.self), Int32(bytes.count), Self.transient)
        }
      case .integer(nil), .text(nil): sqlite3_bind_null(statement, index)
      }
    }
    return try body()
  }

  /// SQLite's marker for "copy the bytes now".
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// The error SQLite reported for `code`, read before the statement is reset.
  private func failure(_ code: Int32) -> DatabaseError {
    let connection = sqlite3_db_handle(sqliteStatement)
    return DatabaseError(
      resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
      message: String(cString: sqlite3_errmsg(connection)), sql: sql)
  }
}

/// The columns of the row a statement stands on, read in place by position.
struct StatementColumns {
  let statement: OpaquePointer

  func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

  func text(_ column: Int32) -> String? {
    guard let bytes = sqlite3_column_text(statement, column) else { return nil }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
