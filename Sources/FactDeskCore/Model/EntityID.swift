/// A kind of thing an editor can name by ID: its prefix letter and the noun used in messages.
public protocol EntityKind: Sendable {
  static var prefix: String { get }
  static var noun: String { get }
}

/// A typed ID: `ClaimID` and `QuoteID` are different types, so passing one for the other does
/// not compile. In text they print with their prefix, `c7`, `q4`.
public struct EntityID<Kind: EntityKind>: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let rawValue: Int64

  public init(_ rawValue: Int64) { self.rawValue = rawValue }

  /// Parses `c7` for a claim ID; nil when the prefix or number is wrong.
  public init?(text: String) {
    guard text.hasPrefix(Kind.prefix), let number = Int64(text.dropFirst(Kind.prefix.count)),
      number > 0
    else { return nil }
    rawValue = number
  }

  public var description: String { "\(Kind.prefix)\(rawValue)" }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum ArticleKind: EntityKind {
  public static let prefix = "a"
  public static let noun = "article"
}
public enum SentenceKind: EntityKind {
  public static let prefix = "s"
  public static let noun = "sentence"
}
public enum QuoteEntityKind: EntityKind {
  public static let prefix = "q"
  public static let noun = "quote"
}
public enum ClaimKind: EntityKind {
  public static let prefix = "c"
  public static let noun = "claim"
}
public enum PersonKind: EntityKind {
  public static let prefix = "p"
  public static let noun = "person"
}

public typealias ArticleID = EntityID<ArticleKind>
public typealias SentenceID = EntityID<SentenceKind>
public typealias QuoteID = EntityID<QuoteEntityKind>
public typealias ClaimID = EntityID<ClaimKind>
public typealias PersonID = EntityID<PersonKind>

/// Any ID an editor may type, for commands such as `show` that take several kinds.
public enum EntityReference: Hashable, Sendable, CustomStringConvertible {
  case article(ArticleID)
  case sentence(SentenceID)
  case quote(QuoteID)
  case claim(ClaimID)
  case person(PersonID)

  public init?(text: String) {
    if let id = ArticleID(text: text) {
      self = .article(id)
    } else if let id = SentenceID(text: text) {
      self = .sentence(id)
    } else if let id = QuoteID(text: text) {
      self = .quote(id)
    } else if let id = ClaimID(text: text) {
      self = .claim(id)
    } else if let id = PersonID(text: text) {
      self = .person(id)
    } else {
      return nil
    }
  }

  public var description: String {
    switch self {
    case .article(let id): id.description
    case .sentence(let id): id.description
    case .quote(let id): id.description
    case .claim(let id): id.description
    case .person(let id): id.description
    }
  }
}
