import GRDB

extension Store {
  /// Writes a note on a claim, quote or article; returns its number.
  @discardableResult
  public func addNote(_ text: String, on item: ReviewItem, context: ChangeContext) throws -> Int64 {
    // White space by scalar: Foundation's trimming copied the note through NSString, a
    // fifth of what writing a note cost.
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw StoreError.refused("a note needs some text")
    }
    return try write { db in
      let article = try articleOf(item, in: db)
      let column = Store.noteColumn(item)
      try db.cachedStatement(
        sql: "INSERT INTO note (\(column), text, editor, written_at) VALUES (?, ?, ?, ?)"
      ).run(
        .integer(Store.rawID(item)), .text(text), .text(context.editor), .text(timestamp()))
      let id = db.lastInsertedRowID
      try record(
        context, "note", target: item.description, article: article,
        after: Store.state(["id": String(id), "text": text]), in: db)
      return id
    }
  }

  /// The notes on an item, oldest first.
  public func notes(on item: ReviewItem) throws -> [ReviewNote] {
    try read { db in
      _ = try articleOf(item, in: db)
      return try notes(on: item, in: db)
    }
  }

  func notes(on item: ReviewItem, in db: Database) throws -> [ReviewNote] {
    try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT id, text, editor, written_at FROM note WHERE \(Store.noteColumn(item)) = ?
          ORDER BY id
          """), arguments: [Store.rawID(item)]
    ).map {
      ReviewNote(id: $0["id"], text: $0["text"], editor: $0["editor"], writtenAt: $0["written_at"])
    }
  }

  static func noteColumn(_ item: ReviewItem) -> String {
    switch item {
    case .claim: "claim_id"
    case .quote: "quote_id"
    case .article: "article_id"
    }
  }

  static func rawID(_ item: ReviewItem) -> Int64 {
    switch item {
    case .claim(let id): id.rawValue
    case .quote(let id): id.rawValue
    case .article(let id): id.rawValue
    }
  }
}
