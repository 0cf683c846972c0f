import Foundation
import GRDB

/// Reading the store for exports: one article at a time, inside one read transaction, so an
/// export sees a consistent store and its memory follows the largest article.
extension Store {
  /// How much of each article an export reads.
  public enum ExportDepth: Sendable {
    /// Article, claims with their review, quotes: what reports need.
    case review
    /// Also paragraphs, sentences, persons with mentions, links and article notes.
    case full
  }

  /// The articles an export covers, in ID order; unknown IDs are an error naming them.
  public func exportArticleIDs(_ selection: ExportSelection) throws -> [ArticleID] {
    try read { db in
      if selection.articles.isEmpty {
        return try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY id").map(ArticleID.init)
      }
      for id in selection.articles { try requireArticle(id, in: db) }
      return Array(Set(selection.articles)).sorted()
    }
  }

  /// Calls `visit` with each selected article and what it holds, in ID order.
  public func visitExport(
    _ selection: ExportSelection, depth: ExportDepth,
    _ visit: (ExportBundle) throws -> Void
  ) throws {
    let ids = try exportArticleIDs(selection)
    try readOnce { db in
      for id in ids {
        guard let bundle = try exportBundle(id, selection: selection, depth: depth, in: db) else {
          continue
        }
        try visit(bundle)
      }
    }
  }

