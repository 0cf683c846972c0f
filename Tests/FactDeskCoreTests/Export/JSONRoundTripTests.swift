import Foundation
import Testing

@testable import FactDeskCore

@Suite struct JSONRoundTripTests {
  let context = ChangeContext(editor: "marc", command: "import export.json")

  @Test func exportImportExportIsIdentical() throws {
    let store = try ExportFixture.reviewedStore()
    let (first, _) = try ExportFixture.export(.json, from: store)
    let copy = try Store.inMemory()
    let report = try copy.importJSON(Array(first.utf8), context: context)
    #expect(report.articles == [ArticleID(1)])
    let (second, _) = try ExportFixture.export(.json, from: copy)
    #expect(first == second)
  }

  @Test func importIntoAStoreWithDataRemapsEveryID() throws {
    let source = try ExportFixture.reviewedStore()
    let (exported, _) = try ExportFixture.export(.json, from: source)
    let target = try Store.inMemory()
    for number in 1...3 {
      _ = try target.add(
        SampleArticles.unique(number),
        segmentation: Segmenter.segment(SampleArticles.unique(number).text, language: .french),
        context: SampleArticles.context)
    }
    let claimsBefore = try target.claims(in: nil).count
    let report = try target.importJSON(Array(exported.utf8), context: context)
    #expect(report.articles == [ArticleID(4)])
    let imported = try target.claims(in: ArticleID(4))
    #expect(imported.count == (try source.claims(in: ArticleID(1)).count))
    #expect(try target.claims(in: nil).count == claimsBefore + imported.count)
    // Every relation follows: verdicts, sources, tags, notes, links, speakers.
    let (again, _) = try ExportFixture.export(
      .json, from: target, selection: ExportSelection(articles: [ArticleID(4)]))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(again.utf8)) as? [String: Any])
    let article = try #require((object["articles"] as? [[String: Any]])?.first)
    let claims = try #require(article["claims"] as? [[String: Any]])
    let verified = claims.filter { !($0["verdict"] is NSNull) }
    #expect(verified.count == 2)
    let falseClaim = try #require(
      claims.first { ($0["tags"] as? [String]) == ["budget", "education"] })
    #expect((falseClaim["sources"] as? [[String: Any]])?.count == 1)
    #expect((falseClaim["notes"] as? [[String: Any]])?.count == 1)
    let links = try #require(article["links"] as? [[String: Any]])
    #expect(links.count == 2)
    let claimIDs = Set(claims.compactMap { $0["id"] as? String })
    for link in links {
      #expect(claimIDs.contains(link["from"] as? String ?? ""))
    }
    let persons = Set(
      (article["persons"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    for claim in claims {
      if let speaker = claim["speaker"] as? String { #expect(persons.contains(speaker)) }
    }
    #expect(claims.allSatisfy { ($0["id"] as? String) != "c1" })
  }

  @Test func theSameArticleTwiceIsRefusedAndNothingLands() throws {
    let store = try ExportFixture.reviewedStore()
    let (exported, _) = try ExportFixture.export(.json, from: store)
    let events = try store.eventCount()
    #expect(throws: ImportError.self) {
      try store.importJSON(Array(exported.utf8), context: context)
    }
    #expect(try store.eventCount() == events)
  }

  @Test func malformedJSONNamesTheLine() throws {
    let store = try Store.inMemory()
    let text = "{\"format\": \"factdesk\",\n \"version\": 1,\n \"articles\": [,]}"
    do {
      _ = try store.importJSON(Array(text.utf8), context: context)
      Issue.record("malformed JSON was accepted")
    } catch let error as ImportError {
      #expect(error.line == 3)
    }
  }

  @Test func foreignJSONIsRefused() throws {
    let store = try Store.inMemory()
    #expect(throws: ImportError.self) {
      try store.importJSON(Array("{\"type\": \"AnnotationCollection\"}".utf8), context: context)
    }
  }

  @Test func newerVersionIsRefused() throws {
    let store = try Store.inMemory()
    do {
      _ = try store.importJSON(
        Array("{\"format\":\"factdesk\",\n\"version\":2,\"articles\":[]}".utf8), context: context)
      Issue.record("a newer version was accepted")
    } catch let error as ImportError {
      #expect(error.line == 2 && error.field == "version")
      #expect(error.description.contains("newer factdesk"))
    }
  }

  @Test func aWrongFieldIsNamedAndNothingIsImported() throws {
    let store = try ExportFixture.reviewedStore()
    let (exported, _) = try ExportFixture.export(.json, from: store)
    let broken = exported.replacingOccurrences(of: "\"start\":", with: "\"start\":\"x\",\"was\":")
    let empty = try Store.inMemory()
    do {
      _ = try empty.importJSON(Array(broken.utf8), context: context)
      Issue.record("a wrong field was accepted")
    } catch let error as ImportError {
      #expect(error.field.hasPrefix("articles[0].paragraphs[0].start"))
      #expect(error.message == "expected an integer")
      #expect(error.line >= 1)
    }
    #expect(try empty.articleSummaries().isEmpty)
    #expect(try empty.eventCount() == 0)
  }
}
