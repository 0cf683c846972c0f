/// What a paragraph is to a reader of the article.
public enum ParagraphRole: String, Sendable, Codable, CaseIterable {
  case headline
  case standfirst
  case body
  case subheading
  case caption
  case byline
  /// Kept in the raw input but not part of the clean text: banners, forms, menus, "read also".
  case boilerplate
}
