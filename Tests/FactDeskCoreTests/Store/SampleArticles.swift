import FactDeskCore
import Foundation

/// Small articles built by hand, for store tests that do not exercise loading.
enum SampleArticles {
  static func article(_ text: String, title: String = "Titre", source: String = "sample.txt")
    -> CleanArticle
  {
    var paragraphs: [CleanArticle.Paragraph] = []
    var offset = 0
    for (index, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
      let length = paragraph.unicodeScalars.count
      paragraphs.append(
        .init(
          span: TextSpan(start: offset, end: offset + length), role: index == 0 ? .headline : .body)
      )
      offset += length + 2
    }
    return CleanArticle(
      source: source, raw: Data(text.utf8),
      sha256: String(repeating: "0", count: 63) + "\(text.count % 10)",
      text: text, paragraphs: paragraphs,
      metadata: ArticleMetadata(title: title, authors: ["Luce Burnod"], language: .french))
  }

  static func unique(_ number: Int) -> CleanArticle {
    var article = article("Titre \(number)\n\nLe budget atteint \(number) M€.")
    article.sha256 = String(format: "%064x", number)
    return article
  }

  static let context = ChangeContext(editor: "claire", command: "load sample.txt")
}
