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
}
