import GRDB

/// The store's schema as named, append-only migrations.
///
/// A landed migration is never edited: a change to the schema is a new migration at the end of
/// the list. Tables are STRICT and carry their rules (NOT NULL, CHECK, foreign keys with ON
/// DELETE), because the schema is the one place every writer has to go through.
enum StoreSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-articles", migrate: createArticles)
    migrator.registerMigration("v1-segments", migrate: createSegments)
    migrator.registerMigration("v1-review", migrate: createReview)
    migrator.registerMigration("v1-event-log", migrate: createEventLog)
    migrator.registerMigration("v2-search", migrate: StoreSearchSchema.createSearch)
    migrator.registerMigration("v2-review-indexes", migrate: StoreSearchSchema.createReviewIndexes)
    migrator.registerMigration(
      "v2-claim-vocabulary", migrate: StoreSearchSchema.createClaimVocabulary)
    migrator.registerMigration(
      "v3-one-event-index-per-editor", migrate: StoreSearchSchema.dropOverlappingEventIndex)
    migrator.registerMigration(
      "v4-partial-end-indexes", migrate: StoreSearchSchema.indexOnlyTheEndsInUse)
    migrator.registerMigration(
      "v5-checks-without-lists-or-parsing",
      migrate: StoreTableRebuild.checksWithoutListsOrParsing)
    return migrator
  }

  /// Articles as loaded: the raw input with its digest, the clean text and its paragraphs.
  private static func createArticles(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE article (
          id INTEGER PRIMARY KEY,
          source TEXT NOT NULL,
          sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
          raw BLOB NOT NULL,
          text TEXT NOT NULL,
          title TEXT,
          authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
          published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          site TEXT,
          language TEXT NOT NULL CHECK (language IN ('fr', 'en', 'other')),
          loaded_at TEXT NOT NULL,
          loaded_by TEXT NOT NULL
        ) STRICT;

        CREATE TABLE paragraph (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 1),
          start INTEGER NOT NULL CHECK (start >= 0),
          "end" INTEGER NOT NULL CHECK ("end" >= start),
          role TEXT NOT NULL CHECK (role IN ('headline', 'standfirst', 'body', 'subheading', 'caption', 'byline', 'boilerplate')),
          UNIQUE (article_id, position)
        ) STRICT;

        CREATE TABLE removed_part (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          reason TEXT NOT NULL
        ) STRICT;
        CREATE INDEX removed_part_by_article ON removed_part(article_id, position);

        -- Inline cross-references kept in the text but not to be checked: "(lire sur AEF info)".
        CREATE TABLE cross_reference (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          start INTEGER NOT NULL CHECK (start >= 0),
          "end" INTEGER NOT NULL CHECK ("end" >= start)
        ) STRICT;
        CREATE INDEX cross_reference_by_article ON cross_reference(article_id);

        CREATE TABLE setting (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
        """)
  }

  /// What the segmenter finds: sentences, persons and their mentions, quotes, claims.
  /// Spans are half-open Unicode scalar offsets into article.text.
  private static func createSegments(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE sentence (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          start INTEGER NOT NULL CHECK (start >= 0),
          "end" INTEGER NOT NULL CHECK ("end" > start)
        ) STRICT;
        CREATE INDEX sentence_by_article ON sentence(article_id, start);

        CREATE TABLE person (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          name TEXT NOT NULL CHECK (length(name) > 0),
          role TEXT
        ) STRICT;
        CREATE INDEX person_by_article ON person(article_id);
        CREATE INDEX person_by_name ON person(name);

        CREATE TABLE person_mention (
          id INTEGER PRIMARY KEY,
          person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
          start INTEGER NOT NULL CHECK (start >= 0),
          "end" INTEGER NOT NULL CHECK ("end" > start)
        ) STRICT;
        CREATE INDEX person_mention_by_person ON person_mention(person_id);

        CREATE TABLE quote (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          start INTEGER NOT NULL CHECK (start >= 0),
          "end" INTEGER NOT NULL CHECK ("end" >= start),
          kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'term')),
          speaker_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
          cue TEXT
        ) STRICT;
        CREATE INDEX quote_by_article ON quote(article_id, start);
        CREATE INDEX quote_by_speaker ON quote(speaker_id);

        CREATE TABLE claim (
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
            CHECK (status IN ('open', 'in-progress', 'verified', 'dismissed')),
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX claim_by_article ON claim(article_id, start);
        CREATE INDEX claim_by_status ON claim(status, article_id);
        CREATE INDEX claim_by_speaker ON claim(speaker_id);
        """)
  }

  /// The editors' work: the rating scale, verdicts, evidence, tags, typed links and notes.
  private static func createReview(_ db: Database) throws {
    try db.execute(
      sql: """
        -- The rating scale is data: a house can rename labels or add its own (« trompeur »).
        -- Each label maps to schema.org ClaimReview; labels without a number keep only
        -- alternateName.
        CREATE TABLE rating_label (
          label TEXT PRIMARY KEY CHECK (length(label) > 0 AND label NOT GLOB '*[ \t\n]*'),
          position INTEGER NOT NULL UNIQUE,
          rating_value INTEGER,
          best_rating INTEGER,
          worst_rating INTEGER,
          alternate_name TEXT NOT NULL,
          CHECK ((rating_value IS NULL) = (best_rating IS NULL)
             AND (best_rating IS NULL) = (worst_rating IS NULL)),
          CHECK (rating_value IS NULL OR rating_value BETWEEN worst_rating AND best_rating)
        ) STRICT;
        INSERT INTO rating_label VALUES
          ('true', 1, 5, 5, 1, 'True'),
          ('mostly-true', 2, 4, 5, 1, 'Mostly true'),
          ('mixed', 3, 3, 5, 1, 'Mixed'),
          ('mostly-false', 4, 2, 5, 1, 'Mostly false'),
          ('false', 5, 1, 5, 1, 'False'),
          ('misleading', 6, NULL, NULL, NULL, 'Misleading'),
          ('unverifiable', 7, NULL, NULL, NULL, 'Unverifiable');

        -- The current verdict of a claim; its history is in the event log.
        CREATE TABLE verdict (
          claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
          label TEXT NOT NULL REFERENCES rating_label(label) ON UPDATE CASCADE ON DELETE RESTRICT,
          note TEXT,
          editor TEXT NOT NULL,
          decided_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX verdict_by_label ON verdict(label);

        CREATE TABLE source (
          id INTEGER PRIMARY KEY,
          claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
          url TEXT NOT NULL CHECK (url GLOB 'http*://*'),
          title TEXT,
          excerpt TEXT,
          accessed TEXT,
          editor TEXT NOT NULL,
          added_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX source_by_claim ON source(claim_id);

        CREATE TABLE tag (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE CHECK (length(name) > 0 AND name NOT GLOB '*[ \t\n]*')
        ) STRICT;
        CREATE TABLE claim_tag (
          claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
          tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
          PRIMARY KEY (claim_id, tag_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX claim_tag_by_tag ON claim_tag(tag_id);
        CREATE TABLE quote_tag (
          quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
          tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
          PRIMARY KEY (quote_id, tag_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX quote_tag_by_tag ON quote_tag(tag_id);

        -- Typed links. Each end is one typed column so foreign keys hold; the CHECK ties the
        -- relation to the kinds of its ends.
        CREATE TABLE link (
          id INTEGER PRIMARY KEY,
          relation TEXT NOT NULL
            CHECK (relation IN ('supports', 'contradicts', 'repeats', 'same-as', 'cites', 'said-by')),
          from_claim_id INTEGER REFERENCES claim(id) ON DELETE CASCADE,
          from_quote_id INTEGER REFERENCES quote(id) ON DELETE CASCADE,
          from_person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
          to_claim_id INTEGER REFERENCES claim(id) ON DELETE CASCADE,
          to_source_id INTEGER REFERENCES source(id) ON DELETE CASCADE,
          to_person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
          editor TEXT NOT NULL,
          created_at TEXT NOT NULL,
          CHECK (
            (relation IN ('supports', 'contradicts', 'repeats') AND from_claim_id IS NOT NULL
              AND to_claim_id IS NOT NULL AND from_claim_id <> to_claim_id)
            OR (relation = 'same-as' AND from_claim_id IS NOT NULL AND to_claim_id IS NOT NULL
              AND from_claim_id <> to_claim_id)
            OR (relation = 'same-as' AND from_person_id IS NOT NULL AND to_person_id IS NOT NULL
              AND from_person_id <> to_person_id)
            OR (relation = 'cites' AND from_claim_id IS NOT NULL AND to_source_id IS NOT NULL)
            OR (relation = 'said-by' AND from_quote_id IS NOT NULL AND to_person_id IS NOT NULL)
          ),
          CHECK ((from_claim_id IS NOT NULL) + (from_quote_id IS NOT NULL) + (from_person_id IS NOT NULL) = 1),
          CHECK ((to_claim_id IS NOT NULL) + (to_source_id IS NOT NULL) + (to_person_id IS NOT NULL) = 1)
        ) STRICT;
        CREATE UNIQUE INDEX link_is_unique ON link(
          relation, ifnull(from_claim_id, 0), ifnull(from_quote_id, 0), ifnull(from_person_id, 0),
          ifnull(to_claim_id, 0), ifnull(to_source_id, 0), ifnull(to_person_id, 0));
        CREATE INDEX link_from_claim ON link(from_claim_id);
        CREATE INDEX link_to_claim ON link(to_claim_id);

        CREATE TABLE note (
          id INTEGER PRIMARY KEY,
          claim_id INTEGER REFERENCES claim(id) ON DELETE CASCADE,
          quote_id INTEGER REFERENCES quote(id) ON DELETE CASCADE,
          article_id INTEGER REFERENCES article(id) ON DELETE CASCADE,
          text TEXT NOT NULL CHECK (length(text) > 0),
          editor TEXT NOT NULL,
          written_at TEXT NOT NULL,
          CHECK ((claim_id IS NOT NULL) + (quote_id IS NOT NULL) + (article_id IS NOT NULL) = 1)
        ) STRICT;
        CREATE INDEX note_by_claim ON note(claim_id);
        """)
  }

  /// The append-only event log: every change an editor makes, with before and after states.
  /// Triggers keep it append-only; the one update allowed marks an event as undone.
  private static func createEventLog(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE event (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          editor TEXT NOT NULL,
          command TEXT NOT NULL,
          action TEXT NOT NULL,
          target TEXT NOT NULL,
          article_id INTEGER,
          before TEXT CHECK (before IS NULL OR json_valid(before)),
          after TEXT CHECK (after IS NULL OR json_valid(after)),
          undoes INTEGER REFERENCES event(id),
          undone_by INTEGER REFERENCES event(id)
        ) STRICT;
        CREATE INDEX event_by_target ON event(target, id);
        CREATE INDEX event_by_editor ON event(editor, id);
        CREATE INDEX event_by_article ON event(article_id, id);

        CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
        BEGIN
          SELECT RAISE(ABORT, 'the event log is append-only');
        END;
        CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
        WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.editor IS NOT OLD.editor
          OR NEW.command IS NOT OLD.command OR NEW.action IS NOT OLD.action
          OR NEW.target IS NOT OLD.target OR NEW.before IS NOT OLD.before
          OR NEW.after IS NOT OLD.after OR NEW.undoes IS NOT OLD.undoes
          OR OLD.undone_by IS NOT NULL
        BEGIN
          SELECT RAISE(ABORT, 'the event log is append-only');
        END;
        """)
  }
}
