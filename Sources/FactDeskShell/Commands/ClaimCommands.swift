import FactDeskCore

/// Listing the check-worthy claims found in articles.
enum ClaimCommands {
  static let claims = CommandSpec(
    name: "claims", summary: "List the claims of an article (the one in use by default)",
    arguments: [ArgumentSpec("article", .article, optional: true)],
    options: [
      OptionSpec(
        "status", .choice(ClaimStatus.allCases.map(\.rawValue)),
        help: "only claims with this status"),
      OptionSpec("min-score", .number, help: "only claims scoring at least this (0 to 1)"),
      OptionSpec("tag", .tag, help: "only claims with this tag"),
    ]
  ) { invocation, session in
    let article = try invocation.article("article", in: session)
    var status: ClaimStatus?
    if let word = invocation.option("status") {
      guard let parsed = ClaimStatus(rawValue: word) else {
        throw ShellError.invalidValue(
          "unknown status \(word) (statuses: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      status = parsed
    }
    var minimumScore: Double?
    if let word = invocation.option("min-score") {
      guard let value = Double(word), (0...1).contains(value) else {
        throw ShellError.invalidValue("--min-score takes a number from 0 to 1, not \(word)")
      }
      minimumScore = value
    }
    let rows: [[Table.Cell]] = try session.store.claims(
      in: article, status: status, minimumScore: minimumScore, tag: invocation.option("tag")
    ).map { claim in
      session.seenVerdicts[claim.id] = .some(claim.verdict)
      return [
        .text(claim.id.description), .decimal(claim.score), .text(claim.status.rawValue),
        Table.Cell(claim.verdict), Table.Cell(claim.speaker), .text(claim.text),
      ]
    }
    session.show(
      Table(columns: ["id", "score", "status", "verdict", "speaker", "text"], rows: rows))
  }
}
