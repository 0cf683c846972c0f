import Foundation
import Testing

@testable import FactDeskCore

/// The first article factdesk must handle: a French dispatch scraped as plain text, with a
/// cookie banner, a subscription form, error messages and a contact box around the body.
@Suite struct SeedArticleTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/seed-raw.txt")

  private func loadSeed() throws -> CleanArticle {
    try ArticleLoader.load(path: Self.fixture.path)
  }

  private func paragraphs(_ article: CleanArticle, _ role: ParagraphRole) -> [String] {
    article.paragraphs.filter { $0.role == role }.map { article.text.text(in: $0.span) }
  }

  @Test func findsTitleAuthorAndLanguage() throws {
    let article = try loadSeed()
    #expect(
      article.metadata.title
        == "Numérique\u{A0}: \"Il faut permettre une alliance entre l’Éducation nationale et les entreprises de la filière\" (J-M Blanquer)"
    )
    #expect(article.metadata.authors == ["Luce Burnod"])
    #expect(article.metadata.language == .french)
    #expect(article.metadata.published == nil)
    #expect(article.metadata.site == "AEF info")
    #expect(article.sha256 == "5841bd3b750b72bb33b296bf3e856338b654961c270ea368379c96674c405fe4")
  }

  @Test func keepsExactlyTheBodyParagraphs() throws {
    let article = try loadSeed()
    let source = try String(contentsOf: Self.fixture, encoding: .utf8)
    let lines = source.split(separator: "\n").map(String.init)
    let expectedStarts = [
      "Les États généraux du numérique pour l’éducation constituent",
      "Concernant la question de la gouvernance du numérique éducatif",
      "Dans le cadre de cette expérimentation, des équipements",
      "Autre aspect de la dimension sociale de la fracture numérique",
      "La tenue à distance de ces États généraux",
      "Le ministre laisse entendre que les projets évoqués",
      "S’agissant des entreprises françaises de edtech",
      "Sous réserve que ces outils soient \"labellisés\"",
    ]
    let expected = expectedStarts.map { start in lines.first { $0.hasPrefix(start) }! }
    #expect(paragraphs(article, .body) == expected)
  }

  @Test func marksHeadlineSubheadingsCaptionAndByline() throws {
    let article = try loadSeed()
    #expect(paragraphs(article, .headline).count == 1)
    #expect(
      paragraphs(article, .subheading) == [
        "le matériel des enseignants, à l’ordre du jour du grenelle",
        "Une \"Nouvelle étape\" pour \"Poitiers capitale du numérique\"",
        "Faire de l’Éducation nationale un \"tremplin\" pour les edtechs françaises",
      ])
    #expect(
      paragraphs(article, .caption) == [
        "Jean-Michel Blanquer, ministre de l’Éducation nationale, de la Jeunesse et des Sports Droits réservés - DR - Philippe DEVERNAY/MENJS"
      ])
    #expect(paragraphs(article, .byline) == ["Luce Burnod, journaliste"])
    #expect(article.paragraphs.first?.role == .headline)
  }

  @Test func leavesNoBoilerplateInTheText() throws {
    let article = try loadSeed()
    let furniture = [
      "cookies", "Continuer sans accepter", "Revenir en haut", "Tester AEF info",
      "Champs obligatoires", "mot de passe", "Une erreur est survenue", "service.clients",
      "à lire aussi", "Fermer", "Vous souhaitez contacter", "Merci !", "Valider",
      "adresse e-mail", "Thématiques", "Se connecter", "Bonjour",
    ]
    for phrase in furniture {
      #expect(!article.text.contains(phrase), "\(phrase) survived")
    }
    let reasons = Set(article.removed.map(\.reason))
    for reason in ["cookie banner", "form", "error message", "read-also", "contact", "navigation"] {
      #expect(reasons.contains(reason), "no part removed as \(reason)")
    }
  }

  @Test func recordsCrossReferencesWithoutRemovingThem() throws {
    let article = try loadSeed()
    #expect(article.references.count == 8)
    for reference in article.references {
      #expect(article.text.text(in: reference) == "(lire sur AEF info)")
    }
  }

  @Test func paragraphsTileTheTextWithBlankLines() throws {
    let article = try loadSeed()
    var expectedStart = 0
    for paragraph in article.paragraphs {
      #expect(paragraph.span.start == expectedStart)
      expectedStart = paragraph.span.end + 2
    }
    #expect(expectedStart - 2 == article.text.unicodeScalars.count)
  }
}
