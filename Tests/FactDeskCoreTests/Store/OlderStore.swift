import GRDB

@testable import FactDeskCore

/// A store file as an older factdesk left it: marked as factdesk's, with the migrations up
/// to `migration` and no later ones. Opening it with `Store` migrates it the rest of the way.
func olderStore(at path: String, upTo migration: String) throws -> DatabaseQueue {
  let queue = try DatabaseQueue(path: path)
  try queue.writeWithoutTransaction { db in
    try db.execute(sql: "PRAGMA application_id = \(Store.applicationID)")
  }
  try StoreSchema.migrator.migrate(queue, upTo: migration)
  return queue
}
