import Foundation
import Testing

@testable import FactDeskCore

@Suite struct ArticleJSONTests {
  private func json(_ article: CleanArticle) throws -> [String: Any] {
    var writer = JSONWriter()
    writer.beginObject()
    ArticleJSON.write(article, into: &writer)
    writer.key("extra")
    writer.bool(true)
    writer.endObject()
    let object = try JSONSerialization.jsonObject(with: Data(writer.bytes))
    return try #require(object as? [String: Any])
  }

  @Test func writesTheMembersOfAnOpenObject() throws {
    let text = "Titre\n\nPremier « paragraphe »\u{202F}: \"cité\" \\ fin.\n\nDeuxième 🙂 ligne."
    let article = try ArticleLoader.load(
      data: Data(text.utf8), source: "a.txt", options: .init(keepEverything: true))
    let object = try json(article)
    #expect(object["text"] as? String == text)
    #expect(object["source"] as? String == "a.txt")
    #expect(object["language"] as? String == article.metadata.language.rawValue)
    #expect(object["published"] is NSNull)
    #expect(object["extra"] as? Bool == true)
    for key in [
      "title", "authors", "site", "paragraphs", "removed", "references", "warnings", "sha256",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    // Offsets count Unicode scalars: the emoji is one.
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    let scalars = Array(text.unicodeScalars)
    let texts = paragraphs.map { paragraph -> String in
      let start = paragraph["start"] as! Int
      let end = paragraph["end"] as! Int
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      return String(view)
    }
    #expect(
      texts == ["Titre", "Premier « paragraphe »\u{202F}: \"cité\" \\ fin.", "Deuxième 🙂 ligne."])
    #expect(paragraphs.allSatisfy { $0["role"] as? String == "body" })
  }

  @Test func listsRemovedPartsWithReasons() throws {
    let article = try ArticleLoader.load(path: SeedArticleTests.fixture.path)
    let object = try json(article)
    let removed = try #require(object["removed"] as? [[String: String]])
    #expect(
      removed.contains {
        $0["text"] == "Une erreur est survenue !" && $0["reason"] == "error message"
      })
    #expect(object["authors"] as? [String] == ["Luce Burnod"])
  }

  @Test func writesIntegersWithoutRecursion() {
    var writer = JSONWriter()
    writer.beginArray()
    for value in [0, 7, 10, -5, 1_234_567, Int.max, Int.min] { writer.int(value) }
    writer.endArray()
    #expect(
      writer.text == "[0,7,10,-5,1234567,9223372036854775807,-9223372036854775808]")
  }

  @Test func escapesEverySpecialByteWhereverItFallsInAWord() throws {
    let specials: [Character] = ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "é", "«", "🙂"]
    for length in 0..<20 {
      for position in 0..<max(1, length) {
        for special in specials {
          var characters = Array(repeating: Character("a"), count: length)
          if length > 0 { characters[position] = special }
          let text = String(characters) + "~ ! 0x7F\u{7F} end"
          var writer = JSONWriter()
          writer.string(text)
          let decoded = try JSONDecoder().decode(String.self, from: Data(writer.bytes))
          #expect(decoded == text)
        }
      }
    }
  }
}
