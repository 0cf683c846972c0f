import Foundation
import Testing

@testable import FactDeskCore

@Suite struct W3CExportTests {
  @Test func annotationsCarryBothSelectorsInCodePoints() throws {
    let store = try ExportFixture.reviewedStore()
    let (text, report) = try ExportFixture.export(.w3c, from: store)
    let collection = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(collection["type"] as? String == "AnnotationCollection")
    let page = try #require(collection["first"] as? [String: Any])
    let items = try #require(page["items"] as? [[String: Any]])
    #expect(items.count == report.claims + report.quotes)
    #expect(collection["total"] as? Int == items.count)
    let article = try store.article(ArticleID(1))
    let scalars = ScalarText(article.text)
    for item in items {
      let target = try #require(item["target"] as? [String: Any])
      let selectors = try #require(target["selector"] as? [[String: Any]])
      let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
      let position = try #require(
        selectors.first { $0["type"] as? String == "TextPositionSelector" })
      let span = TextSpan(start: position["start"] as! Int, end: position["end"] as! Int)
      #expect(scalars[span] == quote["exact"] as? String)
      #expect((quote["prefix"] as? String)?.unicodeScalars.count ?? 99 <= 32)
      #expect((quote["suffix"] as? String)?.unicodeScalars.count ?? 99 <= 32)
    }
    let c4 = try #require(items.first { ($0["id"] as? String)?.hasSuffix("/c4") == true })
    let motivations = try #require(c4["motivation"] as? [String])
    #expect(Set(motivations) == ["assessing", "tagging", "commenting", "linking"])
  }

  @Test func everyAnnotationPassesTheW3CTestSuite() throws {
    guard let validator = W3CValidator.locate() else {
      print("skipped: W3C validator not found ($FACTDESK_EVAL_DIR or ../shared/eval)")
      return
    }
    guard W3CValidator.pythonHasJSONSchema() else {
      print("skipped: python3 with the jsonschema package is not available")
      return
    }
    let store = try ExportFixture.reviewedStore()
    let (text, _) = try ExportFixture.export(.w3c, from: store)
    let directory = TemporaryDirectory()
    let path = directory.path("annotations.json")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let (status, output) = try W3CValidator.run(["python3", validator, path])
    #expect(status == 0, "\(output)")
    #expect(output.contains(" passed, 0 failed"))
  }
}

/// The W3C Web Annotation checker shipped with the shared evaluation data.
enum W3CValidator {
  static func locate() -> String? {
    guard let script = EvalData.directory?.appendingPathComponent("w3c-annotation/validate.py"),
      FileManager.default.fileExists(atPath: script.path)
    else { return nil }
    return script.path
  }

  static func pythonHasJSONSchema() -> Bool {
    (try? run(["python3", "-c", "import jsonschema"]).0) == 0
  }

  static func run(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

@Suite struct AnnotationImportTests {
  let context = ChangeContext(editor: "marc", command: "import annotations.json")

  @Test func reviewedAnnotationsReanchorOnTheSameArticleElsewhere() throws {
    let reviewed = try ExportFixture.reviewedStore()
    let (annotations, _) = try ExportFixture.export(.w3c, from: reviewed)
    let fresh = try ExportFixture.loadedStore()
    let root = try JSONDocumentParser.parse(Array(annotations.utf8))
    #expect(Store.isWebAnnotation(root))
    let report = try fresh.importAnnotations(root, context: context)
    #expect(report.orphans.isEmpty)
    #expect(report.verdicts == 2 && report.newClaims == 0)
    let claims = try fresh.claims(in: ArticleID(1))
    #expect(claims.first { $0.id == ClaimID(4) }?.verdict == "false")
    #expect(claims.first { $0.id == ClaimID(1) }?.verdict == "mostly-true")
    let (csv, _) = try ExportFixture.export(.csv, from: fresh)
    #expect(csv.contains("https://www.education.gouv.fr/budget"))
    #expect(csv.contains("budget; education"))
    // A quote's tags and a claim's notes travel too.
    #expect(try fresh.tags(of: .quote(QuoteID(1))) == ["ministre"])
    #expect(
      try fresh.notes(on: .claim(ClaimID(4))).map(\.text).contains(
        "<script>alert('x')</script> & \"quotes\""))
  }

  @Test func movedTextIsFoundByItsQuoteAndLostTextIsAnOrphan() {
    let text = Array(
      "Avant. Le budget atteint 178 M€. Après. Le budget atteint 178 M€ !".unicodeScalars)
    let exact = Array("Le budget atteint 178 M€".unicodeScalars)
    let span = AnnotationAnchor.locate(
      exact: exact, prefix: Array("Après. ".unicodeScalars), suffix: Array(" !".unicodeScalars),
      hint: TextSpan(start: 0, end: 24), in: text)
    #expect(span == TextSpan(start: 40, end: 64))
    #expect(
      AnnotationAnchor.locate(
        exact: Array("200 M€".unicodeScalars), prefix: [], suffix: [], hint: nil, in: text) == nil)
  }

  @Test func annotationsForAnUnknownArticleAreOrphans() throws {
    let reviewed = try ExportFixture.reviewedStore()
    let (annotations, _) = try ExportFixture.export(.w3c, from: reviewed)
    let empty = try Store.inMemory()
    let report = try empty.importAnnotations(
      try JSONDocumentParser.parse(Array(annotations.utf8)), context: context)
    #expect(report.anchored == 0 && !report.orphans.isEmpty)
  }
}
