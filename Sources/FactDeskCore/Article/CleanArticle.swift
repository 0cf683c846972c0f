import Foundation

/// An article as a reader sees it: the clean text, its paragraphs with their roles, and what
/// was removed on the way. This is what loading produces and what the store keeps.
public struct CleanArticle: Sendable, Equatable {
  /// A paragraph of the clean text and its role.
  public struct Paragraph: Sendable, Equatable, Codable {
    public var span: TextSpan
    public var role: ParagraphRole
    public init(span: TextSpan, role: ParagraphRole) {
      self.span = span
      self.role = role
    }
  }

  /// A piece of the input left out of the clean text, and why.
  public struct RemovedPart: Sendable, Equatable, Codable {
    public var text: String
    public var reason: String
    public init(text: String, reason: String) {
      self.text = text
      self.reason = reason
    }
  }

  /// Where the article came from: a path, a URL or "-" for standard input.
  public var source: String
  /// The bytes as read, before any decoding.
  public var raw: Data
  /// Lower-case hex SHA-256 of `raw`; loading the same bytes again finds the stored article.
  public var sha256: String
  /// The clean text; paragraphs are separated by one blank line ("\n\n").
  public var text: String
  public var paragraphs: [Paragraph]
  public var removed: [RemovedPart]
  /// Inline cross-references ("(lire sur AEF info)") kept in the text but not to be checked.
  public var references: [TextSpan]
  public var metadata: ArticleMetadata
  /// Things the reader of a load should know (an encoding guessed, bytes replaced).
  public var warnings: [String]

  public init(
    source: String, raw: Data, sha256: String, text: String, paragraphs: [Paragraph],
    removed: [RemovedPart] = [], references: [TextSpan] = [], metadata: ArticleMetadata,
    warnings: [String] = []
  ) {
    self.source = source
    self.raw = raw
    self.sha256 = sha256
    self.text = text
    self.paragraphs = paragraphs
    self.removed = removed
    self.references = references
    self.metadata = metadata
    self.warnings = warnings
  }
}

/// What is known about an article beyond its text.
public struct ArticleMetadata: Sendable, Equatable, Codable {
  public var title: String?
  public var authors: [String]
  /// Publication day as YYYY-MM-DD when the article states it.
  public var published: String?
  public var site: String?
  public var language: Language

  public init(
    title: String? = nil, authors: [String] = [], published: String? = nil, site: String? = nil,
    language: Language = .other
  ) {
    self.title = title
    self.authors = authors
    self.published = published
    self.site = site
    self.language = language
  }
}
