import GRDB

/// One change as the event log records it.
public struct ChangeEvent: Sendable, Equatable {
  public var editor: String
  /// The command line that made the change, as typed or read from a script.
  public var command: String
  /// What happened: "load", "delete", "verdict", "tag", …
  public var action: String
  /// The ID of what changed, as editors type it: "a1", "c7".
  public var target: String
  public var articleID: ArticleID?
  /// JSON of the state before and after, nil where there was none.
  public var before: String?
  public var after: String?

  public init(
    editor: String, command: String, action: String, target: String, articleID: ArticleID?,
    before: String? = nil, after: String? = nil
  ) {
    self.editor = editor
    self.command = command
    self.action = action
    self.target = target
    self.articleID = articleID
    self.before = before
    self.after = after
  }
}

/// Who is making a change and with which command line; every store change takes one.
public struct ChangeContext: Sendable {
  public var editor: String
  public var command: String

  public init(editor: String, command: String) {
    self.editor = editor
    self.command = command
  }
}

extension Store {
  /// Appends `event` inside the caller's transaction.
  @discardableResult
  func append(_ event: ChangeEvent, in db: Database) throws -> Int64 {
    try db.cachedStatement(
      sql: """
        INSERT INTO event (at, editor, command, action, target, article_id, before, after)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).run(
      .text(timestamp()), .text(event.editor), .text(event.command), .text(event.action),
      .text(event.target), .integer(event.articleID?.rawValue), .text(event.before),
      .text(event.after))
    return db.lastInsertedRowID
  }

  /// The number of events in the log, for tests and `progress`.
  public func eventCount() throws -> Int {
    try read { db in try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM event")) ?? 0 }
  }
}
