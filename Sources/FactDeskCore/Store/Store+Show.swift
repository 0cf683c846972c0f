import GRDB

extension Store {
  /// What `show` prints about a claim, quote, sentence, person or article.
  public func detail(of item: EntityReference) throws -> ItemDetail {
    try read { db in
      switch item {
      case .claim(let id): try claimDetail(id, in: db)
      case .quote(let id): try quoteDetail(id, in: db)
      case .sentence(let id): try sentenceDetail(id, in: db)
      case .person(let id): try personDetail(id, in: db)
      case .article(let id): try articleDetail(id, in: db)
      }
    }
  }

  private func claimDetail(_ id: ClaimID, in db: Database) throws -> ItemDetail {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT c.*, p.name AS speaker, p.id AS person FROM claim c
          LEFT JOIN person p ON p.id = c.speaker_id WHERE c.id = ?
          """, arguments: [id.rawValue])
    else { throw try unknownItem(id.description, table: "claim", prefix: "c", in: db) }
    let article = ArticleID(row["article_id"])
    var fields: [(String, String?)] = [
      ("text", row["text"]),
      ("article", article.description),
      ("context", try context(article: article, start: row["start"], end: row["end"], in: db)),
      ("score", DecimalText.twoPlaces(row["score"])),
      ("reasons", Store.decodeArray(row["reasons"]).joined(separator: ", ")),
      ("speaker", (row["speaker"] as String?).map { "\($0) (p\(row["person"] as Int64))" }),
      ("status", row["status"]),
    ]
    if let verdict = try currentVerdict(of: id, in: db) {
      fields.append(
        ("verdict", "\(verdict.label) by \(verdict.editor) at \(verdict.decidedAt)"))
      if let note = verdict.note { fields.append(("verdict note", note)) }
    }
    let sources = try sources(of: id, in: db).map { source in
      var line = "\(source.id)  \(source.url)"
      if let title = source.title { line += "  \(title)" }
      if let accessed = source.accessed { line += "  (accessed \(accessed))" }
      if let excerpt = source.excerpt { line += "\n    « \(excerpt) »" }
      return line
    }
    return ItemDetail(
      id: id.description, fields: Store.fields(fields),
      sections: [
        .init(title: "sources", lines: sources),
        .init(
          title: "tags",
          lines: try tags(table: "claim_tag", column: "claim_id", id: id.rawValue, in: db)),
        .init(title: "links", lines: try linkLines(.claim(id), in: db)),
        .init(title: "notes", lines: try noteLines(.claim(id), in: db)),
      ].filter { !$0.lines.isEmpty })
  }

  private func quoteDetail(_ id: QuoteID, in db: Database) throws -> ItemDetail {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT q.*, substr(a.text, q.start + 1, q."end" - q.start) AS text,
                 p.name AS speaker, p.id AS person
          FROM quote q JOIN article a ON a.id = q.article_id
          LEFT JOIN person p ON p.id = q.speaker_id WHERE q.id = ?
          """, arguments: [id.rawValue])
    else { throw try unknownItem(id.description, table: "quote", prefix: "q", in: db) }
    let article = ArticleID(row["article_id"])
    return ItemDetail(
      id: id.description,
      fields: Store.fields([
        ("text", row["text"]), ("article", article.description),
        ("context", try context(article: article, start: row["start"], end: row["end"], in: db)),
        ("kind", row["kind"]),
        ("speaker", (row["speaker"] as String?).map { "\($0) (p\(row["person"] as Int64))" }),
        ("cue", row["cue"]),
      ]),
      sections: [
        .init(
          title: "tags",
          lines: try tags(table: "quote_tag", column: "quote_id", id: id.rawValue, in: db)),
        .init(title: "links", lines: try linkLines(.quote(id), in: db)),
        .init(title: "notes", lines: try noteLines(.quote(id), in: db)),
      ].filter { !$0.lines.isEmpty })
  }

  private func sentenceDetail(_ id: SentenceID, in db: Database) throws -> ItemDetail {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT s.*, substr(a.text, s.start + 1, s."end" - s.start) AS text
          FROM sentence s JOIN article a ON a.id = s.article_id WHERE s.id = ?
          """, arguments: [id.rawValue])
    else { throw try unknownItem(id.description, table: "sentence", prefix: "s", in: db) }
    let article = ArticleID(row["article_id"])
    let start: Int = row["start"]
    let end: Int = row["end"]
    let claims = try Row.fetchAll(
      db,
      sql:
        #"SELECT id, status FROM claim WHERE article_id = ? AND start < ? AND "end" > ? ORDER BY start"#,
      arguments: [article.rawValue, end, start]
    ).map { "c\($0["id"] as Int64)  \($0["status"] as String)" }
    return ItemDetail(
      id: id.description,
      fields: Store.fields([
        ("text", row["text"]), ("article", article.description),
        ("paragraph", try paragraphText(article: article, start: start, end: end, in: db)),
      ]),
      sections: [.init(title: "claims", lines: claims)].filter { !$0.lines.isEmpty })
  }

  private func personDetail(_ id: PersonID, in db: Database) throws -> ItemDetail {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id.rawValue])
    else { throw try unknownItem(id.description, table: "person", prefix: "p", in: db) }
    let quotes = try Row.fetchAll(
      db,
      sql: """
        SELECT q.id, substr(a.text, q.start + 1, q."end" - q.start) AS text
        FROM quote q JOIN article a ON a.id = q.article_id WHERE q.speaker_id = ? ORDER BY q.id
        """, arguments: [id.rawValue]
    ).map { "q\($0["id"] as Int64)  \($0["text"] as String)" }
    return ItemDetail(
      id: id.description,
      fields: Store.fields([
        ("name", row["name"]), ("role", row["role"]),
        ("article", ArticleID(row["article_id"]).description),
      ]),
      sections: [
        .init(title: "quotes", lines: quotes),
        .init(title: "links", lines: try linkLines(.person(id), in: db)),
      ].filter { !$0.lines.isEmpty })
  }

  private func articleDetail(_ id: ArticleID, in db: Database) throws -> ItemDetail {
    guard
      let row = try Row.fetchOne(
        db,
        sql: "SELECT id, title, source, language, loaded_at, loaded_by FROM article WHERE id = ?",
        arguments: [id.rawValue])
    else { throw try unknown(id, in: db) }
    let counts = try Row.fetchOne(
      db,
      sql: """
        SELECT (SELECT count(*) FROM claim WHERE article_id = ?1) AS claims,
               (SELECT count(*) FROM quote WHERE article_id = ?1) AS quotes,
               (SELECT count(*) FROM claim WHERE article_id = ?1 AND status = 'verified') AS verified
        """, arguments: [id.rawValue])!
    return ItemDetail(
      id: id.description,
      fields: Store.fields([
        ("title", row["title"]), ("source", row["source"]), ("language", row["language"]),
        ("loaded", "\(row["loaded_at"] as String) by \(row["loaded_by"] as String)"),
        ("claims", "\(counts["claims"] as Int) (\(counts["verified"] as Int) verified)"),
        ("quotes", String(counts["quotes"] as Int)),
      ]),
      sections: [.init(title: "notes", lines: try noteLines(.article(id), in: db))]
        .filter { !$0.lines.isEmpty })
  }

  // MARK: - Parts

  private static func fields(_ pairs: [(String, String?)]) -> [ItemDetail.Field] {
    pairs.compactMap { name, value in
      guard let value, !value.isEmpty else { return nil }
      return ItemDetail.Field(name: name, value: value)
    }
  }

  /// The sentence(s) around a span, else its paragraph.
  private func context(article: ArticleID, start: Int, end: Int, in db: Database) throws -> String?
  {
    let sentence = try Row.fetchOne(
      db,
      sql:
        #"SELECT min(start) AS start, max("end") AS "end" FROM sentence WHERE article_id = ? AND start < ? AND "end" > ?"#,
      arguments: [article.rawValue, max(end, start + 1), start])
    if let low: Int = sentence?["start"], let high: Int = sentence?["end"],
      low < start || high > end
    {
      return try String.fetchOne(
        db, sql: "SELECT substr(text, ?, ?) FROM article WHERE id = ?",
        arguments: [low + 1, high - low, article.rawValue])
    }
    let paragraph = try paragraphText(article: article, start: start, end: end, in: db)
    return paragraph.count > 0 ? paragraph : nil
  }

  private func paragraphText(article: ArticleID, start: Int, end: Int, in db: Database) throws
    -> String
  {
    try String.fetchOne(
      db,
      sql: """
        SELECT substr(a.text, p.start + 1, p."end" - p.start) FROM paragraph p
        JOIN article a ON a.id = p.article_id
        WHERE p.article_id = ? AND p.start <= ? AND p."end" >= ? ORDER BY p.position LIMIT 1
        """, arguments: [article.rawValue, start, end]) ?? ""
  }

  private func linkLines(_ end: LinkEnd, in db: Database) throws -> [String] {
    try links(of: end, in: db).map { link in
      link.from == end
        ? "\(link.relation.rawValue) \(link.to)"
        : "\(link.from) \(link.relation.rawValue) this"
    }
  }

  private func noteLines(_ item: ReviewItem, in db: Database) throws -> [String] {
    try notes(on: item, in: db).map { "\($0.editor) at \($0.writtenAt): \($0.text)" }
  }
}

/// Number formatting shared with listings: two decimals.
enum DecimalText {
  static func twoPlaces(_ value: Double) -> String {
    var writer = JSONWriter()
    writer.double(value, decimals: 2)
    return writer.text
  }
}
