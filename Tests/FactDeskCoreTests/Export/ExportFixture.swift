import Foundation

@testable import FactDeskCore

/// The sample dispatch loaded and segmented, with review work on its first claims.
enum ExportFixture {
  static var articlePath: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sessions/articles/aef-numerique-blanquer.txt").path
  }

  static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_768_469_400) }

  /// A store holding the sample article, unreviewed.
  static func loadedStore(path: String = ":memory:") throws -> Store {
    let store = try Store(path: path, clock: clock)
    let article = try ArticleLoader.load(path: articlePath)
    _ = try store.add(
      article, segmentation: Segmenter.segment(article.text, language: .french),
      context: ChangeContext(editor: "claire", command: "load aef-numerique-blanquer.txt"))
    return store
  }

  /// The sample article with verdicts on c1 and c4, sources, tags, notes and a link.
  static func reviewedStore(path: String = ":memory:") throws -> Store {
    let store = try loadedStore(path: path)
    try store.recordVerdict(ClaimID(1), label: "mostly-true", note: "Dates confirmed.")
    try store.recordVerdict(ClaimID(4), label: "false", editor: "marc")
    let source = try store.recordSource(
      ClaimID(4), url: "https://www.education.gouv.fr/budget", title: "Budget 2021",
      excerpt: "« 150 M€ » pour l'équipement", accessed: "2026-01-14")
    try store.recordTag("budget", claim: ClaimID(4))
    try store.recordTag("education", claim: ClaimID(4))
    try store.recordTag("ministre", quote: QuoteID(1))
    try store.recordNote("<script>alert('x')</script> & \"quotes\"", claim: ClaimID(4))
    try store.recordNote("=HYPERLINK(\"http://evil\")", claim: ClaimID(1))
    try store.recordNote("Relire la dépêche.", article: ArticleID(1))
    try store.recordLink("contradicts", from: ClaimID(4), to: ClaimID(1))
    try store.recordLink("cites", from: ClaimID(4), source: source)
    return store
  }

  /// Runs one export into memory.
  static func export(
    _ format: ExportFormat, from store: Store, selection: ExportSelection = ExportSelection(),
    options: ExportOptions = ExportOptions()
  ) throws -> (text: String, report: ExportReport) {
    let memory = MemoryDestination()
    let report = try store.export(format, selection: selection, options: options, to: memory)
    return (memory.text, report)
  }
}
