import Foundation
import Testing

@testable import FactDeskCore

/// Plain-text articles other than the seed: an English page scraped with its menus, share
/// buttons, an ad label and a newsletter form, and a hard-wrapped French text.
@Suite struct ScrapedTextTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  private func texts(_ article: CleanArticle, _ role: ParagraphRole) -> [String] {
    article.paragraphs.filter { $0.role == role }.map { article.text.text(in: $0.span) }
  }

  @Test func cleansAnEnglishPage() throws {
    let article = try ArticleLoader.load(
      path: Self.fixtures.appendingPathComponent("english-scraped.txt").path)
    #expect(
      article.metadata.title
        == "Senate passes $1.2 trillion spending bill hours before shutdown deadline")
    #expect(article.metadata.authors == ["Jane Doe", "John Roe"])
    #expect(article.metadata.published == "2019-11-19")
    #expect(article.metadata.language == .english)
    #expect(texts(article, .body).count == 5)
    #expect(texts(article, .subheading) == ["What happens next"])
    for phrase in [
      "Skip to", "Sign in", "Subscribe", "Share this", "Facebook", "Advertisement", "newsletter",
      "cookies", "All rights", "Read more", "Trump signs",
    ] {
      #expect(!article.text.contains(phrase), "\(phrase) survived")
    }
  }

  @Test func keepsHardWrappedParagraphsTogether() throws {
    let text = """
      Le conseil municipal a voté lundi soir le budget de la ville pour l'année
      prochaine, après un débat de plus de trois heures entre la majorité et
      l'opposition, qui a dénoncé une hausse des impôts locaux.

      Selon le maire, cette hausse est la seule façon de financer la rénovation
      des écoles et la construction d'une nouvelle piscine, promise depuis des
      années aux habitants du quartier nord.
      """
    let article = try ArticleLoader.load(data: Data(text.utf8), source: "wrapped.txt")
    #expect(article.paragraphs.count == 2)
    #expect(article.paragraphs.allSatisfy { $0.role == .body })
    #expect(article.text == text)
  }
}