  /// The rating scale in its order.
  public func ratingScale() throws -> [ExportRatingLabel] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM rating_label ORDER BY position").map { row in
        ExportRatingLabel(
          label: row["label"], position: row["position"], ratingValue: row["rating_value"],
          bestRating: row["best_rating"], worstRating: row["worst_rating"],
          alternateName: row["alternate_name"])
      }
    }
  }

  /// The event log of the selected articles (all of it when every article is exported).
  public func exportEvents(_ selection: ExportSelection, _ visit: (ExportEvent) throws -> Void)
    throws
  {
    // An import's own event describes the exchange, not the work; leaving it out keeps
    // export, import, export identical.
    let filter =
      selection.articles.isEmpty
      ? "WHERE action <> 'import'"
      : "WHERE action <> 'import' AND article_id IN (\(selection.articles.map { String($0.rawValue) }.joined(separator: ",")))"
    try readOnce { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, at, editor, command, action, target, article_id, before, after, undoes,
                 undone_by FROM event \(filter) ORDER BY id
          """)
      while let row = try rows.next() {
        try visit(
          ExportEvent(
            id: row[0], at: row[1], editor: row[2], command: row[3], action: row[4],
            target: row[5], articleID: row[6], before: row[7], after: row[8], undoes: row[9],
            undoneBy: row[10]))
      }
    }
  }

  /// A stored setting, such as the publishing organisation for ClaimReview.
  public func setting(_ key: String) throws -> String? {
    try read { db in
      try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }
  }

  // MARK: - One article

  private func exportBundle(
    _ id: ArticleID, selection: ExportSelection, depth: ExportDepth, in db: Database
  ) throws -> ExportBundle? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [id.rawValue])
    else { return nil }
    let text: String = row["text"]
    let authorsJSON: String = row["authors"]
    let authors =
      (try? JSONSerialization.jsonObject(with: Data(authorsJSON.utf8)) as? [String]) ?? []
    let article = ExportArticle(
      id: id, source: row["source"], sha256: row["sha256"], title: row["title"],
      authors: authors, published: row["published"], site: row["site"],
      language: row["language"], loadedAt: row["loaded_at"], loadedBy: row["loaded_by"],
      text: text, scalars: ScalarText(text))
    let persons = try exportPersons(id, withMentions: depth == .full, in: db)
    let byID = Dictionary(uniqueKeysWithValues: persons.map { ($0.id.rawValue, $0) })
    var bundle = ExportBundle(
      article: article, claims: try exportClaims(id, selection, persons: byID, in: db),
      quotes: try exportQuotes(id, selection, persons: byID, in: db))
    guard depth == .full else { return bundle }
    bundle.persons = persons
    bundle.paragraphs = try rows(
      #"SELECT start, "end", role FROM paragraph WHERE article_id = ? ORDER BY position"#,
      [id.rawValue], in: db
    ) { ExportParagraph(span: TextSpan(start: $0[0], end: $0[1]), role: $0[2]) }
    bundle.sentences = try rows(
      #"SELECT start, "end" FROM sentence WHERE article_id = ? ORDER BY start, id"#,
      [id.rawValue], in: db
    ) { TextSpan(start: $0[0], end: $0[1]) }
    bundle.articleNotes =
      try exportNotes(
        "SELECT article_id, id, text, editor, written_at FROM note WHERE article_id = ? ORDER BY id",
        id,
        in: db)[id.rawValue] ?? []
    bundle.links = try exportLinks(id, in: db)
    if selection.filtersClaims {
      let kept = Set(bundle.claims.map(\.id.description)).union(
        bundle.quotes.map(\.id.description))
      bundle.links.removeAll { link in
        (link.from.hasPrefix("c") || link.from.hasPrefix("q")) && !kept.contains(link.from)
          || link.to.hasPrefix("c") && !kept.contains(link.to)
      }
    }
    return bundle
  }

  private func exportPersons(_ id: ArticleID, withMentions: Bool, in db: Database) throws
    -> [ExportPerson]
  {
    var persons = try rows(
      "SELECT id, name, role FROM person WHERE article_id = ? ORDER BY id", [id.rawValue], in: db
    ) { ExportPerson(id: PersonID($0[0]), name: $0[1], role: $0[2]) }
    guard withMentions, !persons.isEmpty else { return persons }
    var mentions: [Int64: [TextSpan]] = [:]
    try forEachRow(
      """
      SELECT m.person_id, m.start, m."end" FROM person_mention m
      JOIN person p ON p.id = m.person_id WHERE p.article_id = ? ORDER BY m.start, m.id
      """, [id.rawValue], in: db
    ) { row in
      mentions[row[0], default: []].append(TextSpan(start: row[1], end: row[2]))
    }
    for index in persons.indices {
      persons[index].mentions = mentions[persons[index].id.rawValue] ?? []
    }
    return persons
  }

  private func exportClaims(
    _ id: ArticleID, _ selection: ExportSelection, persons: [Int64: ExportPerson],
    in db: Database
  ) throws -> [ExportClaim] {
    var conditions = ["c.article_id = ?"]
    var arguments: [(any DatabaseValueConvertible)?] = [id.rawValue]
    if selection.verifiedOnly { conditions.append("v.claim_id IS NOT NULL") }
    if let status = selection.status {
      conditions.append("c.status = ?")
      arguments.append(status.rawValue)
    }
    if let tag = selection.tag {
      conditions.append(
        "c.id IN (SELECT ct.claim_id FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)"
      )
      arguments.append(tag)
    }
    if let since = selection.since {
      conditions.append("substr(coalesce(v.decided_at, c.created_at), 1, 10) >= ?")
      arguments.append(since)
    }
    // Columns are read by position: GRDB's lookup by name compares names case-insensitively,
    // which was the largest cost of exporting 100,000 claims.
    var claims = try rows(
      """
      SELECT c.id, c.start, c."end", c.text, c.score, c.reasons, c.origin, c.status,
             c.created_at, c.speaker_id, v.label, r.alternate_name, r.rating_value,
             r.best_rating, r.worst_rating, v.note, v.editor, v.decided_at
      FROM claim c
      LEFT JOIN verdict v ON v.claim_id = c.id
      LEFT JOIN rating_label r ON r.label = v.label
      WHERE \(conditions.joined(separator: " AND "))
      ORDER BY c.start, c.id
      """, StatementArguments(arguments), in: db
    ) { row in
      var claim = ExportClaim(
        id: ClaimID(row[0]), span: TextSpan(start: row[1], end: row[2]), text: row[3],
        score: row[4], reasonsJSON: row[5], origin: row[6], status: row[7], createdAt: row[8])
      if let speaker: Int64 = row[9] { claim.speaker = persons[speaker] }
      if let label: String = row[10] {
        claim.verdict = ExportVerdict(
          label: label, alternateName: row[11], ratingValue: row[12], bestRating: row[13],
          worstRating: row[14], note: row[15], editor: row[16], decidedAt: row[17])
      }
      return claim
    }
    guard !claims.isEmpty else { return claims }
    let owner = "(SELECT id FROM claim WHERE article_id = ?)"
    var sources: [Int64: [ExportSource]] = [:]
    try forEachRow(
      """
      SELECT claim_id, id, url, title, excerpt, accessed, editor, added_at FROM source
      WHERE claim_id IN \(owner) ORDER BY claim_id, id
      """, [id.rawValue], in: db
    ) { row in
      sources[row[0], default: []].append(
        ExportSource(
          id: row[1], url: row[2], title: row[3], excerpt: row[4], accessed: row[5],
          editor: row[6], addedAt: row[7]))
    }
    let tags = try exportTags(
      "SELECT ct.claim_id, t.name FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id "
        + "WHERE ct.claim_id IN \(owner) ORDER BY ct.claim_id, t.name", id, in: db)
    let notes = try exportNotes(
      "SELECT claim_id, id, text, editor, written_at FROM note WHERE claim_id IN \(owner) "
        + "ORDER BY claim_id, id", id, in: db)
    for index in claims.indices {
      let key = claims[index].id.rawValue
      claims[index].sources = sources[key] ?? []
      claims[index].tags = tags[key] ?? []
      claims[index].notes = notes[key] ?? []
    }
    return claims
  }

  private func exportQuotes(
    _ id: ArticleID, _ selection: ExportSelection, persons: [Int64: ExportPerson],
    in db: Database
  ) throws -> [ExportQuote] {
    var filter = ""
    var arguments: [(any DatabaseValueConvertible)?] = [id.rawValue]
    if let tag = selection.tag {
      filter =
        "AND q.id IN (SELECT qt.quote_id FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id WHERE t.name = ?)"
      arguments.append(tag)
    }
    var quotes = try rows(
      """
      SELECT q.id, q.start, q."end", q.kind, q.cue, q.speaker_id FROM quote q
      WHERE q.article_id = ? \(filter) ORDER BY q.start, q.id
      """, StatementArguments(arguments), in: db
    ) { row in
      var quote = ExportQuote(
        id: QuoteID(row[0]), span: TextSpan(start: row[1], end: row[2]), kind: row[3],
        cue: row[4])
      if let speaker: Int64 = row[5] { quote.speaker = persons[speaker] }
      return quote
    }
    guard !quotes.isEmpty else { return quotes }
    let owner = "(SELECT id FROM quote WHERE article_id = ?)"
    let tags = try exportTags(
      "SELECT qt.quote_id, t.name FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id "
        + "WHERE qt.quote_id IN \(owner) ORDER BY qt.quote_id, t.name", id, in: db)
    let notes = try exportNotes(
      "SELECT quote_id, id, text, editor, written_at FROM note WHERE quote_id IN \(owner) "
        + "ORDER BY quote_id, id", id, in: db)
    for index in quotes.indices {
      let key = quotes[index].id.rawValue
      quotes[index].tags = tags[key] ?? []
      quotes[index].notes = notes[key] ?? []
    }
    return quotes
  }

  private func exportTags(_ sql: String, _ id: ArticleID, in db: Database) throws -> [Int64:
    [String]]
  {
    var tags: [Int64: [String]] = [:]
    try forEachRow(sql, [id.rawValue], in: db) { row in
      tags[row[0], default: []].append(row[1])
    }
    return tags
  }

  private func exportNotes(_ sql: String, _ id: ArticleID, in db: Database) throws -> [Int64:
    [ExportNote]]
  {
    var notes: [Int64: [ExportNote]] = [:]
    try forEachRow(sql, [id.rawValue], in: db) { row in
      notes[row[0], default: []].append(
        ExportNote(id: row[1], text: row[2], editor: row[3], writtenAt: row[4]))
    }
    return notes
  }

  /// Links whose first end lies in the article.
  private func exportLinks(_ id: ArticleID, in db: Database) throws -> [ExportLink] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT l.* FROM link l
        WHERE l.from_claim_id IN (SELECT id FROM claim WHERE article_id = ?1)
           OR l.from_quote_id IN (SELECT id FROM quote WHERE article_id = ?1)
           OR l.from_person_id IN (SELECT id FROM person WHERE article_id = ?1)
        ORDER BY l.id
        """, arguments: [id.rawValue]
    ).map { row in
      func end(_ claim: String, _ other: String, _ prefix: String, _ third: String) -> String {
        if let value: Int64 = row[claim] { return "c\(value)" }
        if let value: Int64 = row[other] { return "\(prefix)\(value)" }
        let value: Int64 = row[third]
        return "p\(value)"
      }
      return ExportLink(
        id: row["id"], relation: row["relation"],
        from: end("from_claim_id", "from_quote_id", "q", "from_person_id"),
        to: end("to_claim_id", "to_source_id", "source:", "to_person_id"),
        editor: row["editor"], createdAt: row["created_at"])
    }
  }

  // MARK: - Reading rows

  /// A read that passes over the store once, as an export does: with SQLite's usual 2 MB page
  /// cache rather than the review's 64 MB, which would fill with pages never read again and
  /// make memory follow the store (90 MB for 100,000 claims instead of 25).
  private func readOnce<T>(_ query: (Database) throws -> T) throws -> T {
    try read { db in
      try db.execute(sql: "PRAGMA cache_size = -2000")
      defer { try? db.execute(sql: "PRAGMA cache_size = \(Store.pageCache)") }
      return try query(db)
    }
  }
}
