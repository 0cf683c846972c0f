import Foundation
import GRDB

/// What an import added.
public struct ImportReport: Sendable, Equatable {
  public var articles: [ArticleID] = []
  public var claims = 0
  public var quotes = 0
  public var events = 0
}

extension Store {
  /// Reads a factdesk JSON export back into the store in one transaction: everything or,
  /// when any line is wrong, nothing. Into an empty store the IDs are kept, so export, import
  /// and export again give the same file; into a store with data every ID is remapped and
  /// every relation follows.
  public func importJSON(_ bytes: [UInt8], context: ChangeContext) throws -> ImportReport {
    let root: JSONNode
    do {
      root = try JSONDocumentParser.parse(bytes)
    } catch {
      throw ImportError(line: error.line, field: "", message: error.message)
    }
    let document = ImportField(node: root, path: "")
    guard case .object = root.value, let format = try? document.string("format"),
      format == "factdesk"
    else {
      throw ImportError(
        line: root.line, field: "format",
        message: "not a factdesk export (expected \"format\": \"factdesk\")")
    }
    let version = try document.member("version")
    guard try version.int() <= JSONExporter.version else {
      throw version.failure(
        "written by a newer factdesk (format version \(try version.int()); this one reads "
          + "up to \(JSONExporter.version)); upgrade factdesk to import it")
    }
    return try write(alone: true) { db in
      // Events point forward (undone_by) and links across articles; checking foreign keys at
      // commit lets rows go in file order.
      try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
      var importer = try Importer(db: db, bytes: bytes)
      try importer.ratingScale(try document.member("ratingScale"))
      for article in try document.member("articles").elements() {
        try importer.article(article)
      }
      for link in importer.pendingLinks { try importer.link(link) }
      if let events = try document.optionalMember("events") {
        for event in try events.elements() { try importer.event(event) }
        try importer.finishEvents()
      }
      var report = importer.report
      if !report.articles.isEmpty || report.events > 0 {
        try append(
          ChangeEvent(
            editor: context.editor, command: context.command, action: "import",
            target: report.articles.first?.description ?? "store", articleID: nil,
            after: Store.jsonObject([
              "articles": report.articles.map(\.description).joined(separator: ","),
              "claims": String(report.claims),
            ])),
          in: db)
      }
      report.articles.sort()
      return report
    }
  }
}

/// One import in progress: the ID maps from the file's IDs to the store's.
private struct Importer {
  let db: Database
  let bytes: [UInt8]
  var report = ImportReport()
  /// Per table, whether the store was empty so the file's IDs can be kept.
  var keepIDs: [String: Bool] = [:]
  var articles: [Int64: Int64] = [:]
  var persons: [Int64: Int64] = [:]
  var quotes: [Int64: Int64] = [:]
  var claims: [Int64: Int64] = [:]
  var sources: [Int64: Int64] = [:]
  var events: [Int64: Int64] = [:]
  var tags: [String: Int64] = [:]
  var pendingLinks: [ImportField] = []
  /// Events undone by a later event of the file: (new ID, the file's ID of the undoing one).
  var pendingUndone: [(Int64, Int64)] = []

  init(db: Database, bytes: [UInt8]) throws {
    self.db = db
    self.bytes = bytes
    for table in ["article", "person", "quote", "claim", "source", "note", "link", "event"] {
      keepIDs[table] = try
        !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") ?? false)
    }
  }

  /// Inserts a row, keeping `id` when the table started empty; returns the row's new ID.
  private mutating func insert(
    _ table: String, id: Int64?, _ columns: [String], _ values: [(any DatabaseValueConvertible)?]
  ) throws -> Int64 {
    var columns = columns
    var values = values
    if let id, keepIDs[table] == true {
      columns.insert("id", at: 0)
      values.insert(id, at: 0)
    }
    let quoted = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    try db.execute(
      sql: "INSERT INTO \(table) (\(quoted)) VALUES (\(marks))",
      arguments: StatementArguments(values))
    return db.lastInsertedRowID
  }

