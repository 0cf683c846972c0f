import Foundation
import GRDB
import Testing

@testable import FactDeskCore

@Suite struct UndoTests {
  @Test func undoRevertsTheEditorsChangesOneByOne() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setStatus(.inProgress, of: fixture.c1, context: ReviewFixture.claire)
    try store.setVerdict("false", on: fixture.c1, note: "faux", context: ReviewFixture.claire)
    _ = try store.tag(.claim(fixture.c1), with: ["budget"], context: ReviewFixture.claire)
    try store.addNote("à revoir", on: .claim(fixture.c1), context: ReviewFixture.claire)

    #expect(try store.undo(context: ReviewFixture.claire).action == "note")
    #expect(try store.notes(on: .claim(fixture.c1)).isEmpty)
    #expect(try store.undo(context: ReviewFixture.claire).action == "tag")
    #expect(try store.tags(of: .claim(fixture.c1)).isEmpty)
    #expect(try store.undo(context: ReviewFixture.claire).action == "verdict")
    #expect(try store.verdict(of: fixture.c1) == nil)
    #expect(try store.claims(in: fixture.first).first?.status == .inProgress)
    #expect(try store.undo(context: ReviewFixture.claire).action == "status")
    #expect(try store.claims(in: fixture.first).first?.status == .open)
    #expect(throws: StoreError.refused("nothing of claire's to undo")) {
      try store.undo(context: ReviewFixture.claire)
    }
    let log = try store.history(of: "c1")
    #expect(log.filter { $0.action == "undo" }.count == 4)
    #expect(log.filter { $0.action != "undo" }.allSatisfy { $0.undoneBy != nil })
    #expect(log.filter { $0.action == "undo" }.allSatisfy { $0.undoes != nil })
  }

  @Test func anotherEditorsLaterChangeBlocksTheUndo() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setVerdict("false", on: fixture.c1, context: ReviewFixture.claire)
    try store.addNote("je confirme", on: .claim(fixture.c1), context: ReviewFixture.bruno)
    do {
      _ = try store.undo(context: ReviewFixture.claire)
      Issue.record("undo went through over bruno's change")
    } catch {
      #expect("\(error)".contains("bruno has changed c1 since"))
    }
    #expect(try store.verdict(of: fixture.c1)?.label == "false")
  }

  @Test func undoOfVerdictOverAnotherVerdictRestoresIt() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setVerdict("mixed", on: fixture.c1, note: "à nuancer", context: ReviewFixture.claire)
    try store.setVerdict("false", on: fixture.c1, context: ReviewFixture.claire)
    _ = try store.undo(context: ReviewFixture.claire)
    let verdict = try #require(try store.verdict(of: fixture.c1))
    #expect(verdict.label == "mixed" && verdict.note == "à nuancer")
  }

  @Test func undoOfSourceRemovalRestoresTheLinksCitingIt() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let (id, _) = try store.addSource(
      to: fixture.c1, url: "https://www.insee.fr/fr/statistiques", context: ReviewFixture.claire)
    for claim in [fixture.c1, fixture.c2] {
      try store.link(.claim(claim), .cites, .source(id), context: ReviewFixture.claire)
    }
    let cites = [
      ReviewLink(from: .claim(fixture.c1), relation: .cites, to: .source(id)),
      ReviewLink(from: .claim(fixture.c2), relation: .cites, to: .source(id)),
    ]
    #expect(try store.links(of: .source(id)) == cites)
    _ = try store.removeSource(id, context: ReviewFixture.claire)
    #expect(try store.links(of: .claim(fixture.c2)).isEmpty)

    #expect(try store.undo(context: ReviewFixture.claire).action == "source-remove")
    #expect(try store.sources(of: fixture.c1).map(\.id) == [id])
    #expect(try store.links(of: .source(id)) == cites)
  }

  @Test func theEventLogRefusesEditsButTheUndoMark() throws {
    let fixture = try ReviewFixture()
    try fixture.store.setStatus(.dismissed, of: fixture.c3, context: ReviewFixture.claire)
    #expect(throws: StoreError.refused("the event log is append-only")) {
      try fixture.store.write { db in try db.execute(sql: "UPDATE event SET editor = 'x'") }
    }
  }
}

