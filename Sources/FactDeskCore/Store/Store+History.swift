import GRDB

extension Store {
  /// Events, newest last: all of them, those about one item, or those of one article.
  public func history(
    of target: String? = nil, article: ArticleID? = nil, editor: String? = nil, limit: Int = 1000
  ) throws -> [HistoryEntry] {
    try read { db in
      var conditions: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      if let target {
        conditions.append("target = ?")
        arguments.append(target)
      }
      if let article {
        conditions.append("(article_id = ? OR target = ?)")
        arguments += [article.rawValue, article.description]
      }
      if let editor {
        conditions.append("editor = ?")
        arguments.append(editor)
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      arguments.append(limit)
      return try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM (SELECT * FROM event \(filter) ORDER BY id DESC LIMIT ?) ORDER BY id
          """, arguments: StatementArguments(arguments)
      ).map(Store.entry)
    }
  }

  static func entry(_ row: Row) -> HistoryEntry {
    HistoryEntry(
      id: row["id"], at: row["at"], editor: row["editor"], command: row["command"],
      action: row["action"], target: row["target"], before: row["before"], after: row["after"],
      undoes: row["undoes"], undoneBy: row["undone_by"])
  }

  /// The review actions `undo` knows how to revert.
  static let undoableActions = [
    "status", "verdict", "verdict-clear", "source", "source-remove", "tag", "untag", "link",
    "unlink", "note", "scale-add", "scale-rename", "scale-remove", "claim-add",
  ]

  /// Reverts the editor's last change not yet undone, recording the undo as an event.
  /// Refused when another editor has changed the same target since.
  public func undo(context: ChangeContext) throws -> HistoryEntry {
    try write { db in
      let actions = Store.undoableActions.map { "'\($0)'" }.joined(separator: ", ")
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT * FROM event
            WHERE editor = ? AND undone_by IS NULL AND undoes IS NULL AND action IN (\(actions))
            ORDER BY id DESC LIMIT 1
            """, arguments: [context.editor])
      else {
        throw StoreError.refused("nothing of \(context.editor)'s to undo")
      }
      let original = Store.entry(row)
      if let later = try Row.fetchOne(
        db,
        sql: """
          SELECT editor, action, command FROM event
          WHERE target = ? AND id > ? AND editor <> ? AND undone_by IS NULL
          ORDER BY id DESC LIMIT 1
          """, arguments: [original.target, original.id, context.editor])
      {
        let editor: String = later["editor"]
        let command: String = later["command"]
        throw StoreError.refused(
          "cannot undo \(original.command) (event \(original.id)): \(editor) has changed "
            + "\(original.target) since (\(command)); review it with history \(original.target)")
      }
      try revert(original, in: db)
      try db.execute(
        sql: """
          INSERT INTO event (at, editor, command, action, target, article_id, before, after, undoes)
          VALUES (?, ?, ?, 'undo', ?, ?, ?, ?, ?)
          """,
        arguments: [
          timestamp(), context.editor, context.command, original.target, row["article_id"],
          original.after, original.before, original.id,
        ])
      let undoID = db.lastInsertedRowID
      try db.execute(
        sql: "UPDATE event SET undone_by = ? WHERE id = ?", arguments: [undoID, original.id])
      return original
    }
  }

  // MARK: - Reverting one event

