import FactDeskCore

/// `claim add` and `claim dismiss`: the editor's corrections to what the segmenter found.
enum ClaimEditCommand {
  static let spec = CommandSpec(
    name: "claim", summary: "Add a claim the segmenter missed, or dismiss one",
    details: [
      "claim add a1 \"exact text\" adds the first place the text appears; "
        + "claim add a1 120-188 adds characters 120 to 188 (Unicode scalars, end excluded).",
      "claim dismiss c7 marks a claim as not worth checking.",
    ],
    arguments: [
      ArgumentSpec("action", .choice(["add", "dismiss"])),
      ArgumentSpec("target", .anyID),
      ArgumentSpec("text", .text, optional: true),
    ],
    completesByName: false
  ) { invocation, session in
    switch invocation.string("action") {
    case "add":
      let article: ArticleID = try Invocation.id(invocation.string("target")!)
      guard let what = invocation.string("text") else {
        throw ShellError.invalidValue(
          "claim add needs the claim's exact text or START-END; usage: claim add a1 \"text\"")
      }
      let span = try locate(what, in: article, session: session)
      let id = try session.store.addClaim(
        in: article, span: span, context: session.context(invocation))
      session.print("added \(id) at \(span)")
    case "dismiss":
      guard invocation.string("text") == nil else {
        throw ShellError.invalidValue(
          "claim dismiss takes only a claim ID; usage: claim dismiss c7")
      }
      let id: ClaimID = try Invocation.id(invocation.string("target")!)
      switch try session.store.setStatus(.dismissed, of: id, context: session.context(invocation)) {
      case .changed: session.print("dismissed \(id)")
      case .unchanged: session.print("\(id) was already dismissed; nothing changed")
      }
    case let other:
      throw ShellError.invalidValue("claim takes add or dismiss, not \(other ?? "nothing")")
    }
  }

  /// `START-END` as a span, or the first occurrence of the exact text.
  private static func locate(_ what: String, in article: ArticleID, session: Session) throws
    -> TextSpan
  {
    let bounds = what.split(separator: "-", omittingEmptySubsequences: false)
    if bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]) {
      guard start < end else {
        throw ShellError.invalidValue("\(what): the end must come after the start")
      }
      return TextSpan(start: start, end: end)
    }
    let text = ScalarText(try session.store.article(article).text)
    guard let span = LooseMatch.firstSpan(of: what, in: text) else {
      throw ShellError.invalidValue(
        "\(article) does not contain \"\(what)\"; check the exact words with read")
    }
    return span
  }
}
