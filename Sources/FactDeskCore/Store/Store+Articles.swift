import Foundation
import GRDB

extension Store {
  // MARK: - Writing

  /// Stores `article` and what the segmenter found in it, in one transaction with its event.
  /// The same raw bytes loaded again return the stored article instead of a duplicate.
  public func add(
    _ article: CleanArticle, segmentation: Segmentation? = nil, context: ChangeContext
  ) throws -> LoadOutcome {
    try write { db in
      if let existing = try Int64.fetchOne(
        db, sql: "SELECT id FROM article WHERE sha256 = ?", arguments: [article.sha256])
      {
        return LoadOutcome(id: ArticleID(existing), isNew: false)
      }
      let metadata = article.metadata
      try db.execute(
        sql: """
          INSERT INTO article (source, sha256, raw, text, title, authors, published, site,
                               language, loaded_at, loaded_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          article.source, article.sha256, article.raw, article.text, metadata.title,
          Store.jsonArray(metadata.authors), metadata.published, metadata.site,
          metadata.language.rawValue, timestamp(), context.editor,
        ])
      let id = ArticleID(db.lastInsertedRowID)
      try insertStructure(of: article, id: id, in: db)
      if let segmentation {
        try insert(segmentation, of: article.text, id: id, in: db)
      }
      try append(
        ChangeEvent(
          editor: context.editor, command: context.command, action: "load",
          target: id.description, articleID: id,
          after: Store.jsonObject(["source": article.source, "sha256": article.sha256])),
        in: db)
      return LoadOutcome(id: id, isNew: true)
    }
  }

  private func insertStructure(of article: CleanArticle, id: ArticleID, in db: Database) throws {
    let paragraph = try db.makeStatement(
      sql: """
        INSERT INTO paragraph (article_id, position, start, "end", role) VALUES (?, ?, ?, ?, ?)
        """)
    for (position, item) in article.paragraphs.enumerated() {
      try paragraph.execute(arguments: [
        id.rawValue, position + 1, item.span.start, item.span.end, item.role.rawValue,
      ])
    }
    let removed = try db.makeStatement(
      sql: "INSERT INTO removed_part (article_id, position, text, reason) VALUES (?, ?, ?, ?)")
    for (position, part) in article.removed.enumerated() {
      try removed.execute(arguments: [id.rawValue, position + 1, part.text, part.reason])
    }
    let reference = try db.makeStatement(
      sql: #"INSERT INTO cross_reference (article_id, start, "end") VALUES (?, ?, ?)"#)
    for span in article.references {
      try reference.execute(arguments: [id.rawValue, span.start, span.end])
    }
  }

  private func insert(
    _ segmentation: Segmentation, of text: String, id: ArticleID, in db: Database
  ) throws {
    let scalars = ScalarText(text)
    let sentence = try db.makeStatement(
      sql: #"INSERT INTO sentence (article_id, start, "end") VALUES (?, ?, ?)"#)
    for span in segmentation.sentences where !span.isEmpty {
      try sentence.execute(arguments: [id.rawValue, span.start, span.end])
    }
    var personIDs: [Int64] = []
    let person = try db.makeStatement(
      sql: "INSERT INTO person (article_id, name, role) VALUES (?, ?, ?)")
    let mention = try db.makeStatement(
      sql: #"INSERT INTO person_mention (person_id, start, "end") VALUES (?, ?, ?)"#)
    for found in segmentation.persons {
      try person.execute(arguments: [id.rawValue, found.name, found.role])
      let personID = db.lastInsertedRowID
      personIDs.append(personID)
      for span in found.mentions where !span.isEmpty {
        try mention.execute(arguments: [personID, span.start, span.end])
      }
    }
    func personID(_ index: Int?) -> Int64? {
      guard let index, personIDs.indices.contains(index) else { return nil }
      return personIDs[index]
    }
    let quote = try db.makeStatement(
      sql: """
        INSERT INTO quote (article_id, start, "end", kind, speaker_id, cue)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for found in segmentation.quotes {
      try quote.execute(arguments: [
        id.rawValue, found.span.start, found.span.end, found.kind.rawValue,
        personID(found.speaker), found.cue,
      ])
    }
    let claim = try db.makeStatement(
      sql: """
        INSERT INTO claim (article_id, start, "end", text, score, reasons, speaker_id, origin,
                           created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'segmenter', ?)
        """)
    let now = timestamp()
    for found in segmentation.claims where !found.span.isEmpty {
      try claim.execute(arguments: [
        id.rawValue, found.span.start, found.span.end, scalars[found.span],
        min(1, max(0, found.score)), Store.jsonArray(found.reasons), personID(found.speaker), now,
      ])
    }
  }

  /// Deletes an article and everything found in it; its events stay in the log.
  public func deleteArticle(_ id: ArticleID, context: ChangeContext) throws {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT source, sha256 FROM article WHERE id = ?", arguments: [id.rawValue])
      else { throw try unknown(id, in: db) }
      try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id.rawValue])
      try append(
        ChangeEvent(
          editor: context.editor, command: context.command, action: "delete",
          target: id.description, articleID: id,
          before: Store.jsonObject(["source": row["source"], "sha256": row["sha256"]])),
        in: db)
    }
  }

  // MARK: - Reading

  public func articleSummaries() throws -> [ArticleSummary] {
    try read { db in
      try rows(
        """
        SELECT a.id, a.title, a.source, a.language,
               (SELECT count(*) FROM paragraph WHERE article_id = a.id) AS paragraphs,
               (SELECT count(*) FROM sentence WHERE article_id = a.id) AS sentences,
               (SELECT count(*) FROM quote WHERE article_id = a.id) AS quotes,
               (SELECT count(*) FROM claim WHERE article_id = a.id) AS claims
        FROM article a ORDER BY a.id
        """, in: db
      ) { row in
        ArticleSummary(
          id: ArticleID(row[0]), title: row[1], source: row[2],
          language: Language(rawValue: row[3]) ?? .other, paragraphCount: row[4],
          sentenceCount: row[5], quoteCount: row[6], claimCount: row[7])
      }
    }
  }

  public func article(_ id: ArticleID) throws -> StoredArticle {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id.rawValue])
      else { throw try unknown(id, in: db) }
      let paragraphs = try Row.fetchAll(
        db,
        sql: #"SELECT start, "end", role FROM paragraph WHERE article_id = ? ORDER BY position"#,
        arguments: [id.rawValue]
      ).map { row in
        CleanArticle.Paragraph(
          span: TextSpan(start: row["start"], end: row["end"]),
          role: ParagraphRole(rawValue: row["role"]) ?? .body)
      }
      let removed = try Row.fetchAll(
        db, sql: "SELECT text, reason FROM removed_part WHERE article_id = ? ORDER BY position",
        arguments: [id.rawValue]
      ).map { CleanArticle.RemovedPart(text: $0["text"], reason: $0["reason"]) }
      let references = try Row.fetchAll(
        db, sql: #"SELECT start, "end" FROM cross_reference WHERE article_id = ? ORDER BY start"#,
        arguments: [id.rawValue]
      ).map { TextSpan(start: $0["start"], end: $0["end"]) }
      let metadata = ArticleMetadata(
        title: row["title"], authors: Store.decodeArray(row["authors"]),
        published: row["published"], site: row["site"],
        language: Language(rawValue: row["language"]) ?? .other)
      return StoredArticle(
        id: id, source: row["source"], sha256: row["sha256"], text: row["text"],
        paragraphs: paragraphs, removed: removed, references: references, metadata: metadata,
        loadedAt: row["loaded_at"], loadedBy: row["loaded_by"])
    }
  }

  /// Throws the unknown-article error, naming the articles there are, unless `article` exists.
  func requireArticle(_ article: ArticleID, in db: Database) throws {
    guard
      try Bool.fetchOne(
        db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)"),
        arguments: [article.rawValue]) ?? false
    else { throw try unknown(article, in: db) }
  }

  /// The error for an unknown article, naming the ones that exist.
  func unknown(_ id: ArticleID, in db: Database) throws -> StoreError {
    let ids = try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY id")
    let hint: String
    switch ids.count {
    case 0: hint = "the store has no articles; load one first"
    case 1: hint = "the only article is a\(ids[0])"
    default: hint = "articles are a\(ids.first!)…a\(ids.last!)"
    }
    return StoreError.unknownID(id.description, hint: hint)
  }
}
