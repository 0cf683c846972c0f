import FactDeskCore

/// How far the desk has come with an article, or with every article.
enum ProgressCommand {
  static let progress = CommandSpec(
    name: "progress", summary: "Count claims open, in progress, verified (per label), dismissed",
    arguments: [ArgumentSpec("article", .article, optional: true)]
  ) { invocation, session in
    let article: ArticleID? = try invocation.string("article").map { try Invocation.id($0) }
    let progress = try session.store.progress(in: article)
    var rows: [[Table.Cell]] = [
      ["open", .null, .integer(progress.open)],
      ["in-progress", .null, .integer(progress.inProgress)],
      ["verified", .null, .integer(progress.verified)],
    ]
    rows += progress.byLabel.map { ["verified", .text($0.label), .integer($0.count)] }
    rows.append(["dismissed", .null, .integer(progress.dismissed)])
    session.show(Table(columns: ["status", "verdict", "claims"], rows: rows))
  }
}
