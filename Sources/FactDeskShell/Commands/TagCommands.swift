import FactDeskCore

/// Tags on claims and quotes.
enum TagCommands {
  static let tag = CommandSpec(
    name: "tag", summary: "Tag a claim or quote with one or more words",
    arguments: [ArgumentSpec("item", .anyID), ArgumentSpec("tags", .tag, variadic: true)]
  ) { invocation, session in
    let item = try ReviewArguments.taggable(invocation.string("item")!)
    let (added, already) = try session.store.tag(
      item, with: invocation.strings("tags"), context: session.context(invocation))
    if !added.isEmpty { session.print("\(item) tagged \(ReviewArguments.list(added))") }
    if !already.isEmpty {
      session.print("\(item) already tagged \(ReviewArguments.list(already))")
    }
  }

  static let untag = CommandSpec(
    name: "untag", summary: "Remove tags from a claim or quote",
    arguments: [ArgumentSpec("item", .anyID), ArgumentSpec("tags", .tag, variadic: true)]
  ) { invocation, session in
    let item = try ReviewArguments.taggable(invocation.string("item")!)
    let (removed, missing) = try session.store.untag(
      item, invocation.strings("tags"), context: session.context(invocation))
    if !removed.isEmpty { session.print("\(item) untagged \(ReviewArguments.list(removed))") }
    if !missing.isEmpty {
      session.print("\(item) was not tagged \(ReviewArguments.list(missing))")
    }
  }

  static let tags = CommandSpec(name: "tags", summary: "List the tags with how often they are used")
  { _, session in
    let rows: [[Table.Cell]] = try session.store.tagCounts().map {
      [.text($0.name), .integer($0.claims), .integer($0.quotes)]
    }
    session.show(Table(columns: ["tag", "claims", "quotes"], rows: rows))
  }
}
