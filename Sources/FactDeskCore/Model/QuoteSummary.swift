/// One line of a quote listing.
public struct QuoteSummary: Sendable, Equatable {
  public var id: QuoteID
  public var article: ArticleID
  public var span: TextSpan
  /// The words inside the quotation marks.
  public var text: String
  public var kind: QuoteKind
  public var speaker: String?
  public var speakerID: PersonID?
  public var cue: String?
}

/// A person found in an article, with how often they are quoted.
public struct PersonSummary: Sendable, Equatable {
  public var id: PersonID
  public var article: ArticleID
  public var name: String
  public var role: String?
  public var mentionCount: Int
  public var quoteCount: Int
  public var claimCount: Int
}
