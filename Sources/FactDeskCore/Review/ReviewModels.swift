/// One label of the rating scale, with its schema.org ClaimReview rating.
public struct RatingLabel: Sendable, Equatable {
  public var label: String
  public var ratingValue: Int?
  public var bestRating: Int?
  public var worstRating: Int?
  public var alternateName: String

  public init(
    label: String, ratingValue: Int? = nil, bestRating: Int? = nil, worstRating: Int? = nil,
    alternateName: String
  ) {
    self.label = label
    self.ratingValue = ratingValue
    self.bestRating = bestRating
    self.worstRating = worstRating
    self.alternateName = alternateName
  }
}

/// A claim's current verdict.
public struct Verdict: Sendable, Equatable {
  public var label: String
  public var note: String?
  public var editor: String
  public var decidedAt: String
}

/// A piece of evidence attached to a claim. Editors name it by its number.
public struct EvidenceSource: Sendable, Equatable {
  public var id: Int64
  public var claim: ClaimID
  public var url: String
  public var title: String?
  public var excerpt: String?
  public var accessed: String?
  public var editor: String
  public var addedAt: String
}

/// A note written on a claim, a quote or an article.
public struct ReviewNote: Sendable, Equatable {
  public var id: Int64
  public var text: String
  public var editor: String
  public var writtenAt: String
}

/// The relation of a typed link, and which kinds of things it may join.
public enum LinkRelation: String, Sendable, CaseIterable {
  case supports, contradicts, repeats
  case sameAs = "same-as"
  case cites
  case saidBy = "said-by"

  /// The allowed (from, to) kinds, as editors read them: "claim -> claim".
  public var allowedEnds: [(from: String, to: String)] {
    switch self {
    case .supports, .contradicts, .repeats: [("claim", "claim")]
    case .sameAs: [("claim", "claim"), ("person", "person")]
    case .cites: [("claim", "source")]
    case .saidBy: [("quote", "person")]
    }
  }

  public var allowedDescription: String {
    allowedEnds.map { "\($0.from) -> \($0.to)" }.joined(separator: " or ")
  }
}

/// One end of a link: a claim, quote, person or source.
public enum LinkEnd: Hashable, Sendable, CustomStringConvertible {
  case claim(ClaimID)
  case quote(QuoteID)
  case person(PersonID)
  case source(Int64)

  /// Parses c7, q4, p2, or a bare number for a source.
  public init?(text: String) {
    if let id = ClaimID(text: text) {
      self = .claim(id)
    } else if let id = QuoteID(text: text) {
      self = .quote(id)
    } else if let id = PersonID(text: text) {
      self = .person(id)
    } else if let number = Int64(text), number > 0 {
      self = .source(number)
    } else {
      return nil
    }
  }

  public var kindNoun: String {
    switch self {
    case .claim: "claim"
    case .quote: "quote"
    case .person: "person"
    case .source: "source"
    }
  }

  public var description: String {
    switch self {
    case .claim(let id): id.description
    case .quote(let id): id.description
    case .person(let id): id.description
    case .source(let number): "source \(number)"
    }
  }
}

/// A typed link as listed: from, relation, to.
public struct ReviewLink: Sendable, Equatable {
  public var from: LinkEnd
  public var relation: LinkRelation
  public var to: LinkEnd
}

/// Whether a change was made or found already in place, so commands can say which.
public enum ChangeResult: Sendable, Equatable {
  case changed
  case unchanged
}

/// One row of the event log.
public struct HistoryEntry: Sendable, Equatable {
  public var id: Int64
  public var at: String
  public var editor: String
  public var command: String
  public var action: String
  public var target: String
  public var before: String?
  public var after: String?
  public var undoes: Int64?
  public var undoneBy: Int64?
}

/// The number of items per tag.
public struct TagCount: Sendable, Equatable {
  public var name: String
  public var claims: Int
  public var quotes: Int
}

/// How far the review of an article (or of all) has come.
public struct ReviewProgress: Sendable, Equatable {
  public var open = 0
  public var inProgress = 0
  public var verified = 0
  public var dismissed = 0
  /// Verified claims per label, in scale order.
  public var byLabel: [(label: String, count: Int)] = []

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.open == rhs.open && lhs.inProgress == rhs.inProgress && lhs.verified == rhs.verified
      && lhs.dismissed == rhs.dismissed && lhs.byLabel.map(\.label) == rhs.byLabel.map(\.label)
      && lhs.byLabel.map(\.count) == rhs.byLabel.map(\.count)
  }
}
