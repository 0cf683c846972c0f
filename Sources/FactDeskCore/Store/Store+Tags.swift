import GRDB

extension Store {
  /// Tags a claim or quote; returns the tags added and those it already had.
  public func tag(
    _ item: ReviewItem, with names: [String], context: ChangeContext
  ) throws -> (added: [String], already: [String]) {
    let (table, column, id) = try tagTable(for: item)
    for name in names where name.isEmpty || name.contains(where: \.isWhitespace) {
      throw StoreError.refused("a tag is one word without spaces, not \"\(name)\"")
    }
    return try write { db in
      let article = try articleOf(item, in: db)
      var added: [String] = []
      var already: [String] = []
      for name in names {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO tag (name) VALUES (?)").run(
          .text(name))
        try db.cachedStatement(
          sql: """
            INSERT OR IGNORE INTO \(table) (\(column), tag_id)
            SELECT ?, id FROM tag WHERE name = ?
            """
        ).run(.integer(id), .text(name))
        if db.changesCount > 0 && !added.contains(name) {
          added.append(name)
        } else if !added.contains(name) && !already.contains(name) {
          already.append(name)
        }
      }
      if !added.isEmpty {
        try record(
          context, "tag", target: item.description, article: article,
          after: Store.state(["tags": added.joined(separator: " ")]), in: db)
      }
      return (added, already)
    }
  }

  /// Removes tags from a claim or quote; returns those removed and those it did not have.
  public func untag(
    _ item: ReviewItem, _ names: [String], context: ChangeContext
  ) throws -> (removed: [String], missing: [String]) {
    let (table, column, id) = try tagTable(for: item)
    return try write { db in
      let article = try articleOf(item, in: db)
      var removed: [String] = []
      var missing: [String] = []
      for name in names {
        try db.cachedStatement(
          sql: """
            DELETE FROM \(table) WHERE \(column) = ?
              AND tag_id = (SELECT id FROM tag WHERE name = ?)
            """
        ).execute(arguments: [id, name])
        if db.changesCount > 0 { removed.append(name) } else { missing.append(name) }
      }
      if !removed.isEmpty {
        try record(
          context, "untag", target: item.description, article: article,
          before: Store.state(["tags": removed.joined(separator: " ")]), in: db)
      }
      return (removed, missing)
    }
  }

  /// Every tag with the number of claims and quotes that carry it.
  public func tagCounts() throws -> [TagCount] {
    try read { db in
      try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT t.name,
                   (SELECT count(*) FROM claim_tag WHERE tag_id = t.id) AS claims,
                   (SELECT count(*) FROM quote_tag WHERE tag_id = t.id) AS quotes
            FROM tag t ORDER BY t.name
            """)
      ).map { TagCount(name: $0["name"], claims: $0["claims"], quotes: $0["quotes"]) }
    }
  }

  /// The tags of a claim or quote, by name.
  public func tags(of item: ReviewItem) throws -> [String] {
    let (table, column, id) = try tagTable(for: item)
    return try read { db in
      _ = try articleOf(item, in: db)
      return try tags(table: table, column: column, id: id, in: db)
    }
  }

  func tags(table: String, column: String, id: Int64, in db: Database) throws -> [String] {
    try String.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT t.name FROM \(table) x JOIN tag t ON t.id = x.tag_id
          WHERE x.\(column) = ? ORDER BY t.name
          """), arguments: [id])
  }

  func tagTable(for item: ReviewItem) throws -> (String, String, Int64) {
    switch item {
    case .claim(let id): return ("claim_tag", "claim_id", id.rawValue)
    case .quote(let id): return ("quote_tag", "quote_id", id.rawValue)
    case .article:
      throw StoreError.refused("tags go on claims and quotes (c7, q4), not on articles")
    }
  }
}
