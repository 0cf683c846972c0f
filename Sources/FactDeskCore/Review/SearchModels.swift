/// One search result: a claim, quote or source, with the match marked [like this].
public struct SearchHit: Sendable, Equatable {
  public enum Kind: String, Sendable { case claim, quote, source }

  public var kind: Kind
  /// As editors type it: c7, q4, or a source's number.
  public var id: String
  public var article: ArticleID
  /// For sources, the claim they support.
  public var claim: ClaimID?
  public var snippet: String
  /// bm25 rank: lower is better.
  public var rank: Double
}

/// What a search found, best first, and whether it ranked only some of the matching claims.
public struct SearchResults: Sendable, Equatable {
  public var hits: [SearchHit]
  /// Set when more claims matched than a search ranks: only this many, the newest, were.
  public var rankedClaims: Int?

  public init(hits: [SearchHit], rankedClaims: Int? = nil) {
    self.hits = hits
    self.rankedClaims = rankedClaims
  }
}

/// Filters that narrow a search to claims with a verdict, tag, status or article.
public struct SearchFilter: Sendable, Equatable {
  public var verdict: String?
  public var tag: String?
  public var status: ClaimStatus?
  public var article: ArticleID?

  public init(
    verdict: String? = nil, tag: String? = nil, status: ClaimStatus? = nil,
    article: ArticleID? = nil
  ) {
    self.verdict = verdict
    self.tag = tag
    self.status = status
    self.article = article
  }
}

/// A claim in another article that says much the same thing.
public struct SimilarClaim: Sendable, Equatable {
  public var id: ClaimID
  public var article: ArticleID
  public var text: String
  public var verdict: String?
  public var score: Double
  /// Numbers and names both claims contain.
  public var shared: [String]
}

/// Words of a text as FTS5 terms, and the numbers and capitalised names in it.
enum SearchTerms {
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// A MATCH expression: every word quoted, joined by `joiner` (space for AND, " OR ").
  static func query(_ words: [String], joiner: String = " ") -> String {
    words.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: joiner)
  }

  /// Numbers (digits, with their separators dropped) and capitalised words not at the start.
  static func anchors(_ text: String) -> Set<String> {
    var anchors: Set<String> = []
    for (index, word) in words(text).enumerated() {
      if word.allSatisfy(\.isNumber) {
        anchors.insert(word)
      } else if index > 0, word.first?.isUppercase == true, word.count > 1 {
        anchors.insert(word)
      }
    }
    return anchors
  }

  /// Short function words carry no meaning for similarity.
  static let stopWords: Set<String> = [
    "le", "la", "les", "un", "une", "des", "de", "du", "et", "en", "au", "aux", "est", "sont",
    "que", "qui", "pour", "par", "sur", "dans", "the", "a", "an", "of", "and", "to", "in", "is",
    "are", "that", "for", "on", "by", "with", "il", "elle", "ce", "cette", "ces", "a", "ne", "pas",
    "plus",
  ]
}
