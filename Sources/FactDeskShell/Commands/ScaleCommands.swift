import FactDeskCore

/// The rating scale: its labels and their schema.org ClaimReview ratings.
enum ScaleCommands {
  static let scale = CommandSpec(
    name: "scale", summary: "Show the rating scale, or add, rename or remove a label",
    details: [
      "scale add LABEL --name NAME [--value N --best N --worst N]",
      "scale rename OLD NEW; scale remove LABEL (refused while claims have it)",
    ],
    arguments: [
      ArgumentSpec("action", .choice(["add", "rename", "remove"]), optional: true),
      ArgumentSpec("labels", .verdictLabel, optional: true, variadic: true),
    ],
    options: [
      OptionSpec("name", .text, help: "the readable name (ClaimReview alternateName)"),
      OptionSpec("value", .number, help: "ratingValue"),
      OptionSpec("best", .number, help: "bestRating (default 5 when --value is given)"),
      OptionSpec("worst", .number, help: "worstRating (default 1 when --value is given)"),
    ]
  ) { invocation, session in
    let labels = invocation.strings("labels")
    let context = session.context(invocation)
    func expect(_ count: Int, _ usage: String) throws {
      guard labels.count == count else { throw ShellError.invalidValue("usage: \(usage)") }
    }
    switch invocation.string("action") {
    case nil:
      let rows: [[Table.Cell]] = try session.store.scale().map { label in
        [
          .text(label.label), cell(label.ratingValue), cell(label.bestRating),
          cell(label.worstRating), .text(label.alternateName),
        ]
      }
      session.show(
        Table(
          columns: ["label", "ratingValue", "bestRating", "worstRating", "alternateName"],
          rows: rows))
    case "add":
      try expect(1, "scale add LABEL --name NAME [--value N --best N --worst N]")
      guard let name = invocation.option("name") else {
        throw ShellError.invalidValue("scale add needs --name, the label's readable name")
      }
      let value = try ReviewArguments.integer(invocation.option("value"), option: "value")
      var best = try ReviewArguments.integer(invocation.option("best"), option: "best")
      var worst = try ReviewArguments.integer(invocation.option("worst"), option: "worst")
      if value != nil {
        best = best ?? 5
        worst = worst ?? 1
      } else if best != nil || worst != nil {
        throw ShellError.invalidValue("--best and --worst go with --value")
      }
      let label = RatingLabel(
        label: labels[0], ratingValue: value, bestRating: best, worstRating: worst,
        alternateName: name)
      switch try session.store.addLabel(label, context: context) {
      case .changed: session.print("added \(labels[0]) to the scale")
      case .unchanged: session.print("\(labels[0]) is already on the scale")
      }
    case "rename":
      try expect(2, "scale rename OLD NEW")
      try session.store.renameLabel(labels[0], to: labels[1], context: context)
      session.print("renamed \(labels[0]) to \(labels[1])")
    case "remove":
      try expect(1, "scale remove LABEL")
      try session.store.removeLabel(labels[0], context: context)
      session.print("removed \(labels[0]) from the scale")
    case let other?:
      throw ShellError.invalidValue("scale takes add, rename or remove, not \(other)")
    }
  }

  private static func cell(_ value: Int?) -> Table.Cell { value.map(Table.Cell.integer) ?? .null }
}
