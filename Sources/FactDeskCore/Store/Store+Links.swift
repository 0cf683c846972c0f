import GRDB

extension LinkEnd {
  /// How the end is written in commands and event states: c7, q4, p2, or a source's number.
  var token: String {
    switch self {
    case .source(let number): String(number)
    default: description
    }
  }

  var column: String {
    switch self {
    case .claim: "claim_id"
    case .quote: "quote_id"
    case .person: "person_id"
    case .source: "source_id"
    }
  }

  var rawID: Int64 {
    switch self {
    case .claim(let id): id.rawValue
    case .quote(let id): id.rawValue
    case .person(let id): id.rawValue
    case .source(let number): number
    }
  }
}

extension Store {
  /// Links two items with a typed relation; the same link again changes nothing.
  /// `said-by` also makes the person the quote's speaker.
  @discardableResult
  public func link(
    _ from: LinkEnd, _ relation: LinkRelation, _ to: LinkEnd, context: ChangeContext
  ) throws -> ChangeResult {
    try checkKinds(from, relation, to)
    return try write { db in
      let article = try articleOf(end: from, relation: relation, in: db)
      _ = try articleOf(end: to, relation: relation, in: db)
      // The unique index finds an existing link while inserting: no look-up first.
      guard try insertLink(from, relation, to, editor: context.editor, in: db) else {
        return .unchanged
      }
      var before: String?
      if relation == .saidBy, case .quote(let quote) = from, case .person(let person) = to {
        let speaker = try Int64.fetchOne(
          db.cachedStatement(sql: "SELECT speaker_id FROM quote WHERE id = ?"),
          arguments: [quote.rawValue])
        before = Store.state(["speaker": speaker.map { PersonID($0).description }])
        try db.cachedStatement(sql: "UPDATE quote SET speaker_id = ? WHERE id = ?").execute(
          arguments: [person.rawValue, quote.rawValue])
      }
      try record(
        context, "link", target: from.token, article: article, before: before,
        after: Store.state(["relation": relation.rawValue, "to": to.token]), in: db)
      return .changed
    }
  }

  /// Removes a link; one that does not exist changes nothing.
  @discardableResult
  public func unlink(
    _ from: LinkEnd, _ relation: LinkRelation, _ to: LinkEnd, context: ChangeContext
  ) throws -> ChangeResult {
    try checkKinds(from, relation, to)
    return try write { db in
      let article = try articleOf(end: from, relation: relation, in: db)
      guard let id = try linkID(from, relation, to, in: db) else { return .unchanged }
      try db.cachedStatement(sql: "DELETE FROM link WHERE id = ?").execute(arguments: [id])
      try record(
        context, "unlink", target: from.token, article: article,
        before: Store.state(["relation": relation.rawValue, "to": to.token]), in: db)
      return .changed
    }
  }

  /// The links from and to an item.
  public func links(of end: LinkEnd) throws -> [ReviewLink] {
    try read { db in
      _ = try articleOf(end: end, relation: nil, in: db)
      return try links(of: end, in: db)
    }
  }

  func links(of end: LinkEnd, in db: Database) throws -> [ReviewLink] {
    // Quotes only start links and sources only end them: the table has no column otherwise.
    let sides: [String] =
      switch end {
      case .quote: ["from"]
      case .source: ["to"]
      case .claim, .person: ["from", "to"]
      }
    let selects = sides.map { "SELECT * FROM link WHERE \($0)_\(end.column) = ?1" }
    return try Row.fetchAll(
      db.cachedStatement(
        sql: """
          \(selects.joined(separator: " UNION ALL "))
          ORDER BY id
          """), arguments: [end.rawID]
    ).compactMap { (row: Row) -> ReviewLink? in
      func end(_ side: String) -> LinkEnd? {
        if let id: Int64 = row["\(side)_claim_id"] { return .claim(ClaimID(id)) }
        if let id: Int64 = row["\(side)_quote_id"] { return .quote(QuoteID(id)) }
        if let id: Int64 = row["\(side)_person_id"] { return .person(PersonID(id)) }
        if let id: Int64 = row["\(side)_source_id"] { return .source(id) }
        return nil
      }
      guard let from = end("from"), let to = end("to"),
        let relation = LinkRelation(rawValue: row["relation"])
      else { return nil }
      return ReviewLink(from: from, relation: relation, to: to)
    }
  }

  /// Inserts a link; false when the same link is already there (`link_is_unique`).
  @discardableResult
  func insertLink(
    _ from: LinkEnd, _ relation: LinkRelation, _ to: LinkEnd, editor: String, in db: Database
  ) throws -> Bool {
    try db.cachedStatement(
      sql: """
        INSERT INTO link (relation, from_\(from.column), to_\(to.column), editor, created_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
        """
    ).run(
      .text(relation.rawValue), .integer(from.rawID), .integer(to.rawID), .text(editor),
      .text(timestamp()))
    return db.changesCount > 0
  }

  func linkID(
    _ from: LinkEnd, _ relation: LinkRelation, _ to: LinkEnd, in db: Database
  ) throws -> Int64? {
    try Int64.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT id FROM link WHERE relation = ? AND from_\(from.column) = ?
            AND to_\(to.column) = ?
          """), arguments: [relation.rawValue, from.rawID, to.rawID])
  }

  private func checkKinds(_ from: LinkEnd, _ relation: LinkRelation, _ to: LinkEnd) throws {
    guard relation.allowedEnds.contains(where: { $0.from == from.kindNoun && $0.to == to.kindNoun })
    else {
      throw StoreError.refused(
        "\(relation.rawValue) links \(relation.allowedDescription), "
          + "not \(from.kindNoun) -> \(to.kindNoun) (\(from) -> \(to))")
    }
    guard from != to else {
      throw StoreError.refused(
        "\(from) cannot be linked to itself (\(relation.rawValue) links \(relation.allowedDescription))"
      )
    }
  }

  /// The article an end belongs to, or an error that also says what the relation allows.
  private func articleOf(
    end: LinkEnd, relation: LinkRelation?, in db: Database
  ) throws -> ArticleID {
    let allowed = relation.map { "\($0.rawValue) links \($0.allowedDescription)" }
    switch end {
    case .claim(let id):
      return try articleOf(
        table: "claim", id: id.rawValue, text: id.description, prefix: "c", hint: allowed, in: db)
    case .quote(let id):
      return try articleOf(
        table: "quote", id: id.rawValue, text: id.description, prefix: "q", hint: allowed, in: db)
    case .person(let id):
      return try articleOf(
        table: "person", id: id.rawValue, text: id.description, prefix: "p", hint: allowed,
        in: db)
    case .source(let number):
      guard
        let article = try Int64.fetchOne(
          db.cachedStatement(
            sql:
              "SELECT c.article_id FROM source s JOIN claim c ON c.id = s.claim_id WHERE s.id = ?"),
          arguments: [number])
      else {
        throw try unknownItem(String(number), table: "source", prefix: "", hint: allowed, in: db)
      }
      return ArticleID(article)
    }
  }
}
