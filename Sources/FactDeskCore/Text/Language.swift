/// The language of an article. French and English are first-class; anything else degrades to
/// language-neutral rules.
public enum Language: String, Sendable, Codable, CaseIterable {
  case french = "fr"
  case english = "en"
  case other
}
