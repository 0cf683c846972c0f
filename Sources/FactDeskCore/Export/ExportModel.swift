/// Which claims an export covers.
public struct ExportSelection: Sendable, Equatable {
  /// The articles to export; empty means every article in the store.
  public var articles: [ArticleID] = []
  /// Only claims with a verdict.
  public var verifiedOnly = false
  public var status: ClaimStatus?
  /// Only claims (and quotes) carrying this tag.
  public var tag: String?
  /// Only claims decided (or, without a verdict, created) on or after this day, `YYYY-MM-DD`.
  public var since: String?

  public init(
    articles: [ArticleID] = [], verifiedOnly: Bool = false, status: ClaimStatus? = nil,
    tag: String? = nil, since: String? = nil
  ) {
    self.articles = articles
    self.verifiedOnly = verifiedOnly
    self.status = status
    self.tag = tag
    self.since = since
  }

  /// Whether some claims may be left out, so links to them must be dropped too.
  public var filtersClaims: Bool { verifiedOnly || status != nil || tag != nil || since != nil }
}

/// An article as exports see it: metadata and clean text.
public struct ExportArticle: Sendable {
  public var id: ArticleID
  public var source: String
  public var sha256: String
  public var title: String?
  public var authors: [String]
  public var published: String?
  public var site: String?
  public var language: String
  public var loadedAt: String
  public var loadedBy: String
  public var text: String
  /// The text by Unicode scalars, the unit of every span.
  public var scalars: ScalarText

  /// The article's address when it was loaded from the web, else nil.
  public var url: String? {
    source.hasPrefix("http://") || source.hasPrefix("https://") ? source : nil
  }

  /// An IRI naming the article: its URL, else a URN from its digest.
  public var iri: String { url ?? "urn:sha256:\(sha256)" }
}

public struct ExportPerson: Sendable, Equatable {
  public var id: PersonID
  public var name: String
  public var role: String?
  public var mentions: [TextSpan] = []
}

public struct ExportVerdict: Sendable, Equatable {
  public var label: String
  public var alternateName: String
  public var ratingValue: Int?
  public var bestRating: Int?
  public var worstRating: Int?
  public var note: String?
  public var editor: String
  public var decidedAt: String
}

public struct ExportSource: Sendable, Equatable {
  public var id: Int64
  public var url: String
  public var title: String?
  public var excerpt: String?
  public var accessed: String?
  public var editor: String
  public var addedAt: String
}

public struct ExportNote: Sendable, Equatable {
  public var id: Int64
  public var text: String
  public var editor: String
  public var writtenAt: String
}

/// A typed link; its ends print as IDs (`c3`, `q2`, `p1`) or, for a source, `source:N`.
public struct ExportLink: Sendable, Equatable {
  public var id: Int64
  public var relation: String
  public var from: String
  public var to: String
  public var editor: String
  public var createdAt: String
}

public struct ExportParagraph: Sendable, Equatable {
  public var span: TextSpan
  public var role: String
}

public struct ExportClaim: Sendable {
  public var id: ClaimID
  public var span: TextSpan
  public var text: String
  public var score: Double
  /// The reasons as stored: a JSON array.
  public var reasonsJSON: String
  public var origin: String
  public var status: String
  public var createdAt: String
  public var speaker: ExportPerson?
  public var verdict: ExportVerdict?
  public var sources: [ExportSource] = []
  public var tags: [String] = []
  public var notes: [ExportNote] = []
}

public struct ExportQuote: Sendable {
  public var id: QuoteID
  public var span: TextSpan
  public var kind: String
  public var cue: String?
  public var speaker: ExportPerson?
  public var tags: [String] = []
  public var notes: [ExportNote] = []
}

/// One article with everything exported about it, read in one go so memory follows the
/// largest article, not the store.
public struct ExportBundle: Sendable {
  public var article: ExportArticle
  public var claims: [ExportClaim]
  public var quotes: [ExportQuote]
  /// Filled only when the format asks for the full structure (JSON, brat).
  public var paragraphs: [ExportParagraph] = []
  public var sentences: [TextSpan] = []
  public var persons: [ExportPerson] = []
  public var links: [ExportLink] = []
  public var articleNotes: [ExportNote] = []
}

/// One rating label of the house scale.
public struct ExportRatingLabel: Sendable, Equatable {
  public var label: String
  public var position: Int
  public var ratingValue: Int?
  public var bestRating: Int?
  public var worstRating: Int?
  public var alternateName: String
}

/// One row of the event log.
public struct ExportEvent: Sendable, Equatable {
  public var id: Int64
  public var at: String
  public var editor: String
  public var command: String
  public var action: String
  public var target: String
  public var articleID: Int64?
  public var before: String?
  public var after: String?
  public var undoes: Int64?
  public var undoneBy: Int64?
}
