import GRDB

extension Store {
  /// IDs of the claims, quotes, sentences and persons of an article (or of every article),
  /// as editors type them, for TAB completion.
  public func completionIDs(in article: ArticleID?) throws -> [String] {
    try read { db in
      let filter = article == nil ? "" : " WHERE article_id = ?"
      let arguments: StatementArguments = article.map { [$0.rawValue] } ?? []
      var ids: [String] = []
      for (table, prefix) in [("claim", "c"), ("quote", "q"), ("sentence", "s"), ("person", "p")] {
        ids += try Int64.fetchAll(
          db, sql: "SELECT id FROM \(table)\(filter) ORDER BY id LIMIT 5000", arguments: arguments
        ).map { "\(prefix)\($0)" }
      }
      return ids
    }
  }

  public func tagNames() throws -> [String] {
    try read { db in try String.fetchAll(db, sql: "SELECT name FROM tag ORDER BY name") }
  }

  /// The labels of the rating scale in their order, most true first.
  public func ratingLabels() throws -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT label FROM rating_label ORDER BY position")
    }
  }
}
