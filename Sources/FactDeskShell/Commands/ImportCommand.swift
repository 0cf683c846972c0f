import FactDeskCore
import Foundation

/// `import FILE`: reads a factdesk JSON export back, in one transaction.
enum ImportCommand {
  static let spec = CommandSpec(
    name: "import", summary: "Read a factdesk JSON export into the store",
    details: [
      "The whole file lands in one transaction or not at all; a wrong line is reported with "
        + "its field. Into an empty store IDs are kept; otherwise they are renumbered and every "
        + "relation follows. Articles already in the store (same content) are refused. Files "
        + "written by a newer factdesk are refused."
    ],
    arguments: [ArgumentSpec("file", .path)]
  ) { invocation, session in
    let path = invocation.string("file") ?? ""
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ShellError.invalidValue("cannot read \(path): no such file or no permission")
    }
    let report: ImportReport
    do {
      report = try session.store.importJSON(Array(data), context: session.context(invocation))
    } catch let error as ImportError {
      throw ShellError.invalidValue("\(path): \(error); nothing imported")
    }
    let ids = report.articles.map(\.description).joined(separator: ", ")
    session.print(
      "imported \(report.articles.count) article\(report.articles.count == 1 ? "" : "s")"
        + "\(ids.isEmpty ? "" : " (\(ids))"), \(report.claims) claims, \(report.quotes) quotes, "
        + "\(report.events) events")
    if let first = report.articles.first, session.currentArticle == nil {
      session.currentArticle = first
    }
  }
}
