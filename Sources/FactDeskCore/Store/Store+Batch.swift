import GRDB

/// Batches: many commands in one SQLite transaction, each still atomic with its event.
///
/// Committing is what a review command mostly costs: every commit appends each page it
/// touched to the WAL. A script run groups its commands into one transaction at a time and
/// gives each command a savepoint, released when the command succeeds and rolled back when it
/// fails, so a failing command leaves nothing behind but its error, and the commands before
/// it stay. What a batch gives up is the window: a crash of factdesk before the batch
/// commits loses the commands run since the last commit (never part of one).
extension Store {
  /// Starts a batch: from the next change on, changes are savepoints of one transaction
  /// until `commitBatch`. The transaction opens at the first change, so a script that only
  /// reads never takes the write lock.
  public func beginBatch() {
    batchState.withLock { $0 = true }
  }

  /// Commits the batch's changes, if any, and ends it; they become visible to other
  /// processes.
  public func commitBatch() throws {
    batchState.withLock { $0 = false }
    try withWriter { db in
      guard db.isInsideTransaction else { return }
      try db.commit()
    }
  }

  /// Whether a batch is under way.
  public var isBatching: Bool { batchState.withLock { $0 } }

  /// Runs one command inside the open batch as a savepoint. The savepoint statements are
  /// prepared once: a command costs a few microseconds, and parsing them again would show.
  func inCommandSavepoint<T>(_ db: Database, _ changes: (Database) throws -> T) throws -> T {
    // Stepped through SQLite's API (`BoundStatement`), as every command of a script runs
    // these two; GRDB follows savepoints only for transaction observers, which the store
    // has none of. The rare rollback below goes through GRDB.
    try db.cachedStatement(sql: "SAVEPOINT command").run()
    do {
      let result = try changes(db)
      try db.cachedStatement(sql: "RELEASE command").run()
      return result
    } catch {
      // Some failures (a full disk, an I/O error) make SQLite roll back the whole
      // transaction: the batch is gone, and saying only "disk full" would hide that the
      // commands before this one went with it.
      guard db.isInsideTransaction else {
        throw StoreError.batchLost(cause: "\(StoreError.from(error, path: path))")
      }
      try db.cachedStatement(sql: "ROLLBACK TO command").execute()
      try db.cachedStatement(sql: "RELEASE command").execute()
      throw error
    }
  }

  private func withWriter<T>(_ body: (Database) throws -> T) throws -> T {
    try StoreError.naming(path) { try database.writeWithoutTransaction(body) }
  }
}
