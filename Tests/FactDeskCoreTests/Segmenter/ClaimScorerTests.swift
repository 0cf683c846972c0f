import FactDeskCore
import Testing

/// Check-worthiness: what raises a sentence's score, what lowers it, and the reasons given.
@Suite struct ClaimScorerTests {
  static func score(_ sentence: String, _ language: Language) -> FoundClaim? {
    Segmenter.segment(sentence, language: language, claimThreshold: 0).claims.first
  }

  @Test(arguments: [
    (
      "Unemployment fell to 4.2% in March, the lowest rate since 1969.", Language.english,
      ["number", "percentage", "date", "statistical language"]
    ),
    (
      "The bridge cost $3.5 million, more than the city had planned.", .english,
      ["number", "amount", "comparison"]
    ),
    (
      "Le budget global atteint 178 M€ en 2020, un record.", .french,
      ["number", "amount", "date", "superlative"]
    ),
    (
      "Le chômage a baissé de 2,3 % parce que l’industrie a embauché.", .french,
      ["number", "percentage", "comparison", "causal language"]
    ),
  ])
  func factualSentencesScoreHighWithReasons(sentence: String, language: Language, reasons: [String])
  {
    let claim = Self.score(sentence, language)
    #expect((claim?.score ?? 0) >= Segmenter.defaultClaimThreshold)
    for reason in reasons { #expect(claim?.reasons.contains(reason) == true, "\(reason)") }
  }

  @Test(arguments: [
    ("Is this really the best we can do?", Language.english),
    ("I think we should be proud of our schools.", .english),
    ("The festival will open next week.", .english),
    ("Il faut valoriser le travail des enseignants.", .french),
    ("Le ministre souhaite une généralisation souhaitable.", .french),
    ("Luce Burnod, journaliste", .french),
  ])
  func opinionsQuestionsAndAnnouncementsScoreLow(sentence: String, language: Language) {
    let claim = Self.score(sentence, language)
    #expect((claim?.score ?? 0) < Segmenter.defaultClaimThreshold)
  }

  @Test func headingsScoreLowerThanTheSameWordsInProse() {
    let heading = "Le budget de 178 M€ en 2020\n\nLe texte suit ici."
    let prose = "Le budget de 178 M€ en 2020 a été voté.\n\nLe texte suit ici."
    let headingScore = Self.score(heading, .french)?.score ?? 1
    let proseScore = Self.score(prose, .french)?.score ?? 0
    #expect(headingScore < proseScore)
    #expect(Self.score(heading, .french)?.reasons.contains("heading") == true)
  }

  @Test func factualQuotesAreClaimsOfTheirSpeaker() {
    let text = "« Nous avons recruté 4 000 enseignants en 2020 », affirme le ministre Jean Dupont."
    let segmentation = Segmenter.segment(text)
    let quoteClaim = segmentation.claims.first { $0.span == segmentation.quotes.first?.span }
    #expect(quoteClaim != nil)
    #expect(quoteClaim?.speaker.map { segmentation.persons[$0].name } == "Jean Dupont")
  }

  @Test func aHigherThresholdReturnsFewerClaims() {
    let text = "Le budget atteint 178 M€. Il a doublé en 2020. Les élèves sont contents."
    let all = Segmenter.segment(text, language: .french, claimThreshold: 0).claims
    let some = Segmenter.segment(text, language: .french, claimThreshold: 0.5).claims
    #expect(all.count == 3)
    #expect(some.count < all.count)
    #expect(some.allSatisfy { $0.score >= 0.5 })
  }
}
