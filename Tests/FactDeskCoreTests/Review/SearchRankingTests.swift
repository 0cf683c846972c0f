import Foundation
import Testing

@testable import FactDeskCore

/// Searches whose words are common: only the newest matches are ranked, and the results
/// say so.
@Suite struct SearchRankingTests {
  let directory = TemporaryDirectory()
  let store: Store

  /// c1…c5, one claim per sentence; "budget" is in all of them, "commune" in c2, c4 and c5.
  static let sentences = [
    "Le budget baisse.",
    "Le budget de la commune pour les écoles et les collèges augmente de 3 %.",
    "Le budget de la santé monte vite.",
    "Le budget de la commune monte.",
    "Le budget de la commune pour les routes baisse.",
  ]

  init() throws {
    store = try Store(path: directory.path("search.db"))
    var text = ""
    var spans: [TextSpan] = []
    for sentence in Self.sentences {
      let start = text.unicodeScalars.count
      text += sentence + " "
      spans.append(TextSpan(start: start, end: start + sentence.unicodeScalars.count))
    }
    var article = SampleArticles.article(text, source: "budget.txt")
    article.sha256 = String(repeating: "b", count: 64)
    let segmentation = Segmentation(
      language: .french, sentences: spans,
      claims: spans.map { FoundClaim(span: $0, score: 0.5, reasons: []) })
    _ = try store.add(article, segmentation: segmentation, context: SampleArticles.context)
  }

  @Test func aCommonWordRanksOnlyTheNewestMatches() throws {
    let results = try store.search("budget", rankedClaims: 3)
    #expect(results.rankedClaims == 3)
    #expect(results.hits.map(\.id) == ["c4", "c3", "c5"])
    #expect(results.hits.allSatisfy { $0.snippet.contains("[budget]") })
  }

  @Test func rareWordsAreRankedWholeAndNotMarkedCut() throws {
    let results = try store.search("budget", rankedClaims: 5)
    #expect(results.rankedClaims == nil)
    #expect(results.hits.map(\.id) == ["c1", "c4", "c3", "c5", "c2"])
  }

  /// "budget" is common at a limit of 4, but only three claims hold both words: all are
  /// ranked, in the order bm25 gives when no word repeats in a claim.
  @Test func aCommonWordWithFewMatchesKeepsBm25sOrder() throws {
    let exact = try store.search("commune budget", rankedClaims: 5)
    let capped = try store.search("commune budget", rankedClaims: 4)
    #expect(capped.rankedClaims == nil)
    #expect(exact.hits.map(\.id) == ["c4", "c5", "c2"])
    #expect(capped.hits.map(\.id) == exact.hits.map(\.id))
  }

  /// Verdicts, tags and statuses few claims have drive the search from those claims.
  @Test func filtersApplyToTheRankedMatches() throws {
    let claire = ChangeContext(editor: "claire", command: "test")
    for claim in [1, 2] {
      try store.setVerdict("false", on: ClaimID(Int64(claim)), context: claire)
    }
    _ = try store.tag(.claim(ClaimID(4)), with: ["routes"], context: claire)
    let verdict = try store.search(
      "budget", filter: SearchFilter(verdict: "false"), rankedClaims: 3)
    #expect(verdict.hits.map(\.id) == ["c1", "c2"])
    #expect(verdict.rankedClaims == nil)
    let both = try store.search(
      "commune budget", filter: SearchFilter(verdict: "false"), rankedClaims: 3)
    #expect(both.hits.map(\.id) == ["c2"])
    let tagged = try store.search("budget", filter: SearchFilter(tag: "routes"), rankedClaims: 3)
    #expect(tagged.hits.map(\.id) == ["c4"])
    let open = try store.search("budget", filter: SearchFilter(status: .open), rankedClaims: 3)
    #expect(open.hits.map(\.id) == ["c4", "c3", "c5"])
    #expect(open.rankedClaims == nil)
  }

  /// A filter drives the search by seeking its claims in FTS5 when it passes few, by listing
  /// them when it passes more, and not at all past that: the three ways find the same hits.
  @Test func everyWayOfApplyingAFilterFindsTheSameClaims() throws {
    let claire = ChangeContext(editor: "claire", command: "test")
    for claim in [1, 3, 4] {
      _ = try store.tag(.claim(ClaimID(Int64(claim))), with: ["suivi"], context: claire)
    }
    try store.setVerdict("false", on: ClaimID(3), context: claire)
    let ways = [
      "seeked": ClaimDriver.Limits(seeked: 10, listed: 10),
      "listed": ClaimDriver.Limits(seeked: 0, listed: 10),
      "filtered row by row": ClaimDriver.Limits(seeked: 0, listed: 0),
    ]
    let filters = [
      SearchFilter(tag: "suivi"), SearchFilter(verdict: "false", tag: "suivi"),
      SearchFilter(tag: "suivi", status: .open),
      SearchFilter(tag: "suivi", article: ArticleID(1)),
    ]
    for filter in filters {
      var found: [String: [String]] = [:]
      for (way, limits) in ways {
        let results = try store.search(
          "budget", filter: filter, limit: 50, rankedClaims: 2, filterLimits: limits)
        found[way] = results.hits.map(\.id)
      }
      #expect(Set(found.values).count == 1, "\(filter): \(found)")
      #expect(found["listed"]?.isEmpty == false, "\(filter)")
    }
    let tagged = try store.search(
      "budget", filter: SearchFilter(tag: "suivi"), limit: 50, rankedClaims: 2,
      filterLimits: ClaimDriver.Limits(seeked: 1, listed: 10))
    #expect(tagged.hits.map(\.id) == ["c4", "c3"])
    #expect(tagged.rankedClaims == 2)
  }

  /// Snippets are read over ranges of kept claims, cut where the next one is far.
  @Test func keptClaimsAreGroupedIntoNearbyRuns() {
    #expect(Store.nearbyRuns([]) == [])
    #expect(Store.nearbyRuns([5, 1, 300, 85, 2, 166]) == [[1, 2, 5, 85], [166], [300]])
  }

  @Test func tokenCountsAreReadFromDocsizeVarints() {
    #expect(ClaimRanking.firstVarint(Data([15])) == 15)
    #expect(ClaimRanking.firstVarint(Data([0x81, 0x00, 7])) == 128)
    #expect(ClaimRanking.firstVarint(Data([0x82, 0x2C])) == 300)
  }
}
