import Foundation
import GRDB

/// How claim searches stay fast on a large store.
///
/// FTS5's bm25 counts, for every query word, the claims holding it by reading the word's
/// whole doclist, then scores every match: on a million claims a word like "santé" (one
/// claim in seven) costs half a second whatever the LIMIT. So bm25 runs only when every
/// word is in at most `rankedClaims` claims. Otherwise the newest `rankedClaims` matches
/// (highest IDs, read in rowid order, which FTS5 does without scoring) are ranked with
/// bm25's formula counting each word once: every match holds every word (the query is an
/// AND), so claims with fewer tokens come first, as bm25 puts them when no word repeats.
/// Token counts come from FTS5's own docsize table, which is small enough to stay cached;
/// reading the claims themselves cost a page read per candidate.
public enum ClaimRanking {
  /// The most claims a search ranks; also the count above which a word is "common".
  public static let rankedClaims = 300
  /// bm25's parameters, as FTS5 sets them (https://sqlite.org/fts5.html#the_bm25_function).
  static let k1 = 1.2
  static let b = 0.75

  /// The first varint of a docsize blob: the claim's number of tokens. FTS5 writes each
  /// column's count as a SQLite varint, seven bits a byte, high bit set on all but the last
  /// (https://sqlite.org/fts5.html#appendix_b).
  static func firstVarint(_ bytes: Data) -> Int {
    var value = 0
    for byte in bytes.prefix(9) {
      value = value << 7 | Int(byte & 0x7F)
      if byte & 0x80 == 0 { break }
    }
    return value
  }
}

/// A filter that can list its claims from an index. A search for a common word with a
/// filter otherwise reads the word's matches newest first and tests each against every
/// filter, a claim row and a subquery each (some 2.5 µs): when one match in two hundred
/// passes, that is half a second to find the 300 to rank. So a filter that passes few claims
/// drives the search:
/// - up to `Limits.seeked` claims, the search starts from them and asks FTS5 about each
///   (a rowid seek, some 40 µs on a million claims);
/// - up to `Limits.listed`, the filter's claims are listed once and the word's matches, read
///   newest first without scoring, are looked up in the list before any other filter reads
///   the claim.
struct ClaimDriver {
  /// Selects the passing claims' IDs as `id`.
  var sql: String
  var argument: any DatabaseValueConvertible & Sendable

  /// The most claims a filter may pass to drive the search each way.
  struct Limits {
    var seeked = 250
    var listed = 20_000
  }

  static func all(for filter: SearchFilter) -> [ClaimDriver] {
    var drivers: [ClaimDriver] = []
    if let label = filter.verdict {
      drivers.append(
        .init(sql: "SELECT claim_id AS id FROM verdict WHERE label = ?", argument: label))
    }
    if let tag = filter.tag {
      drivers.append(
        .init(
          sql: """
            SELECT ct.claim_id AS id FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id
            WHERE t.name = ?
            """, argument: tag))
    }
    if let status = filter.status {
      drivers.append(.init(sql: "SELECT id FROM claim WHERE status = ?", argument: status.rawValue))
    }
    return drivers
  }
}

/// A matching claim before ranking, with its number of tokens.
private struct Candidate {
  var id: Int64
  var tokens: Int
}

/// A matching claim and its rank (lower is better, as bm25 gives it).
private struct RankedClaim {
  var id: Int64
  var rank: Double
}

