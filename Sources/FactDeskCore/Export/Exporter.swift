import Foundation

/// One export format: it writes a document's opening, each article, and its close.
///
/// Formats see one article at a time and write through an `ExportWriter`, which flushes to
/// its destination in chunks, so an export of a large store never holds the whole document.
public protocol Exporter {
  /// How much of each article the format needs.
  var depth: Store.ExportDepth { get }
  mutating func begin(_ context: ExportContext, to out: ExportWriter) throws
  mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws
  mutating func end(to out: ExportWriter) throws
}

/// What every format may read besides the articles.
public struct ExportContext {
  public var options: ExportOptions
  public var selection: ExportSelection
  public var ratingScale: [ExportRatingLabel]
  /// The publishing organisation, from `--org` or the `org` setting.
  public var organisation: String?
  /// The store being exported, for formats that add store-wide parts (the event log).
  public var store: Store
  /// A second file for formats that write two (brat's `.txt`).
  public var companion: (any ExportDestination)?
}

/// Settings of one export run that are not about which claims.
public struct ExportOptions: Sendable, Equatable {
  /// Where published reviews live; ClaimReview needs it for `url`.
  public var urlBase: String?
  public var organisation: String?
  /// Starts a CSV file with a UTF-8 byte order mark, which spreadsheets use to pick UTF-8.
  public var byteOrderMark = false

  public init(urlBase: String? = nil, organisation: String? = nil, byteOrderMark: Bool = false) {
    self.urlBase = urlBase
    self.organisation = organisation
    self.byteOrderMark = byteOrderMark
  }
}

/// The formats `export` knows.
public enum ExportFormat: String, Sendable, CaseIterable {
  case markdown, html, json, csv, w3c, claimreview, brat

  public func makeExporter() -> any Exporter {
    switch self {
    case .markdown: MarkdownExporter()
    case .html: HTMLExporter()
    case .json: JSONExporter()
    case .csv: CSVExporter()
    case .w3c: W3CExporter()
    case .claimreview: ClaimReviewExporter()
    case .brat: BratExporter()
    }
  }
}

/// What an export did, for the editor.
public struct ExportReport: Sendable, Equatable {
  public var articles = 0
  public var claims = 0
  public var quotes = 0
  /// Warnings that did not stop the export (a shortened claimReviewed); the first
  /// `keptMessages` only, so a report stays small however big the store.
  public var warnings: [String] = []
  public var warningCount = 0
  /// Claims left out, each with why (the first `keptMessages`).
  public var skipped: [String] = []
  public var skippedCount = 0
  public static let keptMessages = 20

  public init() {}

  /// Counts a warning; the message is only built while fewer than `keptMessages` are kept,
  /// since an export may warn once per claim.
  public mutating func warn(_ message: @autoclosure () -> String) {
    warningCount += 1
    if warnings.count < Self.keptMessages { warnings.append(message()) }
  }

  public mutating func skip(_ message: String) {
    skippedCount += 1
    if skipped.count < Self.keptMessages { skipped.append(message) }
  }

  public var isEmpty: Bool { claims == 0 && quotes == 0 && articles == 0 }
}

/// Why an export could not start.
public enum ExportError: Error, Equatable, CustomStringConvertible {
  case missingOption(format: String, option: String, why: String)
  case invalid(String)

  public var description: String {
    switch self {
    case .missingOption(let format, let option, let why):
      "\(format) needs \(option): \(why)"
    case .invalid(let message): message
    }
  }
}

/// Where export bytes go: standard output or a file being written.
public protocol ExportDestination: AnyObject {
  func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// Collects bytes and hands them to the destination in 256 KB chunks.
public final class ExportWriter {
  public private(set) var buffer: [UInt8] = []
  private let destination: any ExportDestination
  public var report = ExportReport()

  public init(_ destination: any ExportDestination) {
    self.destination = destination
    buffer.reserveCapacity(1 << 18)
  }

  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
  }

  public func write(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
  }

  /// Passes the JSON written so far on, keeping the writer's nesting state.
  public func write(json: inout JSONWriter) {
    buffer.append(contentsOf: json.takeBytes())
  }

  /// Sends the buffer on when it is big enough; formats call it after each article.
  public func flushIfFull() throws {
    if buffer.count >= 1 << 18 { try flush() }
  }

  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { try destination.write($0) }
    buffer.removeAll(keepingCapacity: true)
  }
}

extension Store {
  /// Runs `format` over the selection into `destination`; `progress` hears (done, total)
  /// after each article.
  public func export(
    _ format: ExportFormat, selection: ExportSelection, options: ExportOptions,
    to destination: any ExportDestination, companion: (any ExportDestination)? = nil,
    progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> ExportReport {
    var exporter = format.makeExporter()
    let organisation = try options.organisation ?? setting("org")
    let context = ExportContext(
      options: options, selection: selection, ratingScale: try ratingScale(),
      organisation: organisation, store: self, companion: companion)
    let total = try exportArticleIDs(selection).count
    let out = ExportWriter(destination)
    try exporter.begin(context, to: out)
    var done = 0
    try visitExport(selection, depth: exporter.depth) { bundle in
      try exporter.write(bundle, to: out)
      try out.flushIfFull()
      done += 1
      progress(done, total)
    }
    try exporter.end(to: out)
    try out.flush()
    return out.report
  }
}