  private func revert(_ event: HistoryEntry, in db: Database) throws {
    let before = Store.decodeState(event.before)
    let after = Store.decodeState(event.after)
    func value(_ state: [String: String?], _ key: String) -> String? { state[key] ?? nil }
    let target = event.target
    switch event.action {
    case "status":
      try db.execute(
        sql: "UPDATE claim SET status = ? WHERE id = ?",
        arguments: [value(before, "status"), try claimID(target).rawValue])
    case "verdict", "verdict-clear":
      let claim = try claimID(target)
      if let source = value(after, "source").flatMap({ Int64($0) }) {
        try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [source])
      }
      if let label = value(before, "label") {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO verdict (claim_id, label, note, editor, decided_at)
            VALUES (?, ?, ?, ?, ?)
            """,
          arguments: [
            claim.rawValue, label, value(before, "note"), value(before, "editor") ?? event.editor,
            value(before, "decided_at") ?? event.at,
          ])
      } else {
        try db.execute(sql: "DELETE FROM verdict WHERE claim_id = ?", arguments: [claim.rawValue])
      }
      try db.execute(
        sql: "UPDATE claim SET status = ? WHERE id = ?",
        arguments: [value(before, "status") ?? "open", claim.rawValue])
    case "source":
      try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [value(after, "id")])
    case "source-remove":
      _ = try insertSource(
        claim: try claimID(target), url: value(before, "url") ?? "", title: value(before, "title"),
        excerpt: value(before, "excerpt"), accessed: value(before, "accessed"),
        editor: value(before, "editor") ?? event.editor,
        id: value(before, "id").flatMap { Int64($0) }, addedAt: value(before, "added_at"), in: db)
      if let source = value(before, "id").flatMap({ Int64($0) }) {
        for citing in (value(before, "cited_by") ?? "").split(separator: " ") {
          guard let claim = ClaimID(text: String(citing)) else { continue }
          // A claim deleted since keeps no link; the rest cite the source again.
          guard try Store.claimExists(claim, in: db) else { continue }
          try insertLink(.claim(claim), .cites, .source(source), editor: event.editor, in: db)
        }
      }
    case "tag", "untag":
      guard let item = ReviewItem(text: target) else { break }
      let (table, column, id) = try tagTable(for: item)
      let names = (value(event.action == "tag" ? after : before, "tags") ?? "")
        .split(separator: " ").map(String.init)
      for name in names {
        if event.action == "tag" {
          try db.execute(
            sql: """
              DELETE FROM \(table) WHERE \(column) = ?
                AND tag_id = (SELECT id FROM tag WHERE name = ?)
              """, arguments: [id, name])
        } else {
          try db.execute(sql: "INSERT OR IGNORE INTO tag (name) VALUES (?)", arguments: [name])
          try db.execute(
            sql:
              "INSERT OR IGNORE INTO \(table) (\(column), tag_id) SELECT ?, id FROM tag WHERE name = ?",
            arguments: [id, name])
        }
      }
    case "link", "unlink":
      let state = event.action == "link" ? after : before
      guard let from = LinkEnd(text: target),
        let relation = value(state, "relation").flatMap(LinkRelation.init(rawValue:)),
        let to = value(state, "to").flatMap(LinkEnd.init(text:))
      else { break }
      if event.action == "link" {
        if let id = try linkID(from, relation, to, in: db) {
          try db.execute(sql: "DELETE FROM link WHERE id = ?", arguments: [id])
        }
        if relation == .saidBy, case .quote(let quote) = from {
          try db.execute(
            sql: "UPDATE quote SET speaker_id = ? WHERE id = ?",
            arguments: [
              value(before, "speaker").flatMap { PersonID(text: $0)?.rawValue }, quote.rawValue,
            ])
        }
      } else if try linkID(from, relation, to, in: db) == nil {
        try insertLink(from, relation, to, editor: event.editor, in: db)
      }
    case "note":
      try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [value(after, "id")])
    case "scale-add":
      let label = value(after, "label") ?? ""
      let used =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM verdict WHERE label = ?", arguments: [label]) ?? 0
      guard used == 0 else {
        throw StoreError.refused(
          "cannot undo adding label \(label): it is the verdict of \(used) claim\(used == 1 ? "" : "s")"
        )
      }
      try db.execute(sql: "DELETE FROM rating_label WHERE label = ?", arguments: [label])
    case "scale-rename":
      try db.execute(
        sql: "UPDATE rating_label SET label = ? WHERE label = ?",
        arguments: [value(before, "label"), value(after, "label")])
    case "scale-remove":
      try insertLabel(
        Store.label(from: before), position: value(before, "position").flatMap { Int($0) }, in: db)
    case "claim-add":
      // The claim goes with what hangs on it (tags, links, notes cascade); their own events
      // stay in the log.
      try db.execute(
        sql: "DELETE FROM claim WHERE id = ?", arguments: [try claimID(target).rawValue])
    default:
      throw StoreError.refused("\(event.action) cannot be undone")
    }
  }

  private static func claimExists(_ claim: ClaimID, in db: Database) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM claim WHERE id = ?)"),
      arguments: [claim.rawValue]) ?? false
  }

  private func claimID(_ target: String) throws -> ClaimID {
    guard let id = ClaimID(text: target) else {
      throw StoreError.refused("event target \(target) is not a claim")
    }
    return id
  }
}
