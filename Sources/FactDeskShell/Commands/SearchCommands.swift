import FactDeskCore

/// Finding claims, quotes and sources by their words, and claims that say the same thing.
enum SearchCommands {
  static let search = CommandSpec(
    name: "search", summary: "Search claims, quotes and sources; matches are shown [like this]",
    details: [
      "Accents do not matter: equipement finds équipement. Best matches first.",
      "When a word is in more than \(ClaimRanking.rankedClaims) claims, only the newest "
        + "\(ClaimRanking.rankedClaims) matching claims are ranked, and a warning says so; "
        + "more words or an option narrow the search.",
    ],
    arguments: [ArgumentSpec("words", .text, variadic: true)],
    options: [
      OptionSpec("verdict", .verdictLabel, help: "only claims with this verdict"),
      OptionSpec("tag", .tag, help: "only claims and quotes with this tag"),
      OptionSpec(
        "status", .choice(ClaimStatus.allCases.map(\.rawValue)),
        help: "only claims with this status"),
      OptionSpec("article", .article, help: "only in this article"),
    ]
  ) { invocation, session in
    var filter = SearchFilter(verdict: invocation.option("verdict"), tag: invocation.option("tag"))
    if let status = invocation.option("status") {
      filter.status = try ReviewArguments.status(status)
    }
    if let article = invocation.option("article") {
      filter.article = try Invocation.id(article)
    }
    let results = try session.store.search(
      invocation.strings("words").joined(separator: " "), filter: filter)
    let rows: [[Table.Cell]] = results.hits.map { hit in
      let id = hit.kind == .source ? "source \(hit.id)" : hit.id
      return [
        .text(id), .text(hit.article.description), Table.Cell(hit.claim?.description),
        .text(hit.snippet),
      ]
    }
    session.show(Table(columns: ["id", "article", "claim", "match"], rows: rows))
    if let ranked = results.rankedClaims {
      // On stderr, so a csv or json listing stays clean.
      session.warn(
        "more than \(ranked) claims match; these are the best of the newest \(ranked) "
          + "(add a word, or --article, --verdict, --tag or --status, to narrow)")
    }
  }

  static let similar = CommandSpec(
    name: "similar", summary: "List claims in other articles that say the same thing",
    arguments: [ArgumentSpec("claim", .claim)]
  ) { invocation, session in
    let claim = try ReviewArguments.claim(invocation.string("claim")!)
    let rows: [[Table.Cell]] = try session.store.similar(to: claim).map { found in
      [
        .text(found.id.description), .text(found.article.description), Table.Cell(found.verdict),
        .text(found.shared.joined(separator: " ")), .text(found.text),
      ]
    }
    session.show(Table(columns: ["id", "article", "verdict", "shared", "text"], rows: rows))
  }
}
