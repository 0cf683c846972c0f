import GRDB

/// Migrations added after v1: full-text search and the indexes the review commands read by.
enum StoreSearchSchema {
  /// FTS5 indexes over claims, quotes and sources, kept in step by triggers so every writer
  /// (the segmenter's bulk insert, the review commands, a later import) updates them in its own
  /// transaction. `remove_diacritics 2` folds accents, so "equipement" finds "équipement"
  /// (https://sqlite.org/fts5.html#unicode61_tokenizer).
  static func createSearch(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE VIRTUAL TABLE claim_fts USING fts5(
          text, content='claim', content_rowid='id',
          tokenize='unicode61 remove_diacritics 2');
        INSERT INTO claim_fts(claim_fts) VALUES ('rebuild');
        CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
          INSERT INTO claim_fts(rowid, text) VALUES (NEW.id, NEW.text);
        END;
        CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
          INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
        END;
        CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
          INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
          INSERT INTO claim_fts(rowid, text) VALUES (NEW.id, NEW.text);
        END;

        -- A quote's text is the article's text over its span; SQLite's substr counts
        -- characters, which are the Unicode scalars our offsets count.
        CREATE VIRTUAL TABLE quote_fts USING fts5(
          text, tokenize='unicode61 remove_diacritics 2');
        INSERT INTO quote_fts(rowid, text)
          SELECT q.id, substr(a.text, q.start + 1, q."end" - q.start)
          FROM quote q JOIN article a ON a.id = q.article_id;
        CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
          INSERT INTO quote_fts(rowid, text)
            SELECT NEW.id, substr(text, NEW.start + 1, NEW."end" - NEW.start)
            FROM article WHERE id = NEW.article_id;
        END;
        CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
          DELETE FROM quote_fts WHERE rowid = OLD.id;
        END;

        CREATE VIRTUAL TABLE source_fts USING fts5(
          title, excerpt, url, content='source', content_rowid='id',
          tokenize='unicode61 remove_diacritics 2');
        INSERT INTO source_fts(source_fts) VALUES ('rebuild');
        CREATE TRIGGER source_fts_insert AFTER INSERT ON source BEGIN
          INSERT INTO source_fts(rowid, title, excerpt, url)
            VALUES (NEW.id, NEW.title, NEW.excerpt, NEW.url);
        END;
        CREATE TRIGGER source_fts_delete AFTER DELETE ON source BEGIN
          INSERT INTO source_fts(source_fts, rowid, title, excerpt, url)
            VALUES ('delete', OLD.id, OLD.title, OLD.excerpt, OLD.url);
        END;
        """)
  }

  /// Indexes for reading links and notes from their other ends, and a tag's quotes.
  static func createReviewIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX link_from_quote ON link(from_quote_id);
        CREATE INDEX link_from_person ON link(from_person_id);
        CREATE INDEX link_to_person ON link(to_person_id);
        CREATE INDEX link_to_source ON link(to_source_id);
        CREATE INDEX note_by_quote ON note(quote_id);
        CREATE INDEX note_by_article ON note(article_id);
        CREATE INDEX event_undoable ON event(editor, undone_by, id);
        """)
  }

  /// How many claims hold each term, read from the FTS index itself, so `similar` can ask
  /// only for a claim's rare words instead of ranking every claim that says "budget"
  /// (https://sqlite.org/fts5.html#the_fts5vocab_virtual_table_module).
  static func createClaimVocabulary(_ db: Database) throws {
    try db.execute(sql: "CREATE VIRTUAL TABLE claim_vocabulary USING fts5vocab(claim_fts, row)")
  }

  /// `event_undoable (editor, undone_by, id)` and `event_by_editor (editor, id)` overlap, and
  /// every event is written into each. `undo` finds the editor's last change through
  /// `event_by_editor` alone, stepping back over the few undone ones; `history --editor`
  /// needs its id order, which `event_undoable` does not give.
  static func dropOverlappingEventIndex(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX event_undoable")
  }

  /// A link has one `from_` and one `to_` column set and a note one item column; the others
  /// are NULL, and a full index writes an entry for that NULL too: every claim -> claim link
  /// went into four indexes it is never looked up through, every note on a claim into two.
  /// Partial indexes hold only the rows that use the column; a look-up `WHERE col = ?` (and
  /// a foreign key's cascade) still finds them, since `col = ?` implies `col IS NOT NULL`.
  static func indexOnlyTheEndsInUse(_ db: Database) throws {
    for (table, column, index) in [
      ("link", "from_quote_id", "link_from_quote"), ("link", "from_person_id", "link_from_person"),
      ("link", "to_person_id", "link_to_person"), ("link", "to_source_id", "link_to_source"),
      ("note", "quote_id", "note_by_quote"), ("note", "article_id", "note_by_article"),
    ] {
      try db.execute(
        sql: """
          DROP INDEX \(index);
          CREATE INDEX \(index) ON \(table)(\(column)) WHERE \(column) IS NOT NULL;
          """)
    }
  }
}
