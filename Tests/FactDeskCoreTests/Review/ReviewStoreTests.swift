import Foundation
import GRDB
import Testing

@testable import FactDeskCore

@Suite struct StatusAndVerdictTests {
  @Test func statusChangesAreRecordedAndRepeatsAreNoOps() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let events = try store.eventCount()
    #expect(
      try store.setStatus(.inProgress, of: fixture.c1, context: ReviewFixture.claire) == .changed)
    #expect(
      try store.setStatus(.inProgress, of: fixture.c1, context: ReviewFixture.claire) == .unchanged)
    #expect(try store.eventCount() == events + 1)
    let entry = try #require(try store.history(of: "c1").last)
    #expect(entry.action == "status" && entry.editor == "claire")
    #expect(entry.before == #"{"status":"open"}"# && entry.after == #"{"status":"in-progress"}"#)
    #expect(throws: StoreError.refused("a claim becomes verified with a verdict: verdict c1 LABEL"))
    {
      try store.setStatus(.verified, of: fixture.c1, context: ReviewFixture.claire)
    }
  }

  @Test func verdictVerifiesAndClearingReopens() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setVerdict(
      "false", on: fixture.c1, note: "le budget est de 150 M€",
      sourceURL: "https://www.education.gouv.fr/budget", context: ReviewFixture.claire)
    #expect(try store.claims(in: fixture.first).first?.status == .verified)
    #expect(try store.verdict(of: fixture.c1)?.label == "false")
    #expect(
      try store.sources(of: fixture.c1).map(\.url) == ["https://www.education.gouv.fr/budget"])
    #expect(
      throws: StoreError.refused("c1 has the verdict false; clear it first with verdict c1 --clear")
    ) {
      try store.setStatus(.open, of: fixture.c1, context: ReviewFixture.claire)
    }
    #expect(try store.clearVerdict(of: fixture.c1, context: ReviewFixture.claire) == .changed)
    #expect(try store.claims(in: fixture.first).first?.status == .inProgress)
    #expect(try store.clearVerdict(of: fixture.c1, context: ReviewFixture.claire) == .unchanged)
  }

  @Test func unknownLabelSuggestsTheClosestAndFrenchLabelsWork() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.addLabel(
      RatingLabel(label: "trompeur", alternateName: "Trompeur"), context: ReviewFixture.claire)
    try store.addLabel(
      RatingLabel(
        label: "vrai", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Vrai"),
      context: ReviewFixture.claire)
    do {
      try store.setVerdict("tromperu", on: fixture.c1, context: ReviewFixture.claire)
      Issue.record("an unknown label was accepted")
    } catch {
      #expect("\(error)".hasPrefix("unknown label tromperu; did you mean trompeur? (labels: true,"))
    }
    try store.setVerdict("trompeur", on: fixture.c1, context: ReviewFixture.claire)
    try store.renameLabel("trompeur", to: "fallacieux", context: ReviewFixture.claire)
    #expect(try store.verdict(of: fixture.c1)?.label == "fallacieux")
    #expect(
      throws: StoreError.refused(
        "label fallacieux is the verdict of 1 claim; give it another verdict or scale rename it")
    ) {
      try store.removeLabel("fallacieux", context: ReviewFixture.claire)
    }
    try store.removeLabel("vrai", context: ReviewFixture.claire)
    #expect(!(try store.scale().map(\.label).contains("vrai")))
  }

  @Test func verdictChecksTheClaimBeforeTheLabelAndKeepsThePreviousVerdict() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    #expect(throws: StoreError.unknownID("claim c99", hint: "claims are c1…c3")) {
      try store.setVerdict("fasle", on: ClaimID(99), context: ReviewFixture.claire)
    }
    try store.setVerdict("mixed", on: fixture.c1, note: "a revoir", context: ReviewFixture.bruno)
    let events = try store.eventCount()
    #expect(throws: (any Error).self) {
      try store.setVerdict("fasle", on: fixture.c1, context: ReviewFixture.claire)
    }
    #expect(try store.eventCount() == events)
    #expect(
      try store.setVerdict(
        "mixed", on: fixture.c1, note: "a revoir", expected: .some("mixed"),
        context: ReviewFixture.claire) == .unchanged)
    #expect(
      try store.setVerdict("false", on: fixture.c1, context: ReviewFixture.claire) == .changed)
    let entry = try #require(try store.history(of: "c1").last)
    #expect(entry.before?.contains(#""label":"mixed","note":"a revoir","editor":"bruno""#) == true)
    #expect(try store.verdict(of: fixture.c1)?.editor == "claire")
    // The claim was verified already; it stays so, and the event says so.
    #expect(try store.claims(in: fixture.first).first { $0.id == fixture.c1 }?.status == .verified)
    #expect(entry.after?.contains(#""status":"verified""#) == true)
  }

  @Test func verdictChangedBySomeoneElseIsReportedNotOverwritten() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.setVerdict("mixed", on: fixture.c1, context: ReviewFixture.bruno)
    #expect(
      throws: Store.VerdictChanged(claim: fixture.c1, seen: nil, current: "mixed", editor: "bruno")
    ) {
      try store.setVerdict(
        "false", on: fixture.c1, expected: .some(nil), context: ReviewFixture.claire)
    }
    #expect(try store.verdict(of: fixture.c1)?.label == "mixed")
    try store.setVerdict(
      "false", on: fixture.c1, expected: .some("mixed"), context: ReviewFixture.claire)
    #expect(try store.verdict(of: fixture.c1)?.label == "false")
  }
}

