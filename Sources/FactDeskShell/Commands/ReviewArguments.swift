import FactDeskCore

/// Parsing of the IDs and words the review commands share, with messages that say what fits.
enum ReviewArguments {
  static func claim(_ text: String) throws -> ClaimID { try Invocation.id(text) }

  /// A claim, quote or article: what notes go on.
  static func item(_ text: String) throws -> ReviewItem {
    guard let item = ReviewItem(text: text) else {
      throw ShellError.invalidValue("\(text) is not a claim, quote or article ID (like c7, q4, a1)")
    }
    return item
  }

  /// A claim or quote: what tags go on.
  static func taggable(_ text: String) throws -> ReviewItem {
    guard let item = ReviewItem(text: text), !isArticle(item) else {
      throw ShellError.invalidValue("\(text) is not a claim or quote ID (like c7, q4)")
    }
    return item
  }

  private static func isArticle(_ item: ReviewItem) -> Bool {
    if case .article = item { return true }
    return false
  }

  static func linkEnd(_ text: String) throws -> LinkEnd {
    guard let end = LinkEnd(text: text) else {
      throw ShellError.invalidValue(
        "\(text) cannot be linked; links join claims, quotes, persons and sources (c7, q4, p2, or a source number)"
      )
    }
    return end
  }

  static func relation(_ text: String) throws -> LinkRelation {
    guard let relation = LinkRelation(rawValue: text) else {
      let names = LinkRelation.allCases.map(\.rawValue)
      let suggestion = CommandRegistry(names.map { CommandSpec(name: $0, summary: "") { _, _ in } })
        .suggestion(for: text)
      throw ShellError.invalidValue(
        "unknown relation \(text)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
          + " (relations: \(names.joined(separator: ", ")))")
    }
    return relation
  }

  static func status(_ text: String) throws -> ClaimStatus {
    guard let status = ClaimStatus(rawValue: text) else {
      throw ShellError.invalidValue(
        "unknown status \(text) (statuses: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    return status
  }

  static func integer(_ text: String?, option: String) throws -> Int? {
    guard let text else { return nil }
    guard let value = Int(text) else {
      throw ShellError.invalidValue("--\(option) takes a whole number, not \(text)")
    }
    return value
  }

  /// Words joined for messages: "budget, education".
  static func list(_ words: [String]) -> String { words.joined(separator: ", ") }
}
