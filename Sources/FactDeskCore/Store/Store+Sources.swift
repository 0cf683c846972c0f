import Foundation
import GRDB

extension Store {
  /// Attaches a source to a claim. The same URL on the same claim again changes nothing.
  public func addSource(
    to claim: ClaimID, url: String, title: String? = nil, excerpt: String? = nil,
    accessed: String? = nil, context: ChangeContext
  ) throws -> (id: Int64, result: ChangeResult) {
    try write { db in
      let state = try claimState(claim, in: db)
      let url = try Store.checkedURL(url)
      if let accessed { try Store.checkDate(accessed) }
      if let existing = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM source WHERE claim_id = ? AND url = ?"),
        arguments: [claim.rawValue, url])
      {
        return (existing, .unchanged)
      }
      let id = try insertSource(
        claim: claim, url: url, title: title, excerpt: excerpt, accessed: accessed,
        editor: context.editor, in: db)
      try record(
        context, "source", target: claim.description, article: state.article,
        after: Store.state([
          "id": String(id), "url": url, "title": title, "excerpt": excerpt, "accessed": accessed,
        ]), in: db)
      return (id, .changed)
    }
  }

  /// Removes a source (and the links that cite it).
  public func removeSource(_ id: Int64, context: ChangeContext) throws -> ClaimID {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(sql: "SELECT * FROM source WHERE id = ?"), arguments: [id])
      else { throw try unknownItem(String(id), table: "source", prefix: "", in: db) }
      let claim = ClaimID(row["claim_id"])
      let state = try claimState(claim, in: db)
      // The claims citing the source lose those links with it (ON DELETE CASCADE); the event
      // names them so undo can put them back.
      let citing = try Int64.fetchAll(
        db.cachedStatement(
          sql: "SELECT from_claim_id FROM link WHERE relation = 'cites' AND to_source_id = ?"),
        arguments: [id])
      try db.cachedStatement(sql: "DELETE FROM source WHERE id = ?").execute(arguments: [id])
      try record(
        context, "source-remove", target: claim.description, article: state.article,
        before: Store.state([
          "id": String(id), "url": row["url"], "title": row["title"], "excerpt": row["excerpt"],
          "accessed": row["accessed"], "editor": row["editor"], "added_at": row["added_at"],
          "cited_by": citing.isEmpty
            ? nil : citing.map { ClaimID($0).description }.joined(separator: " "),
        ]), in: db)
      return claim
    }
  }

  /// The sources of a claim, in the order they were added.
  public func sources(of claim: ClaimID) throws -> [EvidenceSource] {
    try read { db in
      _ = try claimState(claim, in: db)
      return try sources(of: claim, in: db)
    }
  }

  func sources(of claim: ClaimID, in db: Database) throws -> [EvidenceSource] {
    try Row.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM source WHERE claim_id = ? ORDER BY id"),
      arguments: [claim.rawValue]
    ).map {
      EvidenceSource(
        id: $0["id"], claim: claim, url: $0["url"], title: $0["title"], excerpt: $0["excerpt"],
        accessed: $0["accessed"], editor: $0["editor"], addedAt: $0["added_at"])
    }
  }

  func insertSource(
    claim: ClaimID, url: String, title: String?, excerpt: String?, accessed: String?,
    editor: String, id: Int64? = nil, addedAt: String? = nil, in db: Database
  ) throws -> Int64 {
    let url = try Store.checkedURL(url)
    try db.cachedStatement(
      sql: """
        INSERT INTO source (id, claim_id, url, title, excerpt, accessed, editor, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      id, claim.rawValue, url, title, excerpt, accessed, editor, addedAt ?? timestamp(),
    ])
    return db.lastInsertedRowID
  }

  /// An http(s) URL with a host, or an error saying what is wrong with it.
  static func checkedURL(_ text: String) throws -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let components = URLComponents(string: trimmed),
      let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme)
    else {
      throw StoreError.refused(
        "\(text) is not a web address; a source URL starts with http:// or https://")
    }
    guard let host = components.host, !host.isEmpty else {
      throw StoreError.refused("\(text) has no host; expected like https://example.org/page")
    }
    return trimmed
  }

  /// A calendar date written YYYY-MM-DD.
  static func checkDate(_ text: String) throws {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let calendar = Calendar(identifier: .gregorian)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      DateComponents(calendar: calendar, year: year, month: month, day: day).isValidDate
    else {
      throw StoreError.refused("\(text) is not a date written YYYY-MM-DD")
    }
  }
}
