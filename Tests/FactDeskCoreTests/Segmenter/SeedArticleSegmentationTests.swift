import FactDeskCore
import Foundation
import Testing

/// The seed article, read closely: every quote with its kind and speaker, the people, and
/// the claims a fact-checker would pick. Fixtures/seed-article.txt is the clean body a
/// reader sees (headline, paragraphs, subheadings, photo caption, byline).
@Suite struct SeedArticleSegmentationTests {
  static let blanquer = "Jean-Michel Blanquer"

  static let goldQuotes: [(text: String, kind: QuoteKind, speaker: String?)] = [
    (
      "Il faut permettre une alliance entre l’Éducation nationale et les entreprises de la filière",
      .direct, blanquer
    ),
    ("une étape pour voir ce qui a été fait", .partial, blanquer),
    ("se projeter dans le futur", .partial, blanquer),
    ("prospective", .partial, blanquer),
    (
      "il est important qu’on se revoie pour façonner les priorités du ministère", .partial,
      blanquer
    ),
    (
      "co-construction avec l’ensemble des institutions, les collectivités territoriales et locales",
      .partial, blanquer
    ),
    ("Territoires numériques éducatifs", .term, nil),
    ("avoir des formules de gouvernance impliquant tous les acteurs", .partial, blanquer),
    ("prime d’équipement", .term, nil),
    ("systématisation de l’enseignement de la programmation", .partial, blanquer),
    ("une vraie culture informatique et numérique", .partial, blanquer),
    ("Il faut aussi certifier ces connaissances", .direct, blanquer),
    ("une généralisation sur deux ans souhaitable", .partial, blanquer),
    ("Nouvelle étape", .term, nil),
    ("Poitiers capitale du numérique", .term, nil),
    (
      "passer à une nouvelle étape de 'Poitiers capitale du numérique', avec un 'mall' numérique de l’Éducation nationale",
      .partial, blanquer
    ),
    ("Poitiers capitale du numérique", .term, nil),
    ("mall", .term, nil),
    ("e-Inspé", .term, nil),
    ("tremplin", .term, nil),
    ("tremplin", .term, nil),
    (
      "il faut permettre une alliance entre l’Éducation nationale et les entreprises de la filière pour faire avancer les objectifs qu’on se fixe",
      .partial, blanquer
    ),
    ("labellisés", .partial, blanquer),
    ("valoriser le travail des enseignants", .partial, blanquer),
    (
      "leur permettre une liberté d’action tout en garantissant la protection des données",
      .partial, blanquer
    ),
  ]

  /// Sentences (by their opening words) a fact-checker would check, and sentences that
  /// must not be offered: headings, caption, byline, opinions and wishes.
  static let checkWorthy = [
    "Les États généraux du numérique pour l’éducation constituent",
    "Dans le cadre de cette expérimentation, des équipements sont fournis",
    "Une \"prime d’équipement\" pour un budget global de 178\u{A0}M€",
    "Les cursus scolaires prévoient",
  ]
  static let notCheckWorthy = [
    "Numérique", "Jean-Michel Blanquer, ministre", "le matériel des enseignants",
    "Une \"Nouvelle étape\"", "Faire de l’Éducation nationale", "Luce Burnod",
    "Ainsi, souligne Jean-Michel Blanquer à la communauté", "\"Il faut aussi certifier",
    "S’agissant des entreprises", "Sous réserve que ces outils",
  ]

  static func article() throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/seed-article.txt")
    return try String(contentsOf: url, encoding: .utf8)
  }

  @Test func findsTheQuotesWithTheirSpansKindsAndSpeakers() throws {
    let text = try Self.article()
    let segmentation = Segmenter.segment(text)
    #expect(segmentation.language == .french)
    let scalars = ScalarText(text)
    let found = segmentation.quotes.map {
      (text: scalars[$0.span], kind: $0.kind, speaker: segmentation.speakerName(of: $0))
    }
    var rightSpan = 0
    var rightSpeaker = 0
    var rightKind = 0
    var unmatched = found
    for gold in Self.goldQuotes {
      guard let index = unmatched.firstIndex(where: { $0.text == gold.text }) else {
        Issue.record("quote not found: \(gold.text)")
        continue
      }
      let quote = unmatched.remove(at: index)
      rightSpan += 1
      if quote.speaker == gold.speaker { rightSpeaker += 1 }
      if quote.kind == gold.kind { rightKind += 1 }
      #expect(quote.speaker == gold.speaker, "speaker of \(gold.text)")
      #expect(quote.kind == gold.kind, "kind of \(gold.text)")
    }
    #expect(unmatched.isEmpty, "quotes not in the gold: \(unmatched.map(\.text))")
    let total = Double(Self.goldQuotes.count)
    #expect(Double(rightSpan) / total >= 0.9)
    #expect(Double(rightSpeaker) / total >= 0.9)
    // Every partial quote of the minister is his.
    for (gold, quote) in zip(Self.goldQuotes, found) where gold.kind == .partial {
      #expect(quote.speaker == Self.blanquer, "\(quote.text)")
    }
  }

  @Test func mergesTheMinisterIntoOnePersonWithHisRole() throws {
    let segmentation = Segmenter.segment(try Self.article())
    let blanquers = segmentation.persons.filter { $0.name.hasSuffix("Blanquer") }
    #expect(blanquers.count == 1)
    #expect(blanquers.first?.name == Self.blanquer)
    #expect(blanquers.first?.role == "ministre de l’Éducation nationale")
    #expect((blanquers.first?.mentions.count ?? 0) >= 8)
  }

  @Test func attributesTheSecretaryOfStatesIndirectSpeech() throws {
    let text = try Self.article()
    let segmentation = Segmenter.segment(text, language: nil, claimThreshold: 0)
    let scalars = ScalarText(text)
    let elimas = segmentation.claims.filter {
      scalars[$0.span].hasPrefix("L’équipement des enseignements doit")
        || scalars[$0.span].hasPrefix("Dans le cadre de cette expérimentation")
    }
    #expect(elimas.count == 2)
    for claim in elimas {
      #expect(claim.speaker.map { segmentation.persons[$0].name } == "Nathalie Elimas")
    }
  }

  @Test func offersTheFactualSentencesAsClaims() throws {
    let text = try Self.article()
    let segmentation = Segmenter.segment(text)
    let scalars = ScalarText(text)
    let claims = segmentation.claims.map { scalars[$0.span] }
    for opening in Self.checkWorthy {
      #expect(claims.contains { $0.hasPrefix(opening) }, "missing claim: \(opening)")
    }
    for opening in Self.notCheckWorthy {
      #expect(!claims.contains { $0.hasPrefix(opening) }, "not a claim: \(opening)")
    }
    for claim in segmentation.claims {
      #expect(claim.score >= Segmenter.defaultClaimThreshold && claim.score <= 1)
      #expect(!claim.reasons.isEmpty)
    }
  }
}
