import Foundation

/// One row per claim for spreadsheets: RFC 4180 quoting, CRLF line ends, and formula
/// neutralising, because a cell such as `=HYPERLINK(…)` taken from an article would otherwise
/// run when the file is opened (OWASP "CSV injection").
public struct CSVExporter: Exporter {
  public var depth: Store.ExportDepth { .review }
  private var options = ExportOptions()
  private var scratch: [UInt8] = []

  static let columns = [
    "article", "claim", "status", "verdict", "rating_value", "speaker", "claim_text", "score",
    "tags", "sources", "notes", "verified_by", "verified_at", "article_title", "article_source",
  ]

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    options = context.options
    if options.byteOrderMark { out.write(bytes: [0xEF, 0xBB, 0xBF]) }
    CSVExporter.appendRow(CSVExporter.columns, to: &scratch)
    out.write(bytes: scratch)
    scratch.removeAll(keepingCapacity: true)
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    let article = bundle.article
    out.report.articles += 1
    for claim in bundle.claims {
      out.report.claims += 1
      let verdict = claim.verdict
      CSVExporter.appendRow(
        [
          article.id.description, claim.id.description, claim.status, verdict?.label ?? "",
          verdict?.ratingValue.map(String.init) ?? "", claim.speaker?.name ?? "", claim.text,
          String(format3(claim.score)), claim.tags.joined(separator: "; "),
          claim.sources.map(\.url).joined(separator: " "),
          (claim.notes.map(\.text) + [verdict?.note].compactMap { $0 }).joined(separator: "\n"),
          verdict?.editor ?? "", verdict?.decidedAt ?? "", article.title ?? "", article.source,
        ], to: &scratch)
    }
    out.write(bytes: scratch)
    scratch.removeAll(keepingCapacity: true)
  }

  public mutating func end(to out: ExportWriter) throws {}

  /// One CSV record with its CRLF.
  static func row(_ cells: [String]) -> String {
    var bytes: [UInt8] = []
    appendRow(cells, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes one record as bytes: no intermediate strings per cell, the cost that dominated
  /// an export of 100,000 claims.
  static func appendRow(_ cells: [String], to bytes: inout [UInt8]) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      appendCell(cell, to: &bytes)
    }
    bytes.append(contentsOf: [0x0D, 0x0A])
  }

  /// A field quoted when it holds a comma, quote or line break, and neutralised with a leading
  /// apostrophe when a spreadsheet would read it as a formula.
  static func cell(_ value: String) -> String {
    var bytes: [UInt8] = []
    appendCell(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func appendCell(_ value: String, to bytes: inout [UInt8]) {
    let utf8 = value.utf8
    let first = utf8.first
    // = + - @ tab and carriage return start formulas in Excel, LibreOffice and Sheets.
    let isFormula =
      first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09
      || first == 0x0D
    let needsQuotes = utf8.contains { (byte: UInt8) -> Bool in
      byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
    }
    if needsQuotes { bytes.append(0x22) }
    if isFormula { bytes.append(0x27) }
    if needsQuotes {
      for byte in utf8 {
        if byte == 0x22 { bytes.append(0x22) }
        bytes.append(byte)
      }
      bytes.append(0x22)
    } else {
      bytes.append(contentsOf: utf8)
    }
  }

  private func format3(_ value: Double) -> String {
    var writer = JSONWriter()
    writer.double(value)
    return writer.text
  }
}
