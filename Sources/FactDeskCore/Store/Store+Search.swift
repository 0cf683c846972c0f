import GRDB

extension Store {
  /// Full-text search over claims, quotes and sources, best match first (bm25).
  /// Accents are folded, so "equipement" finds "équipement".
  ///
  /// When a word is in more than `rankedClaims` claims, only the newest `rankedClaims`
  /// matching claims are ranked, and the results say so (see `ClaimRanking`).
  public func search(
    _ text: String, filter: SearchFilter = SearchFilter(), limit: Int = 50,
    rankedClaims: Int = ClaimRanking.rankedClaims
  ) throws -> SearchResults {
    try search(
      text, filter: filter, limit: limit, rankedClaims: rankedClaims,
      filterLimits: ClaimDriver.Limits())
  }

  /// `search` with the sizes at which a filter drives it set, for tests.
  func search(
    _ text: String, filter: SearchFilter, limit: Int, rankedClaims: Int,
    filterLimits: ClaimDriver.Limits
  ) throws -> SearchResults {
    let words = SearchTerms.words(text)
    guard !words.isEmpty else {
      throw StoreError.refused("search needs at least one word to look for")
    }
    let match = SearchTerms.query(words)
    return try read { db in
      if let label = filter.verdict { _ = try ratingLabel(named: label, in: db) }
      if let article = filter.article { _ = try articleOf(.article(article), in: db) }
      var claimConditions: [String] = []
      var claimArguments: [(any DatabaseValueConvertible)?] = []
      if let verdict = filter.verdict {
        claimConditions.append(
          "EXISTS (SELECT 1 FROM verdict v WHERE v.claim_id = c.id AND v.label = ?)")
        claimArguments.append(verdict)
      }
      if let status = filter.status {
        claimConditions.append("c.status = ?")
        claimArguments.append(status.rawValue)
      }
      if let article = filter.article {
        claimConditions.append("c.article_id = ?")
        claimArguments.append(article.rawValue)
      }
      var claimOnly = claimConditions
      var claimOnlyArguments = claimArguments
      if let tag = filter.tag {
        claimOnly.append(
          "EXISTS (SELECT 1 FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = c.id AND t.name = ?)"
        )
        claimOnlyArguments.append(tag)
      }
      func and(_ conditions: [String]) -> String {
        conditions.map { " AND " + $0 }.joined()
      }
      let claims = try claimHits(
        words: words, conditions: claimOnly, arguments: claimOnlyArguments,
        article: filter.article, drivers: ClaimDriver.all(for: filter),
        filterLimits: filterLimits, limit: limit, rankedClaims: rankedClaims, in: db)
      var hits = claims.hits
      if filter.verdict == nil && filter.status == nil {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = [match]
        if let article = filter.article {
          conditions.append("q.article_id = ?")
          arguments.append(article.rawValue)
        }
        if let tag = filter.tag {
          conditions.append(
            "EXISTS (SELECT 1 FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id WHERE qt.quote_id = q.id AND t.name = ?)"
          )
          arguments.append(tag)
        }
        arguments.append(limit)
        hits += try Row.fetchAll(
          db,
          sql: """
            SELECT q.id, q.article_id,
                   snippet(quote_fts, 0, '[', ']', '…', 32) AS snippet, bm25(quote_fts) AS rank
            FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid
            WHERE quote_fts MATCH ?\(and(conditions)) ORDER BY rank LIMIT ?
            """, arguments: StatementArguments(arguments)
        ).map {
          SearchHit(
            kind: .quote, id: "q\($0["id"] as Int64)", article: ArticleID($0["article_id"]),
            claim: nil, snippet: $0["snippet"], rank: $0["rank"])
        }
      }
      if filter.tag == nil {
        hits += try Row.fetchAll(
          db,
          sql: """
            SELECT s.id, s.claim_id, c.article_id,
                   coalesce(s.title, '') || ' ' || s.url AS plain,
                   highlight(source_fts, 0, '[', ']') AS title,
                   snippet(source_fts, 1, '[', ']', '…', 24) AS excerpt,
                   highlight(source_fts, 2, '[', ']') AS url, bm25(source_fts) AS rank
            FROM source_fts JOIN source s ON s.id = source_fts.rowid
            JOIN claim c ON c.id = s.claim_id
            WHERE source_fts MATCH ?\(and(claimConditions)) ORDER BY rank LIMIT ?
            """, arguments: StatementArguments([match] + claimArguments + [limit])
        ).map { row in
          let parts = [row["title"], row["url"], row["excerpt"]].compactMap { (part: String?) in
            part.flatMap { $0.isEmpty ? nil : $0 }
          }
          return SearchHit(
            kind: .source, id: String(row["id"] as Int64), article: ArticleID(row["article_id"]),
            claim: ClaimID(row["claim_id"]), snippet: parts.joined(separator: "  "),
            rank: row["rank"])
        }
      }
      return SearchResults(
        hits: Array(hits.sorted { $0.rank < $1.rank }.prefix(limit)),
        rankedClaims: claims.rankedClaims)
    }
  }

