import Foundation
import GRDB

/// Why the store refused or failed, in words an editor can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  case isDirectory(path: String)
  case notADatabase(path: String)
  case notAFactdeskStore(path: String)
  case writtenByNewerVersion(path: String, migrations: [String])
  case locked(path: String)
  case readOnly(path: String)
  case diskFull(path: String)
  case cannotOpen(path: String, reason: String)
  case unknownID(String, hint: String)
  case refused(String)
  case sqlite(String)
  /// SQLite rolled back a whole batch after a failure; its commands since the last commit
  /// are lost.
  case batchLost(cause: String)

  public var description: String {
    switch self {
    case .isDirectory(let path): "\(path) is a directory, not a store file"
    case .notADatabase(let path): "\(path) is not a SQLite database"
    case .notAFactdeskStore(let path):
      "\(path) is a SQLite database of another application, not a factdesk store"
    case .writtenByNewerVersion(let path, let migrations):
      "\(path) was written by a newer factdesk (schema \(migrations.joined(separator: ", "))); "
        + "upgrade factdesk to open it"
    case .locked(let path):
      "\(path) is locked by another process; try again when it has finished"
    case .readOnly(let path): "\(path) is read-only; this command needs to write"
    case .diskFull(let path): "the disk holding \(path) is full; nothing was written"
    case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
    case .unknownID(let id, let hint): hint.isEmpty ? "no \(id)" : "no \(id) (\(hint))"
    case .refused(let message): message
    case .sqlite(let message): message
    case .batchLost(let cause):
      "\(cause); SQLite undid the commands since the last commit, run them again"
    }
  }

  /// Runs `body`, turning the SQLite errors it throws into errors that name the store file.
  static func naming<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw from(error, path: path)
    }
  }

  /// Translates SQLite's result codes into errors that name the store file; other errors,
  /// a StoreError among them, come back as they are.
  static func from(_ error: any Error, path: String) -> any Error {
    guard let error = error as? DatabaseError else { return error }
    switch error.resultCode {
    case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.locked(path: path)
    case .SQLITE_READONLY: return StoreError.readOnly(path: path)
    case .SQLITE_FULL: return StoreError.diskFull(path: path)
    case .SQLITE_CANTOPEN:
      return StoreError.cannotOpen(path: path, reason: "no such directory or no permission")
    case .SQLITE_CONSTRAINT:
      return StoreError.refused(error.message ?? "a store rule refused the change")
    default:
      return StoreError.sqlite("store error: \(error.message ?? "\(error.resultCode)")")
    }
  }
}
