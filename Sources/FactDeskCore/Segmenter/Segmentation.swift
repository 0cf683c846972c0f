/// Everything the segmenter finds in one clean text. All spans are Unicode scalar offsets
/// into that text.
public struct Segmentation: Sendable, Equatable {
  public var language: Language
  public var sentences: [TextSpan]
  public var quotes: [FoundQuote]
  public var persons: [FoundPerson]
  public var claims: [FoundClaim]

  public init(
    language: Language, sentences: [TextSpan] = [], quotes: [FoundQuote] = [],
    persons: [FoundPerson] = [], claims: [FoundClaim] = []
  ) {
    self.language = language
    self.sentences = sentences
    self.quotes = quotes
    self.persons = persons
    self.claims = claims
  }
}

/// How a quotation is used in the reporter's text.
public enum QuoteKind: String, Sendable, Codable, CaseIterable {
  /// A whole utterance: « Il faut certifier ces connaissances », a-t-il dit.
  case direct
  /// A fragment inside the reporter's sentence, the common French case.
  case partial
  /// A quoted word or name that is nobody's speech: "prime d'équipement".
  case term
}

/// A quotation: the span inside its marks, its kind, and its speaker when one was found.
public struct FoundQuote: Sendable, Equatable {
  public var span: TextSpan
  public var kind: QuoteKind
  /// Index into `Segmentation.persons`.
  public var speaker: Int?
  /// The cue that names the speaker: "estime", "a-t-il déclaré", "selon".
  public var cue: String?

  public init(span: TextSpan, kind: QuoteKind, speaker: Int? = nil, cue: String? = nil) {
    self.span = span
    self.kind = kind
    self.speaker = speaker
    self.cue = cue
  }
}

/// One person, however many ways the article names them.
public struct FoundPerson: Sendable, Equatable {
  /// The fullest name the article gives: "Jean-Michel Blanquer".
  public var name: String
  /// The role when stated: "ministre de l'Éducation nationale".
  public var role: String?
  /// Every span that names or designates the person.
  public var mentions: [TextSpan]

  public init(name: String, role: String? = nil, mentions: [TextSpan] = []) {
    self.name = name
    self.role = role
    self.mentions = mentions
  }
}

/// A check-worthy statement with its score in [0, 1] and the reasons for it.
public struct FoundClaim: Sendable, Equatable {
  public var span: TextSpan
  public var score: Double
  public var reasons: [String]
  /// Index into `Segmentation.persons` when the statement is attributed.
  public var speaker: Int?

  public init(span: TextSpan, score: Double, reasons: [String], speaker: Int? = nil) {
    self.span = span
    self.score = score
    self.reasons = reasons
    self.speaker = speaker
  }
}
