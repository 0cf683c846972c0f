import FactDeskCore

/// Evidence: the sources attached to a claim.
enum SourceCommands {
  static let source = CommandSpec(
    name: "source", summary: "Attach a source (URL, title) to a claim, or remove one by number",
    details: ["source remove N removes source N (its number is shown by show c7)."],
    arguments: [
      ArgumentSpec("claim", .claim), ArgumentSpec("url", .text),
      ArgumentSpec("title", .text, optional: true),
    ],
    options: [
      OptionSpec("excerpt", .text, help: "the passage that matters"),
      OptionSpec("accessed", .text, help: "when it was read, YYYY-MM-DD"),
    ]
  ) { invocation, session in
    let first = invocation.string("claim")!
    let context = session.context(invocation)
    if first == "remove" {
      let text = invocation.string("url")!
      guard let number = Int64(text), number > 0, invocation.string("title") == nil else {
        throw ShellError.invalidValue("usage: source remove N (N from show c7), not \(text)")
      }
      let claim = try session.store.removeSource(number, context: context)
      session.print("removed source \(number) from \(claim)")
      return
    }
    let claim = try ReviewArguments.claim(first)
    let url = invocation.string("url")!
    let (id, result) = try session.store.addSource(
      to: claim, url: url, title: invocation.string("title"),
      excerpt: invocation.option("excerpt"), accessed: invocation.option("accessed"),
      context: context)
    switch result {
    case .changed: session.print("source \(id) added to \(claim)")
    case .unchanged: session.print("\(claim) already has this source (source \(id))")
    }
  }
}
