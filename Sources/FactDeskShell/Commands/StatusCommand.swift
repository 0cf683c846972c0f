import FactDeskCore

/// Moving a claim through open, in-progress and dismissed.
enum StatusCommand {
  static let status = CommandSpec(
    name: "status", summary: "Set a claim's status: open, in-progress or dismissed",
    details: ["A claim becomes verified with a verdict; clear the verdict to reopen it."],
    arguments: [
      ArgumentSpec("claim", .claim),
      ArgumentSpec("status", .choice(["open", "in-progress", "dismissed"])),
    ]
  ) { invocation, session in
    let claim = try ReviewArguments.claim(invocation.string("claim")!)
    let status = try ReviewArguments.status(invocation.string("status")!)
    switch try session.store.setStatus(status, of: claim, context: session.context(invocation)) {
    case .changed: session.print("\(claim) \(status.rawValue)")
    case .unchanged: session.print("\(claim) is already \(status.rawValue)")
    }
  }
}