@Suite struct EvidenceTagNoteTests {
  @Test func sourcesAreCheckedAndListed() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let (id, result) = try store.addSource(
      to: fixture.c1, url: "https://www.insee.fr/fr/statistiques", title: "Insee « budget »",
      excerpt: "178 M€", accessed: "2026-01-14", context: ReviewFixture.claire)
    #expect(result == .changed)
    #expect(
      try store.addSource(
        to: fixture.c1, url: "https://www.insee.fr/fr/statistiques", context: ReviewFixture.claire)
        == (id, .unchanged))
    for (url, message) in [
      (
        "ftp://example.org",
        "ftp://example.org is not a web address; a source URL starts with http:// or https://"
      ),
      ("https://", "https:// has no host; expected like https://example.org/page"),
      (
        "pas une url",
        "pas une url is not a web address; a source URL starts with http:// or https://"
      ),
    ] {
      #expect(throws: StoreError.refused(message)) {
        try store.addSource(to: fixture.c1, url: url, context: ReviewFixture.claire)
      }
    }
    #expect(throws: StoreError.refused("2026-02-30 is not a date written YYYY-MM-DD")) {
      try store.addSource(
        to: fixture.c1, url: "https://a.fr", accessed: "2026-02-30", context: ReviewFixture.claire)
    }
    #expect(try store.removeSource(id, context: ReviewFixture.claire) == fixture.c1)
    #expect(try store.sources(of: fixture.c1).isEmpty)
  }

  @Test func tagsAreIdempotentAndCounted() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let first = try store.tag(
      .claim(fixture.c1), with: ["budget", "éducation"], context: ReviewFixture.claire)
    #expect(first.added == ["budget", "éducation"] && first.already.isEmpty)
    let again = try store.tag(.claim(fixture.c1), with: ["budget"], context: ReviewFixture.claire)
    #expect(again.added.isEmpty && again.already == ["budget"])
    _ = try store.tag(.quote(fixture.q1), with: ["budget"], context: ReviewFixture.claire)
    #expect(
      try store.tagCounts() == [
        TagCount(name: "budget", claims: 1, quotes: 1),
        TagCount(name: "éducation", claims: 1, quotes: 0),
      ])
    #expect(try store.claims(in: nil, tag: "éducation").map(\.id) == [fixture.c1])
    let removed = try store.untag(
      .claim(fixture.c1), ["budget", "absent"], context: ReviewFixture.claire)
    #expect(removed.removed == ["budget"] && removed.missing == ["absent"])
    #expect(throws: StoreError.refused("tags go on claims and quotes (c7, q4), not on articles")) {
      try store.tag(.article(fixture.first), with: ["x"], context: ReviewFixture.claire)
    }
  }

  @Test func notesKeepNewlinesAndLongText() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let long = String(repeating: "Vérifié auprès du « ministère ».\n", count: 3300)
    #expect(long.utf8.count > 100_000)
    try store.addNote("ligne 1\nligne 2", on: .claim(fixture.c1), context: ReviewFixture.claire)
    try store.addNote(long, on: .article(fixture.first), context: ReviewFixture.claire)
    #expect(try store.notes(on: .claim(fixture.c1)).map(\.text) == ["ligne 1\nligne 2"])
    #expect(try store.notes(on: .article(fixture.first)).first?.text == long)
    #expect(throws: StoreError.refused("a note needs some text")) {
      try store.addNote(" \n", on: .claim(fixture.c1), context: ReviewFixture.claire)
    }
    // White space beyond ASCII counts too; a note of it is refused, one with a word is kept.
    #expect(throws: StoreError.refused("a note needs some text")) {
      try store.addNote(
        "\u{A0}\u{3000}\u{2028}\t", on: .claim(fixture.c1), context: ReviewFixture.claire)
    }
    try store.addNote("\u{A0}vu\u{3000}", on: .claim(fixture.c1), context: ReviewFixture.claire)
    #expect(try store.notes(on: .claim(fixture.c1)).last?.text == "\u{A0}vu\u{3000}")
  }
}

