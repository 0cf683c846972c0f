import FactDeskCore
import Foundation

/// A store holding two small French articles with claims, a quote and its speaker, built
/// through the Store API as the segmenter will.
struct ReviewFixture {
  let directory = TemporaryDirectory()
  let store: Store
  let first: ArticleID
  let second: ArticleID

  static let claire = ChangeContext(editor: "claire", command: "test")
  static let bruno = ChangeContext(editor: "bruno", command: "test")

  static let firstText =
    "Plan numérique\n\nLe budget de l'équipement atteint 178 M€ selon Jean-Michel Blanquer. "
    + "« Il faut certifier ces connaissances », estime le ministre."
  static let secondText =
    "Autre article\n\nJean-Michel Blanquer annonce 178 M€ pour l'équipement des collèges. "
    + "La pluie tombe sur Paris."

  init() throws {
    store = try Store(path: directory.path("review.db"))
    first = try Self.load(Self.firstText, number: 1, into: store)
    second = try Self.load(Self.secondText, number: 2, into: store)
  }

  /// c1, c2… in load order: the first sentence of each body, plus the second of article 2.
  private static func load(_ text: String, number: Int, into store: Store) throws -> ArticleID {
    var article = SampleArticles.article(text, source: "article\(number).txt")
    article.sha256 = String(format: "%064x", number)
    let scalars = Array(text.unicodeScalars)
    func span(of part: String) -> TextSpan {
      let needle = Array(part.unicodeScalars)
      for start in 0...(scalars.count - needle.count)
      where Array(scalars[start..<start + needle.count]) == needle {
        return TextSpan(start: start, end: start + needle.count)
      }
      fatalError("\(part) not in text")
    }
    var segmentation = Segmentation(language: .french)
    if number == 1 {
      let sentence = span(
        of: "Le budget de l'équipement atteint 178 M€ selon Jean-Michel Blanquer.")
      segmentation.sentences = [
        sentence, span(of: "« Il faut certifier ces connaissances », estime le ministre."),
      ]
      segmentation.persons = [
        FoundPerson(
          name: "Jean-Michel Blanquer", role: "ministre",
          mentions: [span(of: "Jean-Michel Blanquer")]),
        FoundPerson(name: "le ministre", mentions: [span(of: "le ministre")]),
      ]
      segmentation.quotes = [
        FoundQuote(
          span: span(of: "Il faut certifier ces connaissances"), kind: .direct, speaker: 1,
          cue: "estime")
      ]
      segmentation.claims = [
        FoundClaim(
          span: span(of: "Le budget de l'équipement atteint 178 M€"), score: 0.9,
          reasons: ["amount", "attributed"], speaker: 0)
      ]
    } else {
      segmentation.claims = [
        FoundClaim(
          span: span(of: "Jean-Michel Blanquer annonce 178 M€ pour l'équipement des collèges."),
          score: 0.8, reasons: ["amount"]),
        FoundClaim(span: span(of: "La pluie tombe sur Paris."), score: 0.2, reasons: []),
      ]
    }
    return try store.add(article, segmentation: segmentation, context: SampleArticles.context).id
  }

  let c1 = ClaimID(1)
  let c2 = ClaimID(2)
  let c3 = ClaimID(3)
  let q1 = QuoteID(1)
  let p1 = PersonID(1)
  let p2 = PersonID(2)
}
