import Foundation
import GRDB

/// What notes and tags can be written on.
public enum ReviewItem: Hashable, Sendable, CustomStringConvertible {
  case claim(ClaimID)
  case quote(QuoteID)
  case article(ArticleID)

  public init?(text: String) {
    if let id = ClaimID(text: text) {
      self = .claim(id)
    } else if let id = QuoteID(text: text) {
      self = .quote(id)
    } else if let id = ArticleID(text: text) {
      self = .article(id)
    } else {
      return nil
    }
  }

  public var description: String {
    switch self {
    case .claim(let id): id.description
    case .quote(let id): id.description
    case .article(let id): id.description
    }
  }
}

extension Store {
  // MARK: - Looking items up inside a transaction

  /// The article and status of a claim, or an error naming the claims that exist.
  func claimState(_ id: ClaimID, in db: Database) throws -> (
    article: ArticleID, status: ClaimStatus
  ) {
    let state = try db.cachedStatement(sql: "SELECT article_id, status FROM claim WHERE id = ?")
      .firstRow(.integer(id.rawValue)) { row in
        (
          article: ArticleID(row.integer(0)),
          status: row.text(1).flatMap(ClaimStatus.init(rawValue:)) ?? .open
        )
      }
    guard let state else {
      throw try unknownItem(id.description, table: "claim", prefix: "c", in: db)
    }
    return state
  }

  /// The article an item belongs to, checking that it exists.
  func articleOf(_ item: ReviewItem, in db: Database) throws -> ArticleID {
    switch item {
    case .claim(let id): return try claimState(id, in: db).article
    case .quote(let id):
      return try articleOf(
        table: "quote", id: id.rawValue, text: id.description, prefix: "q", in: db)
    case .article(let id):
      try requireArticle(id, in: db)
      return id
    }
  }

  /// The article of row `id` of `table`, or an error naming `text` with `hint` if given.
  func articleOf(
    table: String, id: Int64, text: String, prefix: String, hint: String? = nil,
    in db: Database
  ) throws -> ArticleID {
    guard
      let article = try db.cachedStatement(sql: "SELECT article_id FROM \(table) WHERE id = ?")
        .firstRow(.integer(id), read: { $0.integer(0) })
    else { throw try unknownItem(text, table: table, prefix: prefix, hint: hint, in: db) }
    return ArticleID(article)
  }

  /// "no claim c42 (claims are c1…c9)".
  func unknownItem(
    _ text: String, table: String, prefix: String, hint extra: String? = nil, in db: Database
  ) throws -> StoreError {
    let row = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT min(id) AS low, max(id) AS high FROM \(table)"))
    let low: Int64? = row?["low"]
    let high: Int64? = row?["high"]
    var hints: [String] = []
    if let extra { hints.append(extra) }
    if let low, let high {
      hints.append(
        low == high
          ? "the only \(table) is \(prefix)\(low)"
          : "\(table)s are \(prefix)\(low)…\(prefix)\(high)")
    } else {
      hints.append("the store has no \(table)s")
    }
    return StoreError.unknownID("\(table) \(text)", hint: hints.joined(separator: "; "))
  }

  // MARK: - Events

  /// Appends the event of a review change inside the caller's transaction.
  @discardableResult
  func record(
    _ context: ChangeContext, _ action: String, target: String, article: ArticleID?,
    before: String? = nil, after: String? = nil, in db: Database
  ) throws -> Int64 {
    try append(
      ChangeEvent(
        editor: context.editor, command: context.command, action: action, target: target,
        articleID: article, before: before, after: after),
      in: db)
  }

  /// Event states are flat JSON objects of strings (null for none).
  static func state(_ members: KeyValuePairs<String, String?>) -> String {
    jsonObject(members)
  }

  static func state(pairs: [(String, String?)]) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    for (key, value) in pairs {
      writer.key(key)
      writer.string(value)
    }
    writer.endObject()
    return writer.text
  }

  static func decodeState(_ json: String?) -> [String: String?] {
    guard let json else { return [:] }
    return (try? JSONDecoder().decode([String: String?].self, from: Data(json.utf8))) ?? [:]
  }
}
