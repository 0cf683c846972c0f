/// An article as the store holds it.
public struct StoredArticle: Sendable, Equatable {
  public var id: ArticleID
  public var source: String
  public var sha256: String
  public var text: String
  public var paragraphs: [CleanArticle.Paragraph]
  public var removed: [CleanArticle.RemovedPart]
  public var references: [TextSpan]
  public var metadata: ArticleMetadata
  public var loadedAt: String
  public var loadedBy: String
}

/// One line of the article list.
public struct ArticleSummary: Sendable, Equatable {
  public var id: ArticleID
  public var title: String?
  public var source: String
  public var language: Language
  public var paragraphCount: Int
  public var sentenceCount: Int
  public var quoteCount: Int
  public var claimCount: Int
}

/// What a load did: the article's ID and whether it was new or already in the store.
public struct LoadOutcome: Sendable, Equatable {
  public var id: ArticleID
  public var isNew: Bool
}
