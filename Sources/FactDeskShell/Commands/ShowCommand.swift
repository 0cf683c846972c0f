import FactDeskCore

/// One item in full: a claim with its context, verdict, evidence, tags, links and notes.
enum ShowCommand {
  static let show = CommandSpec(
    name: "show", summary: "Show a claim, quote, sentence, person or article in full",
    arguments: [ArgumentSpec("item", .anyID)]
  ) { invocation, session in
    let text = invocation.string("item")!
    guard let item = EntityReference(text: text) else {
      throw ShellError.invalidValue("\(text) is not an ID (like c7, q4, s12, p2, a1)")
    }
    let detail = try session.store.detail(of: item)
    if case .claim(let claim) = item {
      session.seenVerdicts[claim] = .some(try session.store.verdict(of: claim)?.label)
    }
    guard session.mode == .table else {
      var rows: [[Table.Cell]] = detail.fields.map { [.text($0.name), .text($0.value)] }
      rows += detail.sections.map { [.text($0.title), .text($0.lines.joined(separator: "\n"))] }
      session.show(
        Table(columns: ["field", "value"], rows: [[.text("id"), .text(detail.id)]] + rows))
      return
    }
    let width = (detail.fields.map(\.name.count).max() ?? 0) + 2
    var output = "\(detail.id)\n"
    for field in detail.fields {
      let indent = String(repeating: " ", count: width + 2)
      let value = field.value.split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: "\n" + indent)
      output +=
        "  " + field.name.padding(toLength: width, withPad: " ", startingAt: 0) + value
        + "\n"
    }
    for section in detail.sections {
      output += "\(section.title):\n"
      for line in section.lines {
        output +=
          "  "
          + line.split(separator: "\n", omittingEmptySubsequences: false)
          .joined(separator: "\n    ") + "\n"
      }
    }
    session.print(output)
  }
}
