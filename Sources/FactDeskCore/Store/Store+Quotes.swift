import Foundation
import GRDB

extension Store {
  /// The quotes of an article (or of all), in text order; `speaker` keeps those whose
  /// speaker's name contains it, ignoring case and accents.
  public func quotes(in article: ArticleID?, speaker: String? = nil) throws -> [QuoteSummary] {
    try read { db in
      if let article { try requireArticle(article, in: db) }
      var conditions: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      if let article {
        conditions.append("q.article_id = ?")
        arguments.append(article.rawValue)
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT q.id, q.article_id, q.start, q."end", q.kind, q.cue, q.speaker_id,
                 p.name AS speaker, a.text AS article_text
          FROM quote q
          JOIN article a ON a.id = q.article_id
          LEFT JOIN person p ON p.id = q.speaker_id
          \(filter)
          ORDER BY q.article_id, q.start, q.id
          """, arguments: StatementArguments(arguments))
      var texts: [Int64: ScalarText] = [:]
      let wanted = speaker.map(Store.folded)
      return rows.compactMap { row -> QuoteSummary? in
        let speakerName: String? = row["speaker"]
        if let wanted, !(speakerName.map(Store.folded)?.contains(wanted) ?? false) { return nil }
        let articleID: Int64 = row["article_id"]
        let text = texts[articleID] ?? ScalarText(row["article_text"])
        texts[articleID] = text
        let span = TextSpan(start: row["start"], end: row["end"])
        return QuoteSummary(
          id: QuoteID(row["id"]), article: ArticleID(articleID), span: span, text: text[span],
          kind: QuoteKind(rawValue: row["kind"]) ?? .direct, speaker: speakerName,
          speakerID: (row["speaker_id"] as Int64?).map(PersonID.init), cue: row["cue"])
      }
    }
  }

  /// The persons of an article (or of all) with how much they are quoted.
  public func persons(in article: ArticleID?) throws -> [PersonSummary] {
    try read { db in
      if let article { try requireArticle(article, in: db) }
      let filter = article.map { "WHERE p.article_id = \($0.rawValue)" } ?? ""
      return try Row.fetchAll(
        db,
        sql: """
          SELECT p.id, p.article_id, p.name, p.role,
                 (SELECT count(*) FROM person_mention WHERE person_id = p.id) AS mentions,
                 (SELECT count(*) FROM quote WHERE speaker_id = p.id) AS quotes,
                 (SELECT count(*) FROM claim WHERE speaker_id = p.id) AS claims
          FROM person p \(filter)
          ORDER BY p.article_id, quotes DESC, p.id
          """
      ).map { row in
        PersonSummary(
          id: PersonID(row["id"]), article: ArticleID(row["article_id"]), name: row["name"],
          role: row["role"], mentionCount: row["mentions"], quoteCount: row["quotes"],
          claimCount: row["claims"])
      }
    }
  }

  /// Lower case without accents, for matching what an editor types against names.
  static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