@Suite struct AtomicityTests {
  /// A failing command writes nothing: no row, no event; inside a batch too.
  @Test(arguments: [false, true]) func failingChangesLeaveNoTrace(batched: Bool) throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    if batched { store.beginBatch() }
    func snapshot() throws -> [Int] {
      try store.read { db in
        try ["event", "verdict", "source", "tag", "claim_tag", "link", "note", "rating_label"].map {
          try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0
        }
      }
    }
    let before = try snapshot()
    let failures: [() throws -> Void] = [
      {
        try store.setVerdict(
          "vria", on: fixture.c1, sourceURL: "https://a.fr", context: ReviewFixture.claire)
      },
      {
        try store.setVerdict(
          "false", on: fixture.c1, sourceURL: "nope", context: ReviewFixture.claire)
      },
      { try store.setVerdict("false", on: ClaimID(42), context: ReviewFixture.claire) },
      { _ = try store.tag(.claim(ClaimID(42)), with: ["x"], context: ReviewFixture.claire) },
      {
        _ = try store.tag(
          .claim(fixture.c1), with: ["ok", "pas bon"], context: ReviewFixture.claire)
      },
      {
        try store.link(
          .claim(fixture.c1), .supports, .claim(ClaimID(9)), context: ReviewFixture.claire)
      },
      { try store.addNote("x", on: .quote(QuoteID(9)), context: ReviewFixture.claire) },
      {
        try store.addLabel(
          RatingLabel(
            label: "x", ratingValue: 9, bestRating: 5, worstRating: 1, alternateName: "X"),
          context: ReviewFixture.claire)
      },
      { _ = try store.undo(context: ReviewFixture.claire) },
    ]
    for failure in failures {
      #expect(throws: (any Error).self) { try failure() }
    }
    #expect(try snapshot() == before)
    try store.commitBatch()
    #expect(try snapshot() == before)
  }

  @Test func twoStoresOnOneFileBothWrite() throws {
    let fixture = try ReviewFixture()
    let other = try Store(path: fixture.directory.path("review.db"))
    try fixture.store.setVerdict("false", on: fixture.c1, context: ReviewFixture.claire)
    #expect(
      throws: Store.VerdictChanged(claim: fixture.c1, seen: nil, current: "false", editor: "claire")
    ) {
      try other.setVerdict(
        "true", on: fixture.c1, expected: .some(nil), context: ReviewFixture.bruno)
    }
    _ = try other.tag(.claim(fixture.c1), with: ["budget"], context: ReviewFixture.bruno)
    #expect(try fixture.store.tags(of: .claim(fixture.c1)) == ["budget"])
  }
}

@Suite struct SearchTests {
  @Test func searchFoldsAccentsAndHighlights() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let hits = try store.search("equipement").hits
    #expect(hits.map(\.id).sorted() == ["c1", "c2"])
    #expect(hits.allSatisfy { $0.snippet.contains("[équipement]") })
    let quotes = try store.search("connaissances").hits
    #expect(quotes.map(\.id) == ["q1"] && quotes[0].snippet.contains("[connaissances]"))
    try store.setVerdict("false", on: fixture.c2, context: ReviewFixture.claire)
    #expect(
      try store.search("équipement", filter: SearchFilter(verdict: "false")).hits.map(\.id) == [
        "c2"
      ])
    #expect(
      try store.search("équipement", filter: SearchFilter(article: fixture.first)).hits.map(\.id)
        == [
          "c1"
        ])
    _ = try store.addSource(
      to: fixture.c3, url: "https://meteo.fr/paris", title: "Météo de Paris",
      context: ReviewFixture.claire)
    #expect(try store.search("meteo").hits.map(\.kind) == [.source])
    #expect(throws: StoreError.refused("search needs at least one word to look for")) {
      try store.search("« »")
    }
  }

  @Test func similarFindsTheSameClaimElsewhere() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setVerdict("false", on: fixture.c2, context: ReviewFixture.claire)
    let similar = try store.similar(to: fixture.c1)
    #expect(similar.first?.id == fixture.c2)
    #expect(similar.first?.verdict == "false")
    #expect(similar.first?.shared.contains("178") == true)
    #expect(!similar.contains { $0.article == fixture.first })
  }

  @Test func progressCountsPerStatusAndLabel() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setVerdict("false", on: fixture.c2, context: ReviewFixture.claire)
    try store.setStatus(.dismissed, of: fixture.c3, context: ReviewFixture.claire)
    let progress = try store.progress()
    #expect(progress.open == 1 && progress.verified == 1 && progress.dismissed == 1)
    #expect(progress.byLabel.map(\.label) == ["false"])
    #expect(try store.progress(in: fixture.first).open == 1)
  }

  @Test func showGivesContextScoreReasonsAndSpeaker() throws {
    let fixture = try ReviewFixture()
    let detail = try fixture.store.detail(of: .claim(fixture.c1))
    #expect(
      detail.field("context")
        == "Le budget de l'équipement atteint 178 M€ selon Jean-Michel Blanquer.")
    #expect(detail.field("score") == "0.9")
    #expect(detail.field("reasons") == "amount, attributed")
    #expect(detail.field("speaker") == "Jean-Michel Blanquer (p1)")
    #expect(
      try fixture.store.detail(of: .quote(fixture.q1)).field("text")
        == "Il faut certifier ces connaissances")
  }
}

@Suite struct TimestampTests {
  @Test(arguments: [0, 1_768_469_400, 1_768_469_400.9, 4_102_444_799])
  func storedTimesMatchFoundationsISO8601(seconds: Double) {
    let date = Date(timeIntervalSince1970: seconds)
    #expect(Store.iso8601(date) == date.formatted(.iso8601))
  }
}
