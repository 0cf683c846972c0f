import Foundation
import Testing

@testable import FactDeskCore

@Suite struct ClaimReviewExportTests {
  let options = ExportOptions(
    urlBase: "https://factuel.example.org/checks", organisation: "Factuel")

  @Test func refusesWithoutURLBaseOrOrganisation() throws {
    let store = try ExportFixture.reviewedStore()
    #expect(throws: ExportError.self) {
      try ExportFixture.export(.claimreview, from: store, options: ExportOptions(organisation: "X"))
    }
    #expect(throws: ExportError.self) {
      try ExportFixture.export(
        .claimreview, from: store, options: ExportOptions(urlBase: "https://x.org"))
    }
  }

  @Test func organisationComesFromTheStoredSetting() throws {
    let store = try ExportFixture.reviewedStore()
    try store.recordSetting("org", "Factuel")
    let (text, _) = try ExportFixture.export(
      .claimreview, from: store, options: ExportOptions(urlBase: "https://x.org"))
    #expect(text.contains("\"name\":\"Factuel\""))
  }

  @Test func verifiedClaimsFollowGooglesRules() throws {
    let store = try ExportFixture.reviewedStore()
    let (text, report) = try ExportFixture.export(.claimreview, from: store, options: options)
    let reviews = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(reviews.count == 2)
    #expect(report.skippedCount == (try store.claims(in: nil).count) - 2)
    #expect(report.skipped.allSatisfy { $0.contains("not verified") })
    for review in reviews {
      #expect(review["@context"] as? String == "https://schema.org")
      #expect(review["@type"] as? String == "ClaimReview")
      let claimReviewed = try #require(review["claimReviewed"] as? String)
      #expect(claimReviewed.count < 75)
      #expect(
        (review["url"] as? String)?.hasPrefix("https://factuel.example.org/checks/a1#c") == true)
      let rating = try #require(review["reviewRating"] as? [String: Any])
      #expect(rating["alternateName"] is String)
      let item = try #require(review["itemReviewed"] as? [String: Any])
      #expect(item["@type"] as? String == "Claim")
      #expect((item["author"] as? [String: Any])?["name"] != nil)
      #expect(item["appearance"] != nil)
      #expect((review["author"] as? [String: Any])?["@type"] as? String == "Organization")
      #expect(review["datePublished"] as? String == "2026-01-15")
    }
    let falseReview = try #require(
      reviews.first { ($0["url"] as? String)?.hasSuffix("#c4") == true })
    let rating = try #require(falseReview["reviewRating"] as? [String: Any])
    #expect(rating["ratingValue"] as? Int == 1 && rating["bestRating"] as? Int == 5)
    #expect(rating["worstRating"] as? Int == 1 && rating["alternateName"] as? String == "False")
    #expect(report.warnings.contains { $0.contains("shortened") })
  }

  @Test func labelsWithoutNumbersKeepOnlyTheirName() throws {
    let store = try ExportFixture.reviewedStore()
    try store.recordVerdict(ClaimID(4), label: "misleading")
    let (text, _) = try ExportFixture.export(
      .claimreview, from: store, selection: ExportSelection(verifiedOnly: true), options: options)
    #expect(
      text.contains("\"reviewRating\":{\"@type\":\"Rating\",\"alternateName\":\"Misleading\"}"))
  }

  @Test func claimReviewedIsShortenedAtAWordBoundary() throws {
    let long =
      "Une prime d’équipement pour un budget global de 178 M€ a aussi été annoncée en octobre dernier."
    let short = try #require(ExportText.shortenedIfLong(long, under: 75))
    #expect(short.count < 75)
    #expect(short.hasSuffix("…"))
    #expect(long.hasPrefix(String(short.dropLast())))
    #expect(!short.dropLast().hasSuffix(" "))
  }

  @Test func whitespaceIsCollapsedOnlyWhereThereIsSomeToCollapse() {
    #expect(ExportText.collapsingWhitespace("déjà propre") == "déjà propre")
    #expect(
      ExportText.collapsingWhitespace("  deux\n\nlignes\t et  espaces ") == "deux lignes et espaces"
    )
    #expect(ExportText.collapsingWhitespace(" ") == "")
    #expect(ExportText.collapsingWhitespace("") == "")
    #expect(ExportText.collapsingWhitespace("fin ") == "fin")
    // A no-break space is text, not layout.
    #expect(ExportText.collapsingWhitespace("178\u{A0}M€") == "178\u{A0}M€")
  }

  @Test func shorteningCountsScalarsNotBytes() {
    // 74 accented letters are 148 bytes but stay under a 75-scalar limit.
    let accented = String(repeating: "é", count: 74)
    #expect(ExportText.shortenedIfLong(accented, under: 75) == nil)
    let words = Array(repeating: "électorat", count: 12).joined(separator: " ")
    let short = ExportText.shortenedIfLong(words, under: 75)
    #expect(short == Array(repeating: "électorat", count: 7).joined(separator: " ") + "…")
  }

  @Test func shorteningDropsPunctuationBeforeTheCut() throws {
    let text =
      "Le budget, dit-il, atteint « 178 M€ » ; il progresse. " + String(repeating: "x", count: 80)
    let short = try #require(ExportText.shortenedIfLong(text, under: 75))
    #expect(short == "Le budget, dit-il, atteint « 178 M€ » ; il progresse…")
  }
}
