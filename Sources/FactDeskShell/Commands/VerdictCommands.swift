import FactDeskCore

/// Giving a claim its verdict, or taking it back.
enum VerdictCommands {
  static let verdict = CommandSpec(
    name: "verdict", summary: "Set a claim's verdict (it becomes verified), or --clear it",
    details: [
      "The label comes from the rating scale (see scale). If another editor changed the verdict "
        + "since you last looked at the claim, the command stops and says so; --force overwrites."
    ],
    arguments: [
      ArgumentSpec("claim", .claim), ArgumentSpec("label", .verdictLabel, optional: true),
    ],
    options: [
      OptionSpec("note", .text, help: "why, in a few words"),
      OptionSpec("source", .text, help: "a URL backing the verdict, added to the sources"),
      OptionSpec("clear", help: "remove the verdict; the claim goes back to in-progress"),
      OptionSpec("force", help: "overwrite a verdict another editor changed since you looked"),
    ]
  ) { invocation, session in
    let claim = try ReviewArguments.claim(invocation.string("claim")!)
    let expected = invocation.flag("force") ? nil : session.seenVerdicts[claim]
    let context = session.context(invocation)
    do {
      if invocation.flag("clear") {
        if invocation.string("label") != nil {
          throw ShellError.invalidValue("verdict --clear takes no label")
        }
        switch try session.store.clearVerdict(of: claim, expected: expected, context: context) {
        case .changed: session.print("\(claim) verdict cleared; back to in-progress")
        case .unchanged: session.print("\(claim) has no verdict")
        }
        session.seenVerdicts[claim] = .some(nil)
        return
      }
      guard let label = invocation.string("label") else {
        throw ShellError.missingArgument(
          command: "verdict", usage: invocation.spec.usage, name: "label")
      }
      let result = try session.store.setVerdict(
        label, on: claim, note: invocation.option("note"), sourceURL: invocation.option("source"),
        expected: expected, context: context)
      session.seenVerdicts[claim] = .some(label)
      switch result {
      case .changed: session.print("\(claim) verified: \(label)")
      case .unchanged: session.print("\(claim) already has the verdict \(label)")
      }
    } catch let changed as Store.VerdictChanged {
      session.seenVerdicts[claim] = .some(changed.current)
      throw ShellError.invalidValue(
        "\(changed); show \(claim) to review it, or repeat with --force to overwrite")
    }
  }
}
