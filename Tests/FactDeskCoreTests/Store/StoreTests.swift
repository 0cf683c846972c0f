import Foundation
import GRDB
import Testing

@testable import FactDeskCore

@Suite struct StoreOpeningTests {
  @Test func freshStoreHasEveryMigrationAndTheDefaultScale() throws {
    let directory = TemporaryDirectory()
    let store = try Store(path: directory.path("fresh.db"))
    let applied = try store.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    #expect(applied == StoreSchema.migrator.migrations)
    let labels = try store.read { db in
      try String.fetchAll(db, sql: "SELECT label FROM rating_label ORDER BY position")
    }
    #expect(labels.first == "true" && labels.count == 7)
    let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }

  @Test func linkAndNoteEndsAreIndexedOnlyWhereUsedAndStillFound() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.link(.claim(fixture.c1), .supports, .claim(fixture.c2), context: ReviewFixture.claire)
    let source = try store.addSource(
      to: fixture.c1, url: "https://www.insee.fr/", context: ReviewFixture.claire
    ).id
    try store.link(.claim(fixture.c2), .cites, .source(source), context: ReviewFixture.claire)
    try store.read { db in
      // Only the cites link has a source end: the claim -> claim link left no NULL entry.
      let entries = try Int.fetchOne(
        db, sql: "SELECT count(*) FROM link INDEXED BY link_to_source WHERE to_source_id > 0")
      #expect(entries == 1)
      let plan = try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN SELECT id FROM link WHERE to_source_id = 1"
      ).map { $0["detail"] as String }.joined()
      #expect(plan.contains("link_to_source"))
    }
    #expect(try store.links(of: .source(source)).count == 1)
  }

  @Test func readingAnUpToDateStoreWritesNothing() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("quiet.db")
    _ = try Store(path: path)
    // SQLite bumps the file change counter (header bytes 24–27) on every committed write.
    func changeCounter() throws -> Data {
      try Data(contentsOf: URL(fileURLWithPath: path)).subdata(in: 24..<28)
    }
    let before = try changeCounter()
    do {
      let store = try Store(path: path)
      _ = try store.articleSummaries()
    }
    #expect(try changeCounter() == before)
  }

  @Test func olderStoreIsMigratedAndKeepsItsData() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("old.db")
    do {
      let queue = try olderStore(at: path, upTo: "v1-articles")
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO article (source, sha256, raw, text, language, loaded_at, loaded_by)
            VALUES ('old.txt', ?, x'41', 'A', 'fr', '2020-01-01T00:00:00Z', 'claire')
            """, arguments: [String(repeating: "a", count: 64)])
      }
    }
    let store = try Store(path: path)
    let applied = try store.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    #expect(applied == StoreSchema.migrator.migrations)
    #expect(try store.articleSummaries().map(\.source) == ["old.txt"])
  }

  @Test func storeWrittenByNewerFactdeskIsRefused() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("newer.db")
    _ = try Store(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
    }
    #expect(throws: StoreError.writtenByNewerVersion(path: path, migrations: ["v9-future"])) {
      try Store(path: path)
    }
  }

  @Test func directoryIsRefused() throws {
    let directory = TemporaryDirectory()
    #expect(throws: StoreError.isDirectory(path: directory.url.path)) {
      try Store(path: directory.url.path)
    }
  }

  @Test func fileThatIsNotSQLiteIsRefused() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("notes.db")
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.notADatabase(path: path)) { try Store(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 0x41, count: 4096))
  }

  @Test func databaseOfAnotherApplicationIsRefused() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("other.db")
    try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
    #expect(throws: StoreError.notAFactdeskStore(path: path)) { try Store(path: path) }
  }

  @Test func lockedStoreFailsAfterTheBusyTimeoutWithoutChanges() throws {
    let directory = TemporaryDirectory()
    let path = directory.path("locked.db")
    let store = try Store(path: path, busyTimeout: 0.2)
    let blocker = try DatabaseQueue(path: path)
    try blocker.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      #expect(throws: StoreError.locked(path: path)) {
        try store.add(SampleArticles.unique(1), context: SampleArticles.context)
      }
      try db.execute(sql: "ROLLBACK")
    }
    #expect(try store.articleSummaries().isEmpty)
    #expect(try store.eventCount() == 0)
  }
}

@Suite struct StoreArticleTests {
  @Test func sameContentLoadedTwiceIsStoredOnce() throws {
    let store = try Store.inMemory()
    let first = try store.add(SampleArticles.unique(1), context: SampleArticles.context)
    let second = try store.add(SampleArticles.unique(1), context: SampleArticles.context)
    #expect(first == LoadOutcome(id: ArticleID(1), isNew: true))
    #expect(second == LoadOutcome(id: ArticleID(1), isNew: false))
    #expect(try store.eventCount() == 1)
  }

  @Test func storedArticleReadsBackWhole() throws {
    let store = try Store.inMemory()
    let article = SampleArticles.article("Titre « é »\n\nLe budget atteint 178 M€.")
    let outcome = try store.add(article, context: SampleArticles.context)
    let stored = try store.article(outcome.id)
    #expect(stored.text == article.text)
    #expect(stored.paragraphs == article.paragraphs)
    #expect(stored.metadata == article.metadata)
    #expect(stored.loadedBy == "claire")
  }

  @Test func segmentsAreStoredWithTheirSpeakers() throws {
    let store = try Store.inMemory()
    let text = "Titre\n\n« Il faut agir », estime Jean Dupont."
    let segmentation = Segmentation(
      language: .french, sentences: [TextSpan(start: 0, end: 5), TextSpan(start: 7, end: 44)],
      quotes: [
        FoundQuote(span: TextSpan(start: 9, end: 21), kind: .direct, speaker: 0, cue: "estime")
      ],
      persons: [FoundPerson(name: "Jean Dupont", mentions: [TextSpan(start: 32, end: 43)])],
      claims: [
        FoundClaim(
          span: TextSpan(start: 7, end: 44), score: 0.7, reasons: ["attributed statement"],
          speaker: 0)
      ])
    let outcome = try store.add(
      SampleArticles.article(text), segmentation: segmentation, context: SampleArticles.context)
    let summary = try #require(try store.articleSummaries().first)
    #expect(summary.sentenceCount == 2 && summary.quoteCount == 1 && summary.claimCount == 1)
    let speaker = try store.read { db in
      try String.fetchOne(
        db,
        sql:
          "SELECT p.name FROM quote q JOIN person p ON p.id = q.speaker_id WHERE q.article_id = ?",
        arguments: [outcome.id.rawValue])
    }
    #expect(speaker == "Jean Dupont")
    let claimText = try store.read { db in try String.fetchOne(db, sql: "SELECT text FROM claim") }
    #expect(claimText == "« Il faut agir », estime Jean Dupont.")
  }

  @Test func deletingRemovesSegmentsButKeepsTheEvents() throws {
    let store = try Store.inMemory()
    let outcome = try store.add(SampleArticles.unique(1), context: SampleArticles.context)
    try store.deleteArticle(
      outcome.id, context: ChangeContext(editor: "claire", command: "delete a1"))
    #expect(try store.articleSummaries().isEmpty)
    #expect(try store.eventCount() == 2)
    #expect(throws: StoreError.unknownID("a1", hint: "the store has no articles; load one first")) {
      try store.article(outcome.id)
    }
  }

  @Test func unknownIDNamesTheArticlesThatExist() throws {
    let store = try Store.inMemory()
    for number in 1...3 {
      _ = try store.add(SampleArticles.unique(number), context: SampleArticles.context)
    }
    #expect(throws: StoreError.unknownID("a9", hint: "articles are a1…a3")) {
      try store.article(ArticleID(9))
    }
  }

  @Test func eventLogRefusesEditsAndDeletes() throws {
    let store = try Store.inMemory()
    _ = try store.add(SampleArticles.unique(1), context: SampleArticles.context)
    #expect(throws: StoreError.self) {
      try store.write { db in try db.execute(sql: "DELETE FROM event") }
    }
    #expect(throws: StoreError.self) {
      try store.write { db in try db.execute(sql: "UPDATE event SET editor = 'mallory'") }
    }
    #expect(try store.eventCount() == 1)
  }

  @Test func schemaRefusesAnUnknownStatusAndASpanBackwards() throws {
    let store = try Store.inMemory()
    let outcome = try store.add(SampleArticles.unique(1), context: SampleArticles.context)
    #expect(throws: StoreError.self) {
      try store.write { db in
        try db.execute(
          sql: """
            INSERT INTO claim (article_id, start, "end", text, score, origin, status, created_at)
            VALUES (?, 0, 5, 'x', 0.5, 'editor', 'maybe', 'now')
            """, arguments: [outcome.id.rawValue])
      }
    }
    #expect(throws: StoreError.self) {
      try store.write { db in
        try db.execute(
          sql: #"INSERT INTO sentence (article_id, start, "end") VALUES (?, 9, 3)"#,
          arguments: [outcome.id.rawValue])
      }
    }
  }
}
