import Foundation
import Testing

@testable import FactDeskCore

/// Loading a file without its raw bytes gives what loading it with them gives, bytes apart
/// (the same article or the same error), whether the file is read straight into the text
/// or takes the usual path.
@Suite struct LoadWithoutRawTests {
  let directory = TemporaryDirectory()

  /// The article, or the load error, as a value to compare.
  private func outcome(_ load: () throws -> CleanArticle) -> Result<CleanArticle, LoadError> {
    do { return .success(try load()) } catch { return .failure(error as! LoadError) }
  }

  private func expectSameArticle(_ path: String) {
    for keepEverything in [false, true] {
      let options = ArticleLoader.Options(keepEverything: keepEverything)
      let expected = outcome { try ArticleLoader.load(path: path, options: options) }.map {
        var article = $0
        article.raw = Data()
        return article
      }
      let actual = outcome { try ArticleLoader.loadWithoutRaw(path: path, options: options) }
      #expect(actual == expected)
    }
  }

  @Test(
    arguments: [
      ("utf8.txt", Array("Bonjour. Il a dit « oui ».\n\nSuite.\r\n".utf8)),
      ("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Bonjour. Il a dit.\n".utf8)),
      ("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" noir. Il a dit.\n".utf8)),
      ("replacement.txt", Array("Un \u{FFFD} ici. « Bien », dit-il.\n".utf8)),
      ("page.txt", Array("<html><body><p>Bonjour. Il a dit « oui ».</p></body></html>".utf8)),
      ("empty.txt", []),
      ("binary.txt", [0x61, 0, 0x62, 0]),
    ] as [(String, [UInt8])])
  func sameOutcomeAsWithRaw(name: String, bytes: [UInt8]) throws {
    expectSameArticle(try directory.file(name, holding: bytes))
  }

  @Test func seedArticleSameAsWithRaw() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/seed-article.txt")
    expectSameArticle(url.path)
  }

  @Test func refusesAFileOverTheLimitBeforeReadingIt() throws {
    let path = try directory.file("large.txt", holding: Array("Bonjour.".utf8))
    #expect(throws: LoadError.tooLarge(source: path, bytes: 8, limit: 4)) {
      try ArticleLoader.loadWithoutRaw(path: path, options: .init(maximumBytes: 4))
    }
  }
}