extension Store {
  /// Claims matching every word, best first, with the number ranked if it was capped.
  func claimHits(
    words: [String], conditions: [String], arguments: [(any DatabaseValueConvertible)?],
    article: ArticleID?, drivers: [ClaimDriver] = [],
    filterLimits: ClaimDriver.Limits = ClaimDriver.Limits(), limit: Int, rankedClaims: Int,
    in db: Database
  ) throws -> (hits: [SearchHit], rankedClaims: Int?) {
    let match = SearchTerms.query(words)
    var range: (low: Int64, high: Int64)?
    if let article {
      // An article's claims have neighbouring IDs; FTS5 seeks a rowid range in its
      // doclists instead of reading every match in the store.
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: "SELECT min(id) AS low, max(id) AS high FROM claim WHERE article_id = ?"),
        arguments: [article.rawValue])
      guard let low: Int64 = row?["low"], let high: Int64 = row?["high"] else { return ([], nil) }
      range = (low, high)
    }
    let claims = try claimCounts(words, upTo: rankedClaims, in: db)
    if claims.allSatisfy({ $0 <= rankedClaims }) {
      let rows = try bm25Rows(
        match: match, range: range, conditions: conditions, arguments: arguments, limit: limit,
        in: db)
      return (try snippets(rows, match: match, in: db), nil)
    }
    var (filter, values) = Self.matching(match, within: range, and: conditions)
    // Filters read the claim; without them, only the index and its docsize table are read.
    var source = "claim_fts"
    let driver = try selectiveDriver(drivers, upTo: filterLimits.listed, in: db)
    // A driving filter keeps a few matches spread over the whole store.
    let sparse = driver != nil
    if let driver, driver.claims <= filterLimits.seeked {
      source = "(\(driver.driver.sql)) driver CROSS JOIN claim_fts ON claim_fts.rowid = driver.id"
      values.insert(driver.driver.argument, at: 0)
    } else if let driver {
      // SQLite lists the filter's claims once, before the scan, and looks each match up in
      // the list before any filter reads the claim. The `+` keeps the test out of FTS5's
      // hands: given a rowid IN list, FTS5 no longer returns matches newest first, and
      // SQLite would sort every one of them.
      filter.insert("+claim_fts.rowid IN (\(driver.driver.sql))", at: range == nil ? 0 : 1)
      values.append(driver.driver.argument)
    }
    let claimJoin = conditions.isEmpty ? "" : " JOIN claim c ON c.id = claim_fts.rowid"
    // Rows in place, not fetchAll: a row copied per candidate cost as much as the query.
    let candidates = try rows(
      """
      SELECT claim_fts.rowid, d.sz
      FROM \(source) JOIN claim_fts_docsize d ON d.id = claim_fts.rowid\(claimJoin)
      WHERE claim_fts MATCH ?\(filter.map { " AND " + $0 }.joined())
      ORDER BY claim_fts.rowid DESC LIMIT ?
      """, StatementArguments(values + arguments + [rankedClaims + 1]), in: db
    ) { row in
      let size: Data = row[1]
      return Candidate(id: row[0], tokens: ClaimRanking.firstVarint(size))
    }
    let capped = candidates.count > rankedClaims
    let ranked = try rank(Array(candidates.prefix(rankedClaims)), claims: claims, in: db)
    return (
      try snippets(Array(ranked.prefix(limit)), match: match, sparse: sparse, in: db),
      capped ? rankedClaims : nil
    )
  }

  /// The conditions to add after `claim_fts MATCH ?`, and the values of the `?`s up to
  /// them: an article's rowid range first, when there is one, then `conditions`.
  private static func matching(
    _ match: String, within range: (low: Int64, high: Int64)?, and conditions: [String]
  ) -> (conditions: [String], values: [(any DatabaseValueConvertible)?]) {
    guard let range else { return (conditions, [match]) }
    return (["claim_fts.rowid BETWEEN ? AND ?"] + conditions, [match, range.low, range.high])
  }

  /// The filter passing fewest claims, with their number, if it passes at most `most`.
  private func selectiveDriver(
    _ drivers: [ClaimDriver], upTo most: Int, in db: Database
  ) throws -> (driver: ClaimDriver, claims: Int)? {
    var best: (driver: ClaimDriver, claims: Int)?
    for driver in drivers {
      let claims =
        try Int.fetchOne(
          db.cachedStatement(sql: "SELECT count(*) FROM (\(driver.sql) LIMIT ?)"),
          arguments: [driver.argument, most + 1]) ?? 0
      if claims <= most && claims < (best?.claims ?? .max) {
        best = (driver, claims)
      }
    }
    return best
  }

  /// How many claims hold each word, counting no further than `budget + 1`: enough to tell
  /// a common word, without reading its whole doclist.
  private func claimCounts(_ words: [String], upTo budget: Int, in db: Database) throws -> [Int] {
    let counter = try db.cachedStatement(
      sql: "SELECT count(*) FROM (SELECT 1 FROM claim_fts WHERE claim_fts MATCH ? LIMIT ?)")
    return try words.map {
      try Int.fetchOne(counter, arguments: [SearchTerms.query([$0]), budget + 1]) ?? 0
    }
  }

  /// Exact bm25 over every match, for words that are all rare enough.
  private func bm25Rows(
    match: String, range: (low: Int64, high: Int64)?, conditions: [String],
    arguments: [(any DatabaseValueConvertible)?], limit: Int, in db: Database
  ) throws -> [RankedClaim] {
    let (filter, values) = Self.matching(match, within: range, and: conditions)
    return try Row.fetchAll(
      db,
      sql: """
        SELECT c.id, claim_fts.rank AS rank
        FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid
        WHERE claim_fts MATCH ?\(filter.map { " AND " + $0 }.joined()) ORDER BY rank LIMIT ?
        """, arguments: StatementArguments(values + arguments + [limit])
    ).map { RankedClaim(id: $0["id"], rank: $0["rank"]) }
  }

  /// bm25 with each word counted once. A common word's IDF takes its count as `budget`, which overstates
  /// it a little; it scales every candidate alike, so only the mix with quotes and sources
  /// (ranked by FTS5) feels it.
  private func rank(
    _ candidates: [Candidate], claims: [Int], in db: Database
  ) throws -> [RankedClaim] {
    guard !candidates.isEmpty else { return [] }
    let total = Double(
      try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM claim")) ?? 1)
    let idf = claims.reduce(0.0) { sum, count in
      let count = Double(count)
      return sum + max(1e-6, log((total - count + 0.5) / (count + 0.5)))
    }
    let average = Double(candidates.reduce(0) { $0 + $1.tokens }) / Double(candidates.count)
    let k1 = ClaimRanking.k1
    let b = ClaimRanking.b
    return candidates.map { candidate in
      let length = Double(candidate.tokens)
      let score = idf * (k1 + 1) / (1 + k1 * (1 - b + b * length / average))
      return RankedClaim(id: candidate.id, rank: -score)
    }
    // Equal ranks put the newest first, as the candidates were chosen.
    .sorted { ($0.rank, -$0.id) < ($1.rank, -$1.id) }
  }

  /// Hits for the claims kept. The snippets come from one pass over the rowid range of the
  /// kept claims, made only for those: FTS5 seeks a single rowid slowly (every segment of
  /// every word's doclist, some 40 µs), and a query per kept claim cost ten times the
  /// ranking. But when a filter drove the search, the kept claims are `sparse`: one match in
  /// hundreds, spread over the store, and stepping over every match between them (half a
  /// microsecond each) cost far more than seeking each run of nearby claims.
  private func snippets(
    _ claims: [RankedClaim], match: String, sparse: Bool = false, in db: Database
  ) throws -> [SearchHit] {
    var found: [Int64: (article: Int64, snippet: String)] = [:]
    let ids = claims.map(\.id)
    for run in sparse ? Self.nearbyRuns(ids) : [ids.sorted()] where !run.isEmpty {
      let kept = "[" + run.map(String.init).joined(separator: ",") + "]"
      try forEachRow(
        """
        SELECT rowid,
          CASE WHEN rowid IN (SELECT value FROM json_each(?1))
            THEN (SELECT article_id FROM claim WHERE id = claim_fts.rowid) END,
          CASE WHEN rowid IN (SELECT value FROM json_each(?1))
            THEN snippet(claim_fts, 0, '[', ']', '…', 32) END
        FROM claim_fts WHERE claim_fts MATCH ?2 AND rowid BETWEEN ?3 AND ?4
        """, [kept, match, run.first!, run.last!], in: db
      ) { row in
        if let article: Int64 = row[1], let snippet: String = row[2] {
          found[row[0]] = (article, snippet)
        }
      }
    }
    return claims.compactMap { claim in
      guard let (article, snippet) = found[claim.id] else { return nil }
      return SearchHit(
        kind: .claim, id: "c\(claim.id)", article: ArticleID(article), claim: ClaimID(claim.id),
        snippet: snippet, rank: claim.rank)
    }
  }

  /// The most rowids between two sparse kept claims that one range still covers: stepping
  /// over a match costs about half a microsecond, a new query about as much as eighty.
  static let mostRowidsBetweenKeptClaims: Int64 = 80

  /// `ids` sorted and cut where two neighbours are further apart than
  /// `mostRowidsBetweenKeptClaims`.
  static func nearbyRuns(_ ids: [Int64]) -> [[Int64]] {
    var runs: [[Int64]] = []
    for id in ids.sorted() {
      if let last = runs.last?.last, id - last <= mostRowidsBetweenKeptClaims {
        runs[runs.count - 1].append(id)
      } else {
        runs.append([id])
      }
    }
    return runs
  }
}
