import FactDeskCore

/// Listing quotes and the people who said them.
enum QuoteCommands {
  static let quotes = CommandSpec(
    name: "quotes", summary: "List the quotes of an article with their speakers",
    details: [
      "Kinds: direct (a whole utterance), partial (words inside the reporter's sentence), "
        + "term (a quoted word or name that is nobody's speech)."
    ],
    arguments: [ArgumentSpec("article", .article, optional: true)],
    options: [
      OptionSpec("speaker", .text, help: "only quotes of speakers whose name contains this")
    ]
  ) { invocation, session in
    let article = try invocation.article("article", in: session)
    let rows: [[Table.Cell]] = try session.store.quotes(
      in: article, speaker: invocation.option("speaker")
    ).map { quote in
      [
        .text(quote.id.description), .text(quote.kind.rawValue), Table.Cell(quote.speaker),
        Table.Cell(quote.cue), .text(quote.text),
      ]
    }
    session.show(Table(columns: ["id", "kind", "speaker", "cue", "text"], rows: rows))
  }

  static let speakers = CommandSpec(
    name: "speakers", summary: "List the people an article names, quotes and attributes",
    arguments: [ArgumentSpec("article", .article, optional: true)]
  ) { invocation, session in
    let article = try invocation.article("article", in: session)
    let rows: [[Table.Cell]] = try session.store.persons(in: article).map { person in
      [
        .text(person.id.description), .text(person.name), Table.Cell(person.role),
        .integer(person.mentionCount), .integer(person.quoteCount), .integer(person.claimCount),
      ]
    }
    session.show(
      Table(columns: ["id", "name", "role", "mentions", "quotes", "claims"], rows: rows))
  }
}
