import FactDeskCore

/// Free-text notes on claims, quotes and articles.
enum NoteCommands {
  static let note = CommandSpec(
    name: "note", summary: "Write a note on a claim, quote or article",
    details: ["Quote the text: note c7 \"Chiffre du ministère, à recouper.\""],
    arguments: [ArgumentSpec("item", .anyID), ArgumentSpec("text", .text)]
  ) { invocation, session in
    let item = try ReviewArguments.item(invocation.string("item")!)
    let id = try session.store.addNote(
      invocation.string("text")!, on: item, context: session.context(invocation))
    session.print("note \(id) on \(item)")
  }
}
