import GRDB

/// Schema changes SQLite's `ALTER TABLE` cannot make, done by rebuilding the table.
enum StoreTableRebuild {
  /// Three tables whose CHECKs cost more than the rows they guard, rebuilt in one migration.
  static func checksWithoutListsOrParsing(_ db: Database) throws {
    try linkChecksWithoutLists(db)
    try claimStatusWithoutList(db)
    try eventWithoutParsingItsStates(db)
  }

  /// The link table's CHECKs tested `relation IN (…)` against lists of three and six words.
  /// For a list of more than two constants SQLite builds a temporary b-tree on every insert,
  /// and that made adding a link cost five times what adding a tag does (102,000
  /// instructions, of which the row and its indexes are a third). Comparisons joined by OR
  /// say the same and cost a few instructions each. The six-word list is dropped rather
  /// than rewritten: the rule that ties each relation to the kinds of its ends names every
  /// relation, so it already refuses any other word.
  private static func linkChecksWithoutLists(_ db: Database) throws {
    try rebuild(
      "link",
      columns: """
          id INTEGER PRIMARY KEY,
          relation TEXT NOT NULL,
          from_claim_id INTEGER REFERENCES claim(id) ON DELETE CASCADE,
          from_quote_id INTEGER REFERENCES quote(id) ON DELETE CASCADE,
          from_person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
          to_claim_id INTEGER REFERENCES claim(id) ON DELETE CASCADE,
          to_source_id INTEGER REFERENCES source(id) ON DELETE CASCADE,
          to_person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
          editor TEXT NOT NULL,
          created_at TEXT NOT NULL,
          CHECK (
            ((relation = 'supports' OR relation = 'contradicts' OR relation = 'repeats'
                OR relation = 'same-as')
              AND from_claim_id IS NOT NULL AND to_claim_id IS NOT NULL
              AND from_claim_id <> to_claim_id)
            OR (relation = 'same-as' AND from_person_id IS NOT NULL AND to_person_id IS NOT NULL
              AND from_person_id <> to_person_id)
            OR (relation = 'cites' AND from_claim_id IS NOT NULL AND to_source_id IS NOT NULL)
            OR (relation = 'said-by' AND from_quote_id IS NOT NULL AND to_person_id IS NOT NULL)
          ),
          CHECK ((from_claim_id IS NOT NULL) + (from_quote_id IS NOT NULL) + (from_person_id IS NOT NULL) = 1),
          CHECK ((to_claim_id IS NOT NULL) + (to_source_id IS NOT NULL) + (to_person_id IS NOT NULL) = 1)
        """, options: "STRICT", in: db)
  }

  /// A claim's status is checked against four words on every change of status, the first
  /// verdict of each claim included; the same temporary b-tree as the link's lists.
  private static func claimStatusWithoutList(_ db: Database) throws {
    try rebuild(
      "claim",
      columns: """
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          start INTEGER NOT NULL CHECK (start >= 0),
          "end" INTEGER NOT NULL CHECK ("end" > start),
          text TEXT NOT NULL,
          score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
          reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
          speaker_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
          origin TEXT NOT NULL CHECK (origin IN ('segmenter', 'editor')),
          status TEXT NOT NULL DEFAULT 'open'
            CHECK (status = 'open' OR status = 'in-progress' OR status = 'verified'
              OR status = 'dismissed'),
          created_at TEXT NOT NULL
        """, options: "STRICT", in: db)
  }

  /// Every event's before and after states were checked with `json_valid`, which parses
  /// them: 10,000 instructions an event, a tenth of a review command's own SQL. The states
  /// are written by the store's JSON writer alone, and read back by `undo`, whose tests
  /// parse them; the append-only triggers stay.
  private static func eventWithoutParsingItsStates(_ db: Database) throws {
    try rebuild(
      "event",
      columns: """
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          editor TEXT NOT NULL,
          command TEXT NOT NULL,
          action TEXT NOT NULL,
          target TEXT NOT NULL,
          article_id INTEGER,
          before TEXT,
          after TEXT,
          undoes INTEGER REFERENCES event(id),
          undone_by INTEGER REFERENCES event(id)
        """, options: "STRICT", in: db)
  }

  /// Rebuilds `table` with the column definitions and constraints `columns` (the same
  /// columns, in the same order) and the table `options`, as SQLite's documentation lays it
  /// out: create the new table under another name, copy the rows, drop the old one, rename,
  /// and recreate the old table's indexes and triggers from their stored SQL. The migrator runs this with foreign keys
  /// off and checks them before committing, so rows elsewhere keep pointing at the same ids.
  static func rebuild(
    _ table: String, columns: String, options: String, in db: Database
  ) throws {
    let dependents = try String.fetchAll(
      db,
      sql: """
        SELECT sql FROM sqlite_schema
        WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
        """, arguments: [table])
    let staging = "\(table)_rebuilt"
    try db.execute(
      sql: """
        CREATE TABLE \(staging) (\(columns)) \(options);
        INSERT INTO \(staging) SELECT * FROM \(table);
        DROP TABLE \(table);
        ALTER TABLE \(staging) RENAME TO \(table);
        """)
    for sql in dependents { try db.execute(sql: sql) }
  }
}
