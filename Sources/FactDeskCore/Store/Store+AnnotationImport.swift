import Foundation
import GRDB

/// What reading W3C annotations did.
public struct AnnotationImportReport: Sendable, Equatable {
  /// Annotations anchored to a claim (existing or new) or a quote.
  public var anchored = 0
  public var newClaims = 0
  public var verdicts = 0
  /// Annotations that could not be placed, each with why.
  public var orphans: [String] = []
}

extension Store {
  /// Whether `bytes` look like W3C Web Annotations rather than a factdesk export.
  public static func isWebAnnotation(_ node: JSONNode) -> Bool {
    switch node.value {
    case .array: return true
    case .object(let members):
      if case .string(let type)? = members["type"]?.value {
        return ["AnnotationCollection", "AnnotationPage", "Annotation"].contains(type)
      }
      return false
    default: return false
    }
  }

  /// Reads W3C annotations (a collection, a page, an array or one annotation) and re-anchors
  /// each on a stored article, found by the target's source (the article's URL or
  /// `urn:sha256:` digest) or the article ID in the annotation's id. Verdicts (assessing),
  /// tags, notes (commenting) and sources (linking) land on the claim at that span, which is
  /// created when the store has none there. One transaction; unplaceable annotations are
  /// reported as orphans, not guessed.
  public func importAnnotations(_ root: JSONNode, context: ChangeContext) throws
    -> AnnotationImportReport
  {
    let items = try annotationItems(ImportField(node: root, path: ""))
    return try write { db in
      var report = AnnotationImportReport()
      var articles: [String: (Int64, [Unicode.Scalar])] = [:]
      for item in items {
        let id = (try? item.string("id")) ?? "annotation at line \(item.node.line)"
        let target = try item.member("target")
        let source = try target.string("source")
        guard let article = try annotationArticle(source: source, id: id, cache: &articles, db)
        else {
          report.orphans.append("\(id): no stored article for \(source)")
          continue
        }
        var exact: [Unicode.Scalar] = []
        var prefix: [Unicode.Scalar] = []
        var suffix: [Unicode.Scalar] = []
        var hint: TextSpan?
        for selector in try target.member("selector").elements() {
          switch try selector.string("type") {
          case "TextQuoteSelector":
            exact = Array(try selector.string("exact").unicodeScalars)
            prefix = Array((try selector.optionalString("prefix") ?? "").unicodeScalars)
            suffix = Array((try selector.optionalString("suffix") ?? "").unicodeScalars)
          case "TextPositionSelector":
            let start = try selector.int("start")
            let end = try selector.int("end")
            if start >= 0, start <= end { hint = TextSpan(start: start, end: end) }
          default: continue
          }
        }
        if exact.isEmpty, let hint, hint.end <= article.1.count {
          exact = Array(article.1[hint.start..<hint.end])
        }
        guard
          let span = AnnotationAnchor.locate(
            exact: exact, prefix: prefix, suffix: suffix, hint: hint, in: article.1)
        else {
          report.orphans.append("\(id): its quoted words are not in a\(article.0)")
          continue
        }
        try anchor(item, span: span, article: article, report: &report, context: context, db)
      }
      if report.anchored > 0 {
        try append(
          ChangeEvent(
            editor: context.editor, command: context.command, action: "import",
            target: "annotations", articleID: nil,
            after: Store.jsonObject([
              "anchored": String(report.anchored), "orphans": String(report.orphans.count),
            ])),
          in: db)
      }
      return report
    }
  }

  private func annotationItems(_ root: ImportField) throws -> [ImportField] {
    if case .array = root.node.value { return try root.elements() }
    switch try root.string("type") {
    case "AnnotationCollection":
      guard let first = try root.optionalMember("first") else { return [] }
      return try first.member("items").elements()
    case "AnnotationPage": return try root.member("items").elements()
    default: return [root]
    }
  }

  private func annotationArticle(
    source: String, id: String, cache: inout [String: (Int64, [Unicode.Scalar])], _ db: Database
  ) throws -> (Int64, [Unicode.Scalar])? {
    if let known = cache[source] { return known }
    var row: Row?
    if source.hasPrefix("urn:sha256:") {
      row = try Row.fetchOne(
        db, sql: "SELECT id, text FROM article WHERE sha256 = ?",
        arguments: [String(source.dropFirst("urn:sha256:".count))])
    } else {
      row = try Row.fetchOne(
        db, sql: "SELECT id, text FROM article WHERE source = ? ORDER BY id LIMIT 1",
        arguments: [source])
    }
    if row == nil, let range = id.range(of: #"/a[0-9]+/"#, options: .regularExpression) {
      let number = Int64(id[range].dropFirst(2).dropLast()) ?? 0
      row = try Row.fetchOne(
        db, sql: "SELECT id, text FROM article WHERE id = ?", arguments: [number])
    }
    guard let row else { return nil }
    let text: String = row["text"]
    let article = (row["id"] as Int64, Array(text.unicodeScalars))
    cache[source] = article
    return article
  }

