import FactDeskCore
import Foundation

/// Groups the commands of a script into batches: one transaction per batch, each command a
/// savepoint in it (see `Store.beginBatch`).
///
/// A batch commits after `maximumCommands` commands or `maximumDuration`, whichever comes
/// first, at the end of the script, and before the runner waits for a line that has not
/// arrived yet (a program feeding factdesk through a pipe sees each change committed before
/// it sends the next). So a crash of factdesk loses at most the last second of a script's
/// work, and never part of a command.
struct ScriptBatch {
  static let maximumCommands = 10_000
  static let maximumDuration: Duration = .seconds(1)

  private let store: Store
  private let clock = ContinuousClock()
  private var openedAt: ContinuousClock.Instant?
  private var commands = 0
  /// The script line that opened the batch, to name what a failed commit lost.
  private var firstLine = 0

  init(store: Store) { self.store = store }

  /// Starts a batch if none is under way.
  mutating func beforeCommand(line: Int) {
    guard openedAt == nil else { return }
    store.beginBatch()
    openedAt = clock.now
    commands = 0
    firstLine = line
  }

  /// Commits when the batch is full or old enough.
  mutating func afterCommand() throws {
    guard let openedAt else { return }
    commands += 1
    if commands >= Self.maximumCommands || clock.now - openedAt >= Self.maximumDuration {
      try commit()
    }
  }

  /// Commits the batch, if one is under way.
  mutating func commit() throws {
    guard openedAt != nil else { return }
    openedAt = nil
    do {
      try store.commitBatch()
    } catch {
      throw ShellError.batchNotSaved(fromLine: firstLine, cause: "\(error)")
    }
  }
}
