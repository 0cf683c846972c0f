import GRDB

extension Store {
  /// The claims of one article (or of all), in text order, optionally filtered.
  public func claims(
    in article: ArticleID?, status: ClaimStatus? = nil, minimumScore: Double? = nil,
    tag: String? = nil
  ) throws -> [ClaimSummary] {
    try read { db in
      if let article { try requireArticle(article, in: db) }
      var conditions: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      if let article {
        conditions.append("c.article_id = ?")
        arguments.append(article.rawValue)
      }
      if let status {
        conditions.append("c.status = ?")
        arguments.append(status.rawValue)
      }
      if let minimumScore {
        conditions.append("c.score >= ?")
        arguments.append(minimumScore)
      }
      if let tag {
        conditions.append(
          "EXISTS (SELECT 1 FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND t.name = ?)"
        )
        arguments.append(tag)
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      return try Row.fetchAll(
        db,
        sql: """
          SELECT c.id, c.article_id, c.start, c."end", c.text, c.score, c.status,
                 p.name AS speaker, v.label AS verdict
          FROM claim c
          LEFT JOIN person p ON p.id = c.speaker_id
          LEFT JOIN verdict v ON v.claim_id = c.id
          \(filter)
          ORDER BY c.article_id, c.start, c.id
          """, arguments: StatementArguments(arguments)
      ).map { row in
        ClaimSummary(
          id: ClaimID(row["id"]), article: ArticleID(row["article_id"]),
          span: TextSpan(start: row["start"], end: row["end"]), text: row["text"],
          score: row["score"], status: ClaimStatus(rawValue: row["status"]) ?? .open,
          speaker: row["speaker"], verdict: row["verdict"])
      }
    }
  }
}
