import FactDeskCore

/// Loading, listing, choosing, reading and deleting articles.
enum ArticleCommands {
  static let articles = CommandSpec(
    name: "articles", summary: "List the stored articles"
  ) { _, session in
    let rows: [[Table.Cell]] = try session.store.articleSummaries().map { article in
      [
        .text(article.id.description), Table.Cell(article.title), .text(article.language.rawValue),
        .integer(article.paragraphCount), .integer(article.sentenceCount),
        .integer(article.quoteCount), .integer(article.claimCount), .text(article.source),
      ]
    }
    session.show(
      Table(
        columns: ["id", "title", "lang", "paragraphs", "sentences", "quotes", "claims", "source"],
        rows: rows))
  }

  static let use = CommandSpec(
    name: "use", summary: "Work on an article: later commands default to it",
    arguments: [ArgumentSpec("article", .article)]
  ) { invocation, session in
    let id: ArticleID = try Invocation.id(invocation.string("article")!)
    let article = try session.store.article(id)
    session.currentArticle = id
    session.print("\(id)  \(article.metadata.title ?? article.source)")
  }

  static let read = CommandSpec(
    name: "read", summary: "Show an article's text with numbered paragraphs and their roles",
    details: ["--marked puts [c7] before each claim and [q4] at the start of each quote."],
    arguments: [ArgumentSpec("article", .article, optional: true)],
    options: [
      OptionSpec("all", help: "also show what was removed as boilerplate"),
      OptionSpec("marked", help: "mark where claims and quotes start"),
    ]
  ) { invocation, session in
    let id = try invocation.article("article", in: session)
    let article = try session.store.article(id)
    var markers: [Int: [String]] = [:]
    if invocation.flag("marked") {
      for claim in try session.store.claims(in: id) {
        markers[claim.span.start, default: []].append("[\(claim.id)]")
      }
      for quote in try session.store.quotes(in: id) {
        markers[quote.span.start, default: []].append("[\(quote.id)]")
      }
    }
    let text = ScalarText(article.text)
    var output = ""
    for (number, paragraph) in article.paragraphs.enumerated() {
      let role = paragraph.role == .body ? "" : " (\(paragraph.role.rawValue))"
      output += "[\(number + 1)]\(role) "
      var view = String.UnicodeScalarView()
      for offset in paragraph.span.start..<paragraph.span.end {
        if let marks = markers[offset] { view.append(contentsOf: marks.joined().unicodeScalars) }
        view.append(text.scalars[offset])
      }
      output += String(view) + "\n"
    }
    if invocation.flag("all") && !article.removed.isEmpty {
      output += "\nremoved:\n"
      for part in article.removed { output += "- [\(part.reason)] \(part.text)\n" }
    }
    session.print(output)
  }

  static let delete = CommandSpec(
    name: "delete", summary: "Delete an article and all that was found in it",
    details: ["Its events stay in the history."],
    arguments: [ArgumentSpec("article", .article)]
  ) { invocation, session in
    let id: ArticleID = try Invocation.id(invocation.string("article")!)
    try session.store.deleteArticle(id, context: session.context(invocation))
    if session.currentArticle == id { session.currentArticle = nil }
    session.print("deleted \(id)")
  }
}
