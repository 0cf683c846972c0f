import FactDeskCore

/// The event log: what changed, who changed it, and taking one's own change back.
enum HistoryCommands {
  static let history = CommandSpec(
    name: "history", summary: "Show the change log, of one item or article if named",
    arguments: [ArgumentSpec("item", .anyID, optional: true)],
    options: [
      OptionSpec("editor", .text, help: "only changes by this editor"),
      OptionSpec("limit", .number, help: "only the last N changes (default 1000)"),
    ]
  ) { invocation, session in
    var target: String?
    var article: ArticleID?
    if let text = invocation.string("item") {
      if let id = ArticleID(text: text) {
        article = id
      } else if let item = EntityReference(text: text) {
        target = item.description
      } else if text == "scale" {
        target = text
      } else {
        throw ShellError.invalidValue("\(text) is not an ID (like c7, q4, a1) or scale")
      }
    }
    let limit = try ReviewArguments.integer(invocation.option("limit"), option: "limit") ?? 1000
    let rows: [[Table.Cell]] = try session.store.history(
      of: target, article: article, editor: invocation.option("editor"), limit: limit
    ).map { entry in
      var state = ""
      if let undone = entry.undoneBy { state = "undone by \(undone)" }
      if let undoes = entry.undoes { state = "undoes \(undoes)" }
      return [
        .integer(Int(entry.id)), .text(entry.at), .text(entry.editor), .text(entry.action),
        .text(entry.target), .text(entry.command), .text(state),
      ]
    }
    session.show(
      Table(
        columns: ["event", "at", "editor", "action", "target", "command", "undo"], rows: rows))
  }

  static let undo = CommandSpec(
    name: "undo", summary: "Revert your last change not yet undone; again to go further back",
    details: [
      "Refused when another editor has changed the same item since; history ITEM shows who."
    ]
  ) { invocation, session in
    let undone = try session.store.undo(context: session.context(invocation))
    session.print("undid event \(undone.id): \(undone.command)")
  }
}