@Suite struct LinkTests {
  @Test func linksAreTypedCheckedAndIdempotent() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    #expect(
      try store.link(
        .claim(fixture.c1), .contradicts, .claim(fixture.c2), context: ReviewFixture.claire)
        == .changed)
    #expect(
      try store.link(
        .claim(fixture.c1), .contradicts, .claim(fixture.c2), context: ReviewFixture.claire)
        == .unchanged)
    #expect(
      try store.links(of: .claim(fixture.c2)) == [
        ReviewLink(from: .claim(fixture.c1), relation: .contradicts, to: .claim(fixture.c2))
      ])
    #expect(
      throws: StoreError.refused(
        "c1 cannot be linked to itself (supports links claim -> claim)")
    ) {
      try store.link(
        .claim(fixture.c1), .supports, .claim(fixture.c1), context: ReviewFixture.claire)
    }
    #expect(
      throws: StoreError.refused(
        "contradicts links claim -> claim, not claim -> person (c1 -> p1)")
    ) {
      try store.link(
        .claim(fixture.c1), .contradicts, .person(fixture.p1), context: ReviewFixture.claire)
    }
    #expect(
      throws: StoreError.unknownID(
        "claim c99", hint: "repeats links claim -> claim; claims are c1…c3")
    ) {
      try store.link(
        .claim(fixture.c1), .repeats, .claim(ClaimID(99)), context: ReviewFixture.claire)
    }
    #expect(
      try store.unlink(
        .claim(fixture.c1), .contradicts, .claim(fixture.c2), context: ReviewFixture.claire)
        == .changed)
    #expect(
      try store.unlink(
        .claim(fixture.c1), .contradicts, .claim(fixture.c2), context: ReviewFixture.claire)
        == .unchanged)
  }

  @Test func saidByCorrectsTheSpeakerAndUndoRestoresIt() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    try store.link(.quote(fixture.q1), .saidBy, .person(fixture.p1), context: ReviewFixture.claire)
    // The same link again changes nothing and records nothing.
    let events = try store.eventCount()
    #expect(
      try store.link(
        .quote(fixture.q1), .saidBy, .person(fixture.p1), context: ReviewFixture.claire)
        == .unchanged)
    #expect(try store.eventCount() == events)
    #expect(
      try store.detail(of: .quote(fixture.q1)).field("speaker") == "Jean-Michel Blanquer (p1)")
    try store.link(.person(fixture.p2), .sameAs, .person(fixture.p1), context: ReviewFixture.claire)
    _ = try store.undo(context: ReviewFixture.claire)
    _ = try store.undo(context: ReviewFixture.claire)
    #expect(try store.detail(of: .quote(fixture.q1)).field("speaker") == "le ministre (p2)")
    #expect(try store.links(of: .quote(fixture.q1)).isEmpty)
  }

  @Test func sourcesCanBeCited() throws {
    let fixture = try ReviewFixture()
    let store = fixture.store
    let (id, _) = try store.addSource(
      to: fixture.c1, url: "https://a.fr/x", context: ReviewFixture.claire)
    try store.link(.claim(fixture.c2), .cites, .source(id), context: ReviewFixture.claire)
    #expect(try store.detail(of: .claim(fixture.c2)).section("links") == ["cites source \(id)"])
  }
}
