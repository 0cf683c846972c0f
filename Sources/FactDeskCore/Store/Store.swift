import Foundation
import GRDB
import Synchronization

/// The annotation store: one SQLite file holding articles, their segments and the review work.
///
/// This is the only place that speaks SQL. Every change runs in one immediate transaction,
/// or in a savepoint of a batch's transaction, together with its event-log row, so a command
/// lands whole or not at all.
public final class Store: Sendable {
  /// Where the store lives, as given ("factdesk.db") or ":memory:".
  public let path: String
  let database: DatabaseQueue
  let clock: @Sendable () -> Date
  /// Whether changes join a batch (see `beginBatch`).
  let batchState = Mutex(false)
  private let lastTimestamp = Mutex((second: Int64.min, text: ""))

  /// SQLite's page cache for review work, in SQLite's notation: negative means KiB (64 MB).
  static let pageCache = -65_536

  /// How long a writer waits for another factdesk process before giving up.
  public static let busyTimeout: TimeInterval = 5

  /// Opens (creating if needed) the store at `path` and brings its schema up to date.
  public init(
    path: String, busyTimeout: TimeInterval = Store.busyTimeout,
    clock: @escaping @Sendable () -> Date = Date.init
  ) throws {
    self.path = path
    self.clock = clock
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw StoreError.isDirectory(path: path)
    }
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(busyTimeout)
    // A batch (`beginBatch`) keeps one transaction open across many commands; GRDB would
    // otherwise stop the program when a database access ends inside a transaction.
    configuration.allowsUnsafeTransactions = true
    // WAL lets editors read while another process writes. synchronous=NORMAL keeps every
    // committed change through a crash of factdesk; only a power loss can lose the last
    // transactions, which is the usual trade for a desktop annotation store.
    // A store the user may not write is opened read-only: listings and reading still work,
    // and a command that changes something fails with a clear message.
    let isReadOnly =
      FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0
    configuration.readonly = isReadOnly
    let wantsWAL = path != ":memory:" && !isReadOnly
    configuration.prepareDatabase { db in
      // SQLite's default page cache is 2 MB: a review change touches pages all over the
      // claim, link and event indexes, and with a small cache a batch of them spills pages
      // to the WAL and reads them back. 64 MB is a cap, not an allocation.
      try db.execute(sql: "PRAGMA cache_size = \(Store.pageCache)")
      guard !db.configuration.readonly else { return }
      // WAL is recorded in the file, so this only changes a new store. GRDB's own WAL set-up
      // (`journalMode = .wal`) also writes a dummy transaction on every open, for the sake of
      // connection pools we do not use; that cost two fsyncs and a checkpoint per command.
      if wantsWAL { try db.execute(sql: "PRAGMA journal_mode = WAL") }
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    // SQLite needs to write a WAL store's -shm file even to read it; a store we may only
    // read is opened as immutable instead (SQLite is built with URI file names here).
    let openPath =
      isReadOnly
      ? URL(fileURLWithPath: path).absoluteString + "?immutable=1" : path
    database = try StoreError.naming(path) {
      let database = try DatabaseQueue(path: openPath, configuration: configuration)
      try Store.migrate(database, path: path)
      return database
    }
  }

  /// A private store in memory, for tests and one-shot pipelines.
  public static func inMemory(clock: @escaping @Sendable () -> Date = Date.init) throws -> Store {
    try Store(path: ":memory:", clock: clock)
  }

  /// factdesk's mark in the SQLite header (`PRAGMA application_id`): "FDSK".
  static let applicationID: Int32 = 0x4644_534B

  private static func migrate(_ database: DatabaseQueue, path: String) throws {
    let migrator = StoreSchema.migrator
    // Opening an up-to-date store is the common case and stays read-only: start-up time is
    // what an editor feels on every `factdesk -c`.
    let upToDate = try database.read { db in
      try checkOwnership(of: db, path: path, migrator: migrator)
      return try migrator.hasCompletedMigrations(db)
    }
    guard !upToDate else { return }
    if database.configuration.readonly {
      throw StoreError.refused("\(path) needs its schema brought up to date, but it is read-only")
    }
    try database.writeWithoutTransaction { db in
      try checkOwnership(of: db, path: path, migrator: migrator)
      try db.execute(sql: "PRAGMA application_id = \(Store.applicationID)")
    }
    try migrator.migrate(database)
  }

  /// Refuses a database of another application, or one written by a newer factdesk.
  private static func checkOwnership(
    of db: Database, path: String, migrator: DatabaseMigrator
  ) throws {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let hasTables =
      try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
      > 0
    if hasTables && applicationID != Store.applicationID {
      throw StoreError.notAFactdeskStore(path: path)
    }
    guard try db.tableExists("grdb_migrations") else { return }
    let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
    if !unknown.isEmpty {
      throw StoreError.writtenByNewerVersion(path: path, migrations: unknown.sorted())
    }
  }

  // MARK: - Transactions

  /// Runs `changes` as one command: its own immediate transaction, or inside an open batch
  /// a savepoint of it (see `beginBatch`). Either way the changes land with their event or
  /// not at all. SQLite errors come back naming the store.
  ///
  /// `alone` is for a command that must be its own transaction (an import defers its
  /// foreign-key checks to the commit): what an open batch holds is committed first.
  func write<T>(alone: Bool = false, _ changes: (Database) throws -> T) throws -> T {
    try StoreError.naming(path) {
      try database.writeWithoutTransaction { db in
        if !alone && (db.isInsideTransaction || isBatching) {
          if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
          return try inCommandSavepoint(db, changes)
        }
        // The batch goes on: its next change opens a new transaction.
        if db.isInsideTransaction { try db.commit() }
        var result: T?
        try db.inTransaction(.immediate) {
          result = try changes(db)
          return .commit
        }
        return result!
      }
    }
  }

  func read<T>(_ query: (Database) throws -> T) throws -> T {
    try StoreError.naming(path) { try database.read(query) }
  }

  /// The current time as stored: ISO 8601 in UTC, to the second. A change stamps its rows
  /// and its event, and a script makes thousands of changes a second: the text is made once
  /// per second.
  func timestamp() -> String {
    let now = clock()
    let second = Int64(now.timeIntervalSince1970.rounded(.down))
    return lastTimestamp.withLock { last in
      if last.second != second { last = (second, Store.iso8601(now)) }
      return last.text
    }
  }

  /// Formats like `Date.formatted(.iso8601)` ("2026-01-15T09:30:00Z") from the C calendar
  /// functions: Foundation's formatter costs more than the rest of a small review change.
  static func iso8601(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }
}
