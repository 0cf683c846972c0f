import FactDeskCore
import Foundation

/// `export FORMAT [PATH|-]`: reports and exchange files from the store.
enum ExportCommand {
  static let spec = CommandSpec(
    name: "export",
    summary: "Write claims and their review as markdown, html, json, csv, w3c, "
      + "claimreview or brat",
    details: [
      "PATH is written atomically (a temporary file renamed into place); an existing file is "
        + "kept unless --force. Without PATH, or with -, the export goes to standard output.",
      "markdown and html: a report per article (claim, verdict, speaker, words in context, "
        + "evidence, notes, who verified it and when) with a summary of verdicts. json: "
        + "everything, read back by import. csv: one row per claim (RFC 4180, CRLF; cells that "
        + "a spreadsheet would run as a formula start with an apostrophe). w3c: Web Annotation "
        + "JSON-LD. claimreview: schema.org ClaimReview for verified claims; needs --url-base "
        + "and --org (or the org setting). brat: PATH.txt and PATH.ann (PATH a directory: "
        + "DIR/factdesk.txt and .ann).",
      "--article takes one or more articles (a1,a2 or repeated); the other filters choose "
        + "claims. An empty selection is said on standard error and gives a valid empty file.",
    ],
    arguments: [
      ArgumentSpec("format", .choice(ExportFormat.allCases.map(\.rawValue))),
      ArgumentSpec("path", .path, optional: true),
    ],
    options: [
      OptionSpec("article", .article, help: "only these articles (a1,a2; may be repeated)"),
      OptionSpec("verified", help: "only claims with a verdict"),
      OptionSpec(
        "status", .choice(ClaimStatus.allCases.map(\.rawValue)), help: "only claims in this status"
      ),
      OptionSpec("tag", .tag, help: "only claims and quotes with this tag"),
      OptionSpec("since", .text, help: "only claims decided (or found) on or after YYYY-MM-DD"),
      OptionSpec("force", help: "replace an existing file"),
      OptionSpec("url-base", .text, help: "where reviews are published (claimreview, w3c ids)"),
      OptionSpec("org", .text, help: "the publishing organisation (claimreview author)"),
      OptionSpec("bom", help: "start a CSV file with a UTF-8 byte order mark"),
    ]
  ) { invocation, session in
    let format = try formatArgument(invocation)
    let selection = try ExportCommand.selection(invocation, session: session)
    let options = ExportOptions(
      urlBase: invocation.option("url-base"), organisation: invocation.option("org"),
      byteOrderMark: invocation.flag("bom"))
    let path = invocation.string("path") ?? "-"
    let force = invocation.flag("force")
    let progress = ExportProgress(session: session)
    defer { progress.finish() }
    let report: ExportReport
    if path == "-" {
      session.output.flush()
      let destination = SinkDestination(session.output)
      report = try session.store.export(
        format, selection: selection, options: options, to: destination,
        companion: nil, progress: progress.show)
    } else if format == .brat {
      let base = bratBase(path)
      let annotations = try AtomicFile(path: base + ".ann", replacing: force)
      let text = try AtomicFile(path: base + ".txt", replacing: force)
      report = try session.store.export(
        format, selection: selection, options: options, to: annotations, companion: text,
        progress: progress.show)
      try text.commit()
      try annotations.commit()
    } else {
      let file = try AtomicFile(path: path, replacing: force)
      report = try session.store.export(
        format, selection: selection, options: options, to: file, progress: progress.show)
      try file.commit()
    }
    progress.finish()
    // A store of thousands of claims would otherwise bury the summary: the first few are
    // shown, then a count.
    for warning in report.warnings { session.warn(warning) }
    if report.warningCount > report.warnings.count {
      session.warn("… and \(report.warningCount - report.warnings.count) more warnings like these")
    }
    for skipped in report.skipped { session.warn("left out \(skipped)") }
    if report.skippedCount > report.skipped.count {
      session.warn("… and \(report.skippedCount - report.skipped.count) more claims left out")
    }
    if report.claims == 0
      && (report.quotes == 0 || selection.filtersClaims || report.skippedCount > 0)
    {
      session.warn(
        "nothing to export: \(emptyReason(selection, report)); wrote an empty \(format.rawValue) document"
      )
    }
    if path != "-" {
      let target = format == .brat ? "\(bratBase(path)).txt and .ann" : path
      session.print(
        "wrote \(count(report.claims, "claim")), \(count(report.quotes, "quote")) of "
          + "\(count(report.articles, "article")) to \(target)")
    }
  }

  private static func formatArgument(_ invocation: Invocation) throws -> ExportFormat {
    let name = invocation.string("format") ?? ""
    guard let format = ExportFormat(rawValue: name.lowercased()) else {
      throw ShellError.invalidValue(
        "unknown export format \(name) (formats: "
          + ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    return format
  }

  private static func selection(_ invocation: Invocation, session: Session) throws
    -> ExportSelection
  {
    var selection = ExportSelection()
    selection.articles = try invocation.optionList("article").map { try Invocation.id($0) }
    selection.verifiedOnly = invocation.flag("verified")
    if let status = invocation.option("status") {
      guard let value = ClaimStatus(rawValue: status) else {
        throw ShellError.invalidValue(
          "unknown status \(status) (statuses: "
            + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      selection.status = value
    }
    selection.tag = invocation.option("tag")
    if let since = invocation.option("since") {
      let parts = since.split(separator: "-")
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil })
      else {
        throw ShellError.invalidValue("--since takes a day as YYYY-MM-DD (got \(since))")
      }
      selection.since = since
    }
    return selection
  }

  private static func emptyReason(_ selection: ExportSelection, _ report: ExportReport) -> String {
    if report.articles == 0 { return "no articles in the store" }
    if report.skippedCount > 0 { return "no claim can be published" }
    return selection.filtersClaims ? "no claims match the filters" : "no claims in the selection"
  }

  private static func bratBase(_ path: String) -> String {
    var isDirectory: ObjCBool = false
    if path.hasSuffix("/")
      || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    {
      return (path.hasSuffix("/") ? path : path + "/") + "factdesk"
    }
    for suffix in [".ann", ".txt"] where path.hasSuffix(suffix) {
      return String(path.dropLast(suffix.count))
    }
    return path
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

/// Export bytes sent through the shell's output, so they interleave with what it prints.
final class SinkDestination: ExportDestination {
  private let sink: TextSink
  init(_ sink: TextSink) { self.sink = sink }

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    // The writer flushes whole writes only, so a chunk never ends inside a character.
    sink.write(String(decoding: bytes, as: UTF8.self))
  }
}

/// A progress bar that appears only when an export has run for a while (over a second unless
/// the session says otherwise).
final class ExportProgress {
  private let started = Date()
  private let session: Session
  private var bars: ProgressBar?

  init(session: Session) {
    self.session = session
  }

  func show(done: Int, total: Int) {
    guard Date().timeIntervalSince(started) >= session.progressDelay else { return }
    if bars == nil { bars = ProgressBar(total: total, session: session) }
    bars?.show(done: done, current: "\(done) of \(total) articles")
  }

  func finish() { bars?.finish() }
}
