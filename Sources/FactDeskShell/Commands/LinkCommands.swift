import FactDeskCore

/// Typed links between claims, quotes, persons and sources, across articles.
enum LinkCommands {
  static let relations = ArgumentKind.choice(LinkRelation.allCases.map(\.rawValue))

  static let link = CommandSpec(
    name: "link", summary: "Link two items: c7 contradicts c112, q4 said-by p2, c7 cites 3",
    details: [
      "supports, contradicts, repeats: claim -> claim; same-as: claim -> claim or person -> "
        + "person; cites: claim -> source (its number); said-by: quote -> person, which also "
        + "makes the person the quote's speaker."
    ],
    arguments: [
      ArgumentSpec("from", .anyID), ArgumentSpec("relation", relations),
      ArgumentSpec("to", .anyID),
    ]
  ) { invocation, session in
    let (from, relation, to) = try ends(invocation)
    switch try session.store.link(from, relation, to, context: session.context(invocation)) {
    case .changed: session.print("\(from) \(relation.rawValue) \(to)")
    case .unchanged: session.print("\(from) already \(relation.rawValue) \(to)")
    }
  }

  static let unlink = CommandSpec(
    name: "unlink", summary: "Remove a link between two items",
    arguments: [
      ArgumentSpec("from", .anyID), ArgumentSpec("relation", relations),
      ArgumentSpec("to", .anyID),
    ]
  ) { invocation, session in
    let (from, relation, to) = try ends(invocation)
    switch try session.store.unlink(from, relation, to, context: session.context(invocation)) {
    case .changed: session.print("removed \(from) \(relation.rawValue) \(to)")
    case .unchanged: session.print("there was no link \(from) \(relation.rawValue) \(to)")
    }
  }

  static let links = CommandSpec(
    name: "links", summary: "List the links from and to an item",
    arguments: [ArgumentSpec("item", .anyID)]
  ) { invocation, session in
    let end = try ReviewArguments.linkEnd(invocation.string("item")!)
    let rows: [[Table.Cell]] = try session.store.links(of: end).map {
      [.text($0.from.description), .text($0.relation.rawValue), .text($0.to.description)]
    }
    session.show(Table(columns: ["from", "relation", "to"], rows: rows))
  }

  private static func ends(_ invocation: Invocation) throws -> (LinkEnd, LinkRelation, LinkEnd) {
    (
      try ReviewArguments.linkEnd(invocation.string("from")!),
      try ReviewArguments.relation(invocation.string("relation")!),
      try ReviewArguments.linkEnd(invocation.string("to")!)
    )
  }
}