  private func anchor(
    _ item: ImportField, span: TextSpan, article: (Int64, [Unicode.Scalar]),
    report: inout AnnotationImportReport, context: ChangeContext, _ db: Database
  ) throws {
    let created = try item.optionalString("created") ?? timestamp()
    let creator = try item.optionalMember("creator").flatMap { try $0.optionalString("name") }
    let editor = creator ?? context.editor
    var verdict: String?
    var tags: [String] = []
    var notes: [String] = []
    var sources: [String] = []
    var isQuote = false
    if let body = try item.optionalMember("body") {
      let bodies: [ImportField] =
        if case .array = body.node.value { try body.elements() } else { [body] }
      for body in bodies {
        let purpose = try body.optionalString("purpose")
        if try body.optionalString("type") == "SpecificResource" {
          if let url = try body.optionalString("source") { sources.append(url) }
          continue
        }
        guard let value = try body.optionalString("value") else {
          if let url = try body.optionalString("id") { sources.append(url) }
          continue
        }
        switch purpose {
        case "assessing": verdict = value
        case "tagging": tags.append(value)
        case "commenting": notes.append(value)
        case "classifying": isQuote = isQuote || value.hasSuffix(" quote")
        default: continue
        }
      }
    }
    if isQuote {
      // Quotes come from the segmenter; only their tags and notes travel.
      guard
        let quote = try Int64.fetchOne(
          db, sql: #"SELECT id FROM quote WHERE article_id = ? AND start = ? AND "end" = ?"#,
          arguments: [article.0, span.start, span.end])
      else {
        report.orphans.append(
          "\((try? item.string("id")) ?? "annotation"): no quote at a\(article.0) \(span)")
        return
      }
      try attach(
        tags: tags, notes: notes, to: .quote(QuoteID(quote)), editor: editor, at: created, db)
      report.anchored += 1
      return
    }
    var claim = try Int64.fetchOne(
      db, sql: #"SELECT id FROM claim WHERE article_id = ? AND start = ? AND "end" = ?"#,
      arguments: [article.0, span.start, span.end])
    if claim == nil {
      var text = String.UnicodeScalarView()
      text.append(contentsOf: article.1[span.start..<span.end])
      try db.execute(
        sql: """
          INSERT INTO claim (article_id, start, "end", text, score, origin, created_at)
          VALUES (?, ?, ?, ?, 1, 'editor', ?)
          """, arguments: [article.0, span.start, span.end, String(text), created])
      claim = db.lastInsertedRowID
      report.newClaims += 1
    }
    guard let claim else { return }
    if let verdict {
      guard
        let label = try String.fetchOne(
          db, sql: "SELECT label FROM rating_label WHERE alternate_name = ?1 OR label = ?1",
          arguments: [verdict])
      else {
        throw ImportError(
          line: item.node.line, field: "body",
          message: "verdict \(verdict) is not on the rating scale")
      }
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO verdict (claim_id, label, editor, decided_at) VALUES (?, ?, ?, ?)
          """, arguments: [claim, label, editor, created])
      try db.execute(sql: "UPDATE claim SET status = 'verified' WHERE id = ?", arguments: [claim])
      report.verdicts += 1
    }
    try attach(
      tags: tags, notes: notes, to: .claim(ClaimID(claim)), editor: editor, at: created, db)
    for url in sources where url.hasPrefix("http://") || url.hasPrefix("https://") {
      try db.execute(
        sql: "INSERT INTO source (claim_id, url, editor, added_at) VALUES (?, ?, ?, ?)",
        arguments: [claim, url, editor, created])
    }
    report.anchored += 1
  }

  /// Adds an annotation's tags and notes to the claim or quote it anchored on.
  private func attach(
    tags: [String], notes: [String], to item: ReviewItem, editor: String, at created: String,
    _ db: Database
  ) throws {
    let (table, column, id) = try tagTable(for: item)
    for tag in tags {
      try db.execute(sql: "INSERT OR IGNORE INTO tag (name) VALUES (?)", arguments: [tag])
      try db.execute(
        sql:
          "INSERT OR IGNORE INTO \(table) (\(column), tag_id) SELECT ?, id FROM tag WHERE name = ?",
        arguments: [id, tag])
    }
    for note in notes {
      try db.execute(
        sql:
          "INSERT INTO note (\(Store.noteColumn(item)), text, editor, written_at) VALUES (?, ?, ?, ?)",
        arguments: [id, note, editor, created])
    }
  }
}
