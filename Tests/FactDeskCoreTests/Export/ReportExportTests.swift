import Foundation
import Testing

@testable import FactDeskCore

@Suite struct ReportExportTests {
  @Test func csvHasOneQuotedRowPerClaimWithCRLF() throws {
    let store = try ExportFixture.reviewedStore()
    let (text, report) = try ExportFixture.export(.csv, from: store)
    let claims = try store.claims(in: nil)
    #expect(report.claims == claims.count)
    let records = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(records.first?.hasPrefix("article,claim,status,verdict") == true)
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    #expect(text.contains("a1,c4,verified,false,1,"))
  }

  @Test func csvNeutralisesFormulasAndQuotesFields() {
    #expect(CSVExporter.cell("=SUM(A1)") == "'=SUM(A1)")
    #expect(CSVExporter.cell("+33 1 23") == "'+33 1 23")
    #expect(CSVExporter.cell("-1") == "'-1")
    #expect(CSVExporter.cell("@cmd") == "'@cmd")
    #expect(CSVExporter.cell("\tx") == "'\tx")
    #expect(CSVExporter.cell("a,b") == "\"a,b\"")
    #expect(CSVExporter.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVExporter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVExporter.cell("two\nlines") == "\"two\nlines\"")
    #expect(CSVExporter.cell("plain") == "plain")
  }

  @Test func csvNoteWithAFormulaIsNeutralisedInTheFile() throws {
    let store = try ExportFixture.reviewedStore()
    let (text, _) = try ExportFixture.export(.csv, from: store)
    #expect(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")"))
  }

  @Test func csvByteOrderMarkOnRequest() throws {
    let store = try ExportFixture.reviewedStore()
    let memory = MemoryDestination()
    _ = try store.export(
      .csv, selection: ExportSelection(), options: ExportOptions(byteOrderMark: true), to: memory)
    #expect(memory.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
  }

  @Test func markdownReportsVerdictSpeakerEvidenceAndWho() throws {
    let store = try ExportFixture.reviewedStore()
    let (text, _) = try ExportFixture.export(
      .markdown, from: store, selection: ExportSelection(verifiedOnly: true))
    #expect(text.contains("### c4: False"))
    #expect(text.contains("- Verified by marc on 2026-01-15T10:00:00Z"))
    #expect(text.contains("- Evidence: [Budget 2021](<https://www.education.gouv.fr/budget>)"))
    #expect(text.contains("- Speaker: Jean-Michel Blanquer"))
    #expect(text.contains("\\<script\\>"))
    #expect(!text.contains("### c2"))
    #expect(text.contains("| False | 1 |") && text.contains("| Mostly true | 1 |"))
  }

  @Test func htmlEscapesNotesAndArticleText() throws {
    let store = try ExportFixture.reviewedStore()
    let (text, _) = try ExportFixture.export(.html, from: store)
    #expect(!text.contains("<script>"))
    #expect(
      text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    #expect(text.contains("<html lang=\"en\">"))
    #expect(text.contains("<mark"))
    #expect(text.contains("Verdict: False"))
    #expect(!text.contains("http://") || !text.contains("<link"))
    #expect(!text.contains("<script"))
  }

  @Test func emptySelectionGivesAValidEmptyDocument() throws {
    let store = try ExportFixture.loadedStore()
    let (json, report) = try ExportFixture.export(
      .w3c, from: store, selection: ExportSelection(verifiedOnly: true, tag: "nothing"))
    #expect(report.claims == 0 && report.quotes == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(object?["total"] as? Int == 0)
  }

  @Test func exportsAreDeterministic() throws {
    let store = try ExportFixture.reviewedStore()
    for format in [ExportFormat.markdown, .html, .json, .csv, .w3c] {
      #expect(
        try ExportFixture.export(format, from: store).text
          == ExportFixture.export(format, from: store).text)
    }
  }

  @Test func bratOffsetsPointIntoTheTextFile() throws {
    let store = try ExportFixture.reviewedStore()
    let annotations = MemoryDestination()
    let text = MemoryDestination()
    _ = try store.export(
      .brat, selection: ExportSelection(), options: ExportOptions(), to: annotations,
      companion: text)
    let scalars = Array(text.text.unicodeScalars)
    var textBounds = 0
    for line in annotations.text.split(separator: "\n") where line.hasPrefix("T") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let parts = fields[1].split(separator: " ")
      let start = Int(parts[1])!
      let end = Int(parts[2])!
      var covered = String.UnicodeScalarView()
      covered.append(contentsOf: scalars[start..<end])
      #expect(BratExporter.oneLine(String(covered)) == String(fields[2]))
      textBounds += 1
    }
    #expect(textBounds > 5)
    #expect(annotations.text.contains("\tVerdict T"))
    #expect(annotations.text.contains("\tContradicts Arg1:T"))
    #expect(annotations.text.contains("AnnotatorNotes"))
  }
}

@Suite struct ExportSelectionTests {
  @Test func filtersChooseClaims() throws {
    let store = try ExportFixture.reviewedStore()
    try store.recordVerdict(ClaimID(2), label: "mixed", at: "2025-12-01T08:00:00Z")
    func claims(_ selection: ExportSelection) throws -> [String] {
      let (csv, _) = try ExportFixture.export(.csv, from: store, selection: selection)
      return csv.components(separatedBy: "\r\n").dropFirst().compactMap { line in
        line.split(separator: ",").dropFirst().first.map(String.init)
      }
    }
    #expect(try claims(ExportSelection(verifiedOnly: true)) == ["c1", "c2", "c4"])
    #expect(try claims(ExportSelection(tag: "budget")) == ["c4"])
    #expect(try claims(ExportSelection(status: .open)) == ["c3", "c5"])
    #expect(try claims(ExportSelection(verifiedOnly: true, since: "2026-01-01")) == ["c1", "c4"])
    #expect(throws: StoreError.self) {
      try ExportFixture.export(
        .csv, from: store, selection: ExportSelection(articles: [ArticleID(9)]))
    }
  }
}