  /// Claims in other articles that say much the same as `claim`: bm25 over its words, then
  /// numbers and capitalised names in common weigh in.
  public func similar(to claim: ClaimID, limit: Int = 10) throws -> [SimilarClaim] {
    try read { db in
      let state = try claimState(claim, in: db)
      let text =
        try String.fetchOne(
          db, sql: "SELECT text FROM claim WHERE id = ?", arguments: [claim.rawValue]) ?? ""
      var seen: Set<String> = []
      let words = SearchTerms.words(text).filter { word in
        let lowered = word.lowercased()
        guard word.count > 2 || word.allSatisfy(\.isNumber),
          !SearchTerms.stopWords.contains(lowered)
        else { return false }
        return seen.insert(lowered).inserted
      }
      guard !words.isEmpty else { return [] }
      // Rare words say most about a claim and keep the lookup fast on a large store. Each
      // word's claims are counted only up to the budget: counting a word every claim holds
      // (fts5vocab does) reads its whole doclist.
      let budget = 2_000
      let counter = try db.cachedStatement(
        sql: "SELECT count(*) FROM (SELECT 1 FROM claim_fts WHERE claim_fts MATCH ? LIMIT ?)")
      var counted: [(word: String, claims: Int)] = []
      for word in words {
        let claims =
          try Int.fetchOne(counter, arguments: [SearchTerms.query([word]), budget + 1]) ?? 0
        if claims > 1 { counted.append((word, claims)) }
      }
      counted.sort { $0.claims < $1.claims }
      // The rarest words first, while the claims they name stay few enough to rank quickly.
      var chosen: [String] = []
      var postings = 0
      for (word, claims) in counted where chosen.isEmpty || postings + claims <= budget {
        chosen.append(word)
        postings += claims
      }
      guard !chosen.isEmpty else { return [] }
      let anchors = SearchTerms.anchors(text)
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.id, c.article_id, c.text, v.label, bm25(claim_fts) AS rank
          FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid
          LEFT JOIN verdict v ON v.claim_id = c.id
          WHERE claim_fts MATCH ? AND c.article_id <> ?
          ORDER BY rank LIMIT 50
          """, arguments: [SearchTerms.query(chosen, joiner: " OR "), state.article.rawValue])
      return Array(
        rows.map { row -> SimilarClaim in
          let other: String = row["text"]
          let shared = anchors.intersection(SearchTerms.anchors(other)).sorted()
          let numbers = shared.filter { $0.allSatisfy(\.isNumber) }.count
          let score =
            -(row["rank"] as Double) + 2 * Double(numbers)
            + Double(shared.count - numbers)
          return SimilarClaim(
            id: ClaimID(row["id"]), article: ArticleID(row["article_id"]), text: other,
            verdict: row["label"], score: score, shared: shared)
        }
        .sorted { $0.score > $1.score }.prefix(limit))
    }
  }

  /// How many claims are open, in progress, verified (per label) and dismissed.
  public func progress(in article: ArticleID? = nil) throws -> ReviewProgress {
    try read { db in
      if let article { _ = try articleOf(.article(article), in: db) }
      let filter = article.map { "WHERE c.article_id = \($0.rawValue)" } ?? ""
      var progress = ReviewProgress()
      for row in try Row.fetchAll(
        db, sql: "SELECT c.status, count(*) AS n FROM claim c \(filter) GROUP BY c.status")
      {
        let count: Int = row["n"]
        switch ClaimStatus(rawValue: row["status"]) {
        case .open: progress.open = count
        case .inProgress: progress.inProgress = count
        case .verified: progress.verified = count
        case .dismissed: progress.dismissed = count
        case nil: break
        }
      }
      progress.byLabel = try Row.fetchAll(
        db,
        sql: """
          SELECT r.label, count(c.id) AS n FROM rating_label r
          JOIN verdict v ON v.label = r.label JOIN claim c ON c.id = v.claim_id
          \(filter) GROUP BY r.label ORDER BY r.position
          """
      ).map { ($0["label"], $0["n"]) }
      return progress
    }
  }
}