  private func number(_ text: String, prefix: String) -> Int64? {
    guard text.hasPrefix(prefix) else { return nil }
    return Int64(text.dropFirst(prefix.count))
  }

  mutating func ratingScale(_ field: ImportField) throws {
    for label in try field.elements() {
      let name = try label.string("label")
      let exists =
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM rating_label WHERE label = ?)", arguments: [name])
        ?? false
      guard !exists else { continue }
      let position =
        try Int.fetchOne(db, sql: "SELECT coalesce(max(position), 0) + 1 FROM rating_label") ?? 1
      do {
        try db.execute(
          sql: "INSERT INTO rating_label VALUES (?, ?, ?, ?, ?, ?)",
          arguments: [
            name, position, try label.optionalInt("ratingValue"),
            try label.optionalInt("bestRating"), try label.optionalInt("worstRating"),
            try label.string("alternateName"),
          ])
      } catch let error as DatabaseError {
        throw label.failure("the store refused this rating label: \(error.message ?? "")")
      }
    }
  }

  mutating func article(_ field: ImportField) throws {
    let originalID = try field.id("id", as: ArticleKind.self)
    let sha256 = try field.string("sha256")
    if let existing = try Int64.fetchOne(
      db, sql: "SELECT id FROM article WHERE sha256 = ?", arguments: [sha256])
    {
      throw try field.member("sha256").failure(
        "article \(originalID) is already in the store as a\(existing) (same content)")
    }
    let text = try field.string("text")
    let length = text.unicodeScalars.count
    let authors = try field.strings("authors")
    let language = try field.string("language")
    let newID = try guarded(field) {
      try insert(
        "article", id: originalID.rawValue,
        [
          "source", "sha256", "raw", "text", "title", "authors", "published", "site", "language",
          "loaded_at", "loaded_by",
        ],
        [
          try field.string("source"), sha256, Data(text.utf8), text,
          try field.optionalString("title"), Store.jsonArray(authors),
          try field.optionalString("published"), try field.optionalString("site"), language,
          try field.string("loadedAt"), try field.string("loadedBy"),
        ])
    }
    articles[originalID.rawValue] = newID
    report.articles.append(ArticleID(newID))
    for (index, paragraph) in try field.member("paragraphs").elements().enumerated() {
      let span = try paragraph.span(length: length)
      try guarded(paragraph) {
        try db.execute(
          sql:
            #"INSERT INTO paragraph (article_id, position, start, "end", role) VALUES (?, ?, ?, ?, ?)"#,
          arguments: [newID, index + 1, span.start, span.end, try paragraph.string("role")])
      }
    }
    for sentence in try field.member("sentences").elements() {
      let bounds = try sentence.elements()
      guard bounds.count == 2 else { throw sentence.failure("expected [start, end]") }
      let start = try bounds[0].int()
      let end = try bounds[1].int()
      guard 0 <= start, start < end, end <= length else {
        throw sentence.failure("sentence \(start)..<\(end) lies outside the text")
      }
      try db.execute(
        sql: #"INSERT INTO sentence (article_id, start, "end") VALUES (?, ?, ?)"#,
        arguments: [newID, start, end])
    }
    for person in try field.member("persons").elements() {
      let original = try person.id("id", as: PersonKind.self)
      let id = try guarded(person) {
        try insert(
          "person", id: original.rawValue, ["article_id", "name", "role"],
          [newID, try person.string("name"), try person.optionalString("role")])
      }
      persons[original.rawValue] = id
      for mention in try person.member("mentions").elements() {
        let bounds = try mention.elements()
        guard bounds.count == 2 else { throw mention.failure("expected [start, end]") }
        let start = try bounds[0].int()
        let end = try bounds[1].int()
        guard 0 <= start, start < end, end <= length else {
          throw mention.failure("mention \(start)..<\(end) lies outside the text")
        }
        try db.execute(
          sql: #"INSERT INTO person_mention (person_id, start, "end") VALUES (?, ?, ?)"#,
          arguments: [id, start, end])
      }
    }
    for quote in try field.member("quotes").elements() { try self.quote(quote, newID, length) }
    for claim in try field.member("claims").elements() { try self.claim(claim, newID, length) }
    pendingLinks.append(contentsOf: try field.member("links").elements())
    for note in try field.member("notes").elements() {
      try self.note(note, owner: "article_id", newID)
    }
  }

  private func speaker(_ field: ImportField) throws -> Int64? {
    guard let text = try field.optionalString("speaker") else { return nil }
    guard let original = number(text, prefix: "p"), let id = persons[original] else {
      throw try field.member("speaker").failure("no person \(text) in this article")
    }
    return id
  }

  private mutating func quote(_ field: ImportField, _ article: Int64, _ length: Int) throws {
    let original = try field.id("id", as: QuoteEntityKind.self)
    let span = try field.span(length: length)
    let id = try guarded(field) {
      try insert(
        "quote", id: original.rawValue,
        ["article_id", "start", "end", "kind", "speaker_id", "cue"],
        [
          article, span.start, span.end, try field.string("kind"), try speaker(field),
          try field.optionalString("cue"),
        ])
    }
    quotes[original.rawValue] = id
    report.quotes += 1
    for tag in try field.strings("tags") {
      try db.execute(
        sql: "INSERT INTO quote_tag (quote_id, tag_id) VALUES (?, ?)",
        arguments: [id, try tagID(tag, field)])
    }
    for note in try field.member("notes").elements() { try self.note(note, owner: "quote_id", id) }
  }

  private mutating func claim(_ field: ImportField, _ article: Int64, _ length: Int) throws {
    let original = try field.id("id", as: ClaimKind.self)
    let span = try field.span(length: length)
    let reasons = try field.member("reasons")
    guard case .array = reasons.node.value else { throw reasons.failure("expected an array") }
    let id = try guarded(field) {
      try insert(
        "claim", id: original.rawValue,
        [
          "article_id", "start", "end", "text", "score", "reasons", "speaker_id", "origin",
          "status", "created_at",
        ],
        [
          article, span.start, span.end, try field.string("text"),
          try field.member("score").double(), reasons.rawJSON(in: bytes), try speaker(field),
          try field.string("origin"), try field.string("status"), try field.string("createdAt"),
        ])
    }
    claims[original.rawValue] = id
    report.claims += 1
    if let verdict = try field.optionalMember("verdict") {
      try guarded(verdict) {
        try db.execute(
          sql:
            "INSERT INTO verdict (claim_id, label, note, editor, decided_at) VALUES (?, ?, ?, ?, ?)",
          arguments: [
            id, try verdict.string("label"), try verdict.optionalString("note"),
            try verdict.string("editor"), try verdict.string("decidedAt"),
          ])
      }
    }
    for source in try field.member("sources").elements() {
      let originalSource = Int64(try source.int("id"))
      sources[originalSource] = try guarded(source) {
        try insert(
          "source", id: originalSource,
          ["claim_id", "url", "title", "excerpt", "accessed", "editor", "added_at"],
          [
            id, try source.string("url"), try source.optionalString("title"),
            try source.optionalString("excerpt"), try source.optionalString("accessed"),
            try source.string("editor"), try source.string("addedAt"),
          ])
      }
    }
    for tag in try field.strings("tags") {
      try db.execute(
        sql: "INSERT INTO claim_tag (claim_id, tag_id) VALUES (?, ?)",
        arguments: [id, try tagID(tag, field)])
    }
    for note in try field.member("notes").elements() { try self.note(note, owner: "claim_id", id) }
  }

  private mutating func tagID(_ name: String, _ field: ImportField) throws -> Int64 {
    if let id = tags[name] { return id }
    try guarded(field) {
      try db.execute(sql: "INSERT OR IGNORE INTO tag (name) VALUES (?)", arguments: [name])
    }
    let id = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [name])!
    tags[name] = id
    return id
  }

  private mutating func note(_ field: ImportField, owner: String, _ ownerID: Int64) throws {
    _ = try guarded(field) {
      try insert(
        "note", id: Int64(try field.int("id")), [owner, "text", "editor", "written_at"],
        [
          ownerID, try field.string("text"), try field.string("editor"),
          try field.string("writtenAt"),
        ])
    }
  }

  /// Maps a link end (`c3`, `q2`, `p1`, `source:4`) to its column and new ID.
  private func end(_ field: ImportField, _ key: String) throws -> (String, Int64) {
    let text = try field.string(key)
    let side = key == "from" ? "from" : "to"
    let mapped: (String, Int64?)? =
      if let n = number(text, prefix: "source:") {
        ("to_source_id", sources[n])
      } else if let n = number(text, prefix: "c") {
        ("\(side)_claim_id", claims[n])
      } else if let n = number(text, prefix: "q") {
        ("\(side)_quote_id", quotes[n])
      } else if let n = number(text, prefix: "p") {
        ("\(side)_person_id", persons[n])
      } else {
        nil
      }
    guard let (column, id) = mapped, let id else {
      throw try field.member(key).failure("\(text) is not in this file")
    }
    return (column, id)
  }

  mutating func link(_ field: ImportField) throws {
    let from = try end(field, "from")
    let to = try end(field, "to")
    _ = try guarded(field) {
      try insert(
        "link", id: Int64(try field.int("id")),
        ["relation", from.0, to.0, "editor", "created_at"],
        [
          try field.string("relation"), from.1, to.1, try field.string("editor"),
          try field.string("createdAt"),
        ])
    }
  }

  mutating func event(_ field: ImportField) throws {
    let original = Int64(try field.int("id"))
    let article: Int64? = try field.optionalString("article").map { text in
      guard let n = number(text, prefix: "a"), let id = articles[n] else {
        throw try field.member("article").failure("\(text) is not in this file")
      }
      return id
    }
    func state(_ key: String) throws -> String? {
      try field.optionalMember(key).map { $0.rawJSON(in: bytes) }
    }
    func event(_ key: String) throws -> Int64? {
      guard let n = try field.optionalInt(key) else { return nil }
      // An event outside this file (the selection left it out) is dropped from the chain.
      if keepIDs["event"] == true { return Int64(n) }
      return events[Int64(n)]
    }
    let id = try guarded(field) {
      try insert(
        "event", id: original,
        [
          "at", "editor", "command", "action", "target", "article_id", "before", "after",
          "undoes", "undone_by",
        ],
        [
          try field.string("at"), try field.string("editor"), try field.string("command"),
          try field.string("action"), remapTarget(try field.string("target")), article,
          try state("before"), try state("after"), try event("undoes"),
          keepIDs["event"] == true ? try event("undoneBy") : nil,
        ])
    }
    events[original] = id
    if keepIDs["event"] != true, let undoneBy = try field.optionalInt("undoneBy") {
      pendingUndone.append((id, Int64(undoneBy)))
    }
    report.events += 1
  }

  /// Marks remapped events undone once the undoing events have their new IDs.
  func finishEvents() throws {
    for (id, original) in pendingUndone {
      guard let undoneBy = events[original] else { continue }
      try db.execute(
        sql: "UPDATE event SET undone_by = ? WHERE id = ?", arguments: [undoneBy, id])
    }
  }

  /// An event's target names an entity (`c7`); it follows the entity's new ID.
  private func remapTarget(_ target: String) -> String {
    let maps: [(String, [Int64: Int64])] = [
      ("a", articles), ("c", claims), ("q", quotes), ("p", persons),
    ]
    for (prefix, map) in maps {
      if let n = number(target, prefix: prefix), let id = map[n] { return "\(prefix)\(id)" }
    }
    return target
  }

  /// Turns a refusal by the schema into an error naming the line and field.
  @discardableResult
  private func guarded<T>(_ field: ImportField, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw field.failure("the store refused it: \(error.message ?? "\(error.resultCode)")")
    }
  }
}
