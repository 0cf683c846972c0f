import Foundation
import Testing

@testable import FactDeskCore

@Suite struct TextDecodingTests {
  private func load(_ bytes: [UInt8], name: String = "article.txt") throws -> CleanArticle {
    try ArticleLoader.load(
      data: Data(bytes), source: name, options: .init(keepEverything: true))
  }

  @Test func readsUTF8AsIs() throws {
    let article = try load(Array("Élève « cité »\u{202F}!".utf8))
    #expect(article.text == "Élève « cité »\u{202F}!")
    #expect(article.warnings.isEmpty)
  }

  @Test func dropsAUTF8ByteOrderMark() throws {
    let article = try load([0xEF, 0xBB, 0xBF] + Array("Déjà".utf8))
    #expect(article.text == "Déjà")
    #expect(article.warnings.isEmpty)
  }

  @Test func readsUTF16WithAByteOrderMark() throws {
    let units = Array("Noël".utf16)
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try load(bytes).text == "Noël")
  }

  @Test func recognisesHTMLInUTF16() throws {
    let page =
      "<html><body><p>Le ministre a présenté son budget devant les députés, qui l'ont critiqué.</p></body></html>"
    let bytes: [UInt8] =
      [0xFF, 0xFE] + Array(page.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let article = try ArticleLoader.load(data: Data(bytes), source: "page")
    #expect(
      article.text == "Le ministre a présenté son budget devant les députés, qui l'ont critiqué.")
  }

  @Test func fallsBackToWindows1252WithAWarning() throws {
    // "L'élève a dit « ça coûte 5 € »" in Windows-1252, with a curly apostrophe (0x92).
    let bytes: [UInt8] =
      [0x4C, 0x92, 0xE9, 0x6C, 0xE8, 0x76, 0x65, 0x20, 0xAB, 0x20, 0xE7, 0x61, 0x20, 0x35, 0x20]
      + [0x80, 0x20, 0xBB]
    let article = try load(bytes)
    #expect(article.text == "L’élève « ça 5 € »")
    #expect(article.warnings.contains { $0.contains("Windows-1252") })
  }

  @Test func replacesBrokenBytesInUTF8AndSaysSo() throws {
    let bytes = Array("Le café coûte ".utf8) + [0xFF] + Array(" très cher, déjà.".utf8)
    let article = try load(bytes)
    #expect(article.text == "Le café coûte \u{FFFD} très cher, déjà.")
    #expect(article.warnings == ["1 invalid UTF-8 sequence(s) replaced by U+FFFD"])
  }

  @Test func honoursAnHTMLMetaCharset() throws {
    let page = """
      <html><head><meta charset="windows-1252"></head><body><article><h1>Budget</h1>
      <p>Le ministre a pr\u{E9}sent\u{E9} son budget pour l'ann\u{E9}e prochaine devant les
      d\u{E9}put\u{E9}s, qui l'ont critiqu\u{E9} pendant toute la s\u{E9}ance du soir.</p>
      </article></body></html>
      """
    let bytes = page.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    let article = try ArticleLoader.load(data: Data(bytes), source: "page.html")
    #expect(article.text.contains("a présenté son budget"))
    #expect(article.warnings.isEmpty)
  }

  @Test func decodesOtherDeclaredCharsets() throws {
    // "Москва" in Windows-1251.
    let head = Array("<html><head><meta charset=\"windows-1251\"></head><body><p>".utf8)
    let body: [UInt8] = [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]
    let article = try ArticleLoader.load(
      data: Data(head + body + Array("</p></body></html>".utf8)), source: "ru.html",
      options: .init(keepEverything: true))
    #expect(article.text == "Москва")
  }

  @Test func turnsCRLFAndLoneCRIntoLF() throws {
    let article = try load(Array("Un\r\ndeux\rtrois\r\n\r\nquatre".utf8))
    #expect(article.text == "Un\ndeux\ntrois\n\nquatre")
    #expect(
      article.paragraphs.map(\.span) == [TextSpan(start: 0, end: 13), TextSpan(start: 15, end: 21)])
  }

  @Test func keepsNoBreakSpacesAndCountsScalars() throws {
    let article = try load(
      Array("« Oui\u{202F}», dit-il.\n\n\n  Deuxième\u{A0}paragraphe  \n".utf8))
    #expect(article.text.contains("\u{202F}"))
    let spans = article.paragraphs.map(\.span)
    #expect(spans.count == 2)
    #expect(article.text.text(in: spans[1]) == "Deuxième\u{A0}paragraphe")
  }

  @Test func hashesTheRawBytes() throws {
    let article = try load([0xEF, 0xBB, 0xBF] + Array("abc".utf8))
    #expect(article.sha256 == SHA256.hex(of: Data([0xEF, 0xBB, 0xBF] + Array("abc".utf8))))
    #expect(article.raw.count == 6)
  }
}
