import FactDeskCore
import Foundation

/// `import FILE`: reads a factdesk JSON export back, in one transaction.
enum ImportCommand {
  static let spec = CommandSpec(
    name: "import", summary: "Read a factdesk JSON export or W3C annotations into the store",
    details: [
      "The whole file lands in one transaction or not at all; a wrong line is reported with "
        + "its field. Into an empty store IDs are kept; otherwise they are renumbered and every "
        + "relation follows. Articles already in the store (same content) are refused. Files "
        + "written by a newer factdesk are refused.",
      "W3C Web Annotations (as export w3c writes them) are re-anchored on stored articles by "
        + "their quote (exact, prefix, suffix) and position; verdicts, tags, notes and sources "
        + "land on the claim at that place. Annotations that cannot be placed are listed as "
        + "orphans.",
    ],
    arguments: [ArgumentSpec("file", .path)]
  ) { invocation, session in
    let path = invocation.string("file") ?? ""
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ShellError.invalidValue("cannot read \(path): no such file or no permission")
    }
    let bytes = Array(data)
    let report: ImportReport
    do {
      let root = try JSONDocumentParser.parse(bytes)
      if Store.isWebAnnotation(root) {
        let annotations = try session.store.importAnnotations(
          root, context: session.context(invocation))
        for orphan in annotations.orphans { session.warn("orphan \(orphan)") }
        session.print(
          "anchored \(annotations.anchored) annotations (\(annotations.verdicts) verdicts, "
            + "\(annotations.newClaims) new claims), \(annotations.orphans.count) orphans")
        return
      }
      report = try session.store.importJSON(bytes, context: session.context(invocation))
    } catch let error as JSONSyntaxError {
      throw ShellError.invalidValue("\(path): \(error); nothing imported")
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
