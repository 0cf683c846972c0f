import Foundation

/// One row per claim for spreadsheets: RFC 4180 quoting, CRLF line ends, and formula
/// neutralising, because a cell such as `=HYPERLINK(…)` taken from an article would otherwise
/// run when the file is opened (OWASP "CSV injection").
public struct CSVExporter: Exporter {
  public var depth: Store.ExportDepth { .review }
  private var options = ExportOptions()

  static let columns = [
    "article", "claim", "status", "verdict", "rating_value", "speaker", "claim_text", "score",
    "tags", "sources", "notes", "verified_by", "verified_at", "article_title", "article_source",
  ]

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    options = context.options
    if options.byteOrderMark { out.write(bytes: [0xEF, 0xBB, 0xBF]) }
    out.write(CSVExporter.row(CSVExporter.columns))
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    let article = bundle.article
    out.report.articles += 1
    for claim in bundle.claims {
      out.report.claims += 1
      let verdict = claim.verdict
      out.write(
        CSVExporter.row([
          article.id.description, claim.id.description, claim.status, verdict?.label ?? "",
          verdict?.ratingValue.map(String.init) ?? "", claim.speaker?.name ?? "", claim.text,
          String(format3(claim.score)), claim.tags.joined(separator: "; "),
          claim.sources.map(\.url).joined(separator: " "),
          (claim.notes.map(\.text) + [verdict?.note].compactMap { $0 }).joined(separator: "\n"),
          verdict?.editor ?? "", verdict?.decidedAt ?? "", article.title ?? "", article.source,
        ]))
    }
  }

  public mutating func end(to out: ExportWriter) throws {}

  /// One CSV record with its CRLF.
  static func row(_ cells: [String]) -> String {
    cells.map(cell).joined(separator: ",") + "\r\n"
  }

  /// A field quoted when it holds a comma, quote or line break, and neutralised with a leading
  /// apostrophe when a spreadsheet would read it as a formula.
  static func cell(_ value: String) -> String {
    var value = value
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private func format3(_ value: Double) -> String {
    var writer = JSONWriter()
    writer.double(value)
    return writer.text
  }
}
