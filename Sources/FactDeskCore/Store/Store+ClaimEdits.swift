import GRDB

extension Store {
  /// Adds a claim the segmenter missed, over `span` of the article's text.
  public func addClaim(
    in article: ArticleID, span: TextSpan, context: ChangeContext
  ) throws -> ClaimID {
    try write { db in
      guard
        let text = try String.fetchOne(
          db, sql: "SELECT text FROM article WHERE id = ?", arguments: [article.rawValue])
      else { throw try unknown(article, in: db) }
      let scalars = ScalarText(text)
      guard span.start >= 0, span.end <= scalars.count, !span.isEmpty else {
        throw StoreError.refused(
          "\(span) is outside \(article), whose text has \(scalars.count) characters")
      }
      let claimText = scalars[span]
      try db.execute(
        sql: """
          INSERT INTO claim (article_id, start, "end", text, score, reasons, origin, created_at)
          VALUES (?, ?, ?, ?, 1, '["added by an editor"]', 'editor', ?)
          """, arguments: [article.rawValue, span.start, span.end, claimText, timestamp()])
      let id = ClaimID(db.lastInsertedRowID)
      try append(
        ChangeEvent(
          editor: context.editor, command: context.command, action: "claim-add",
          target: id.description, articleID: article,
          after: Store.jsonObject([
            "start": String(span.start), "end": String(span.end), "text": claimText,
          ])),
        in: db)
      return id
    }
  }

  /// Marks a claim as not worth checking; its verdict, if any, stays in the history.
  public func dismissClaim(_ id: ClaimID, context: ChangeContext) throws {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT article_id, status FROM claim WHERE id = ?", arguments: [id.rawValue])
      else { throw try unknownClaim(id, in: db) }
      let status: String = row["status"]
      guard status != ClaimStatus.dismissed.rawValue else {
        throw StoreError.refused("\(id) is already dismissed")
      }
      try db.execute(
        sql: "UPDATE claim SET status = 'dismissed' WHERE id = ?", arguments: [id.rawValue])
      try append(
        ChangeEvent(
          editor: context.editor, command: context.command, action: "status",
          target: id.description, articleID: ArticleID(row["article_id"]),
          before: Store.jsonObject(["status": status]),
          after: Store.jsonObject(["status": ClaimStatus.dismissed.rawValue])),
        in: db)
    }
  }

  /// The error for an unknown claim, naming the range of claims there are.
  func unknownClaim(_ id: ClaimID, in db: Database) throws -> StoreError {
    let range = try Row.fetchOne(db, sql: "SELECT min(id) AS low, max(id) AS high FROM claim")
    guard let low = range?["low"] as Int64?, let high = range?["high"] as Int64? else {
      return StoreError.unknownID(id.description, hint: "the store has no claims yet")
    }
    let hint = low == high ? "the only claim is c\(low)" : "claims are c\(low)…c\(high)"
    return StoreError.unknownID(id.description, hint: hint)
  }
}
