/// What makes a sentence worth checking, measured once per sentence while it is tokenised.
/// The reasons are kept as bits; their names are written out only for the claims returned.
struct ClaimFeatures {
  /// One reason each; the points are in `points`, the names in `names`.
  enum Reason: Int, CaseIterable {
    case number, amount, percentage, date, comparison, superlative, namedEntity, causal
    case statistical, attributed, question, opinion, announcement, tooShort, heading, credit

    var name: String {
      switch self {
      case .number: "number"
      case .amount: "amount"
      case .percentage: "percentage"
      case .date: "date"
      case .comparison: "comparison"
      case .superlative: "superlative"
      case .namedEntity: "named entity with factual verb"
      case .causal: "causal language"
      case .statistical: "statistical language"
      case .attributed: "attributed statement"
      case .question: "question"
      case .opinion: "opinion"
      case .announcement: "announcement or prediction"
      case .tooShort: "too short"
      case .heading: "heading"
      case .credit: "byline or credit"
      }
    }

    /// Points added (or taken away) by the reason; headings and credits scale instead.
    var points: Double {
      switch self {
      case .number: 0.25
      case .amount, .percentage: 0.15
      case .date: 0.2
      case .comparison, .superlative, .statistical, .attributed: 0.1
      case .namedEntity: 0.15
      case .causal: 0.05
      case .question: -0.3
      case .opinion: -0.2
      case .announcement, .tooShort: -0.1
      case .heading, .credit: 0
      }
    }
  }

  static let base = 0.15
  /// `Reason.points` by raw value, read once per sentence without building `allCases`.
  private static let pointsByReason: [Double] = Reason.allCases.map(\.points)
  private static let nameByReason: [String] = Reason.allCases.map(\.name)
  /// A heading or caption states no claim, whatever its words; a byline even less.
  static let headingFactor = 0.4
  static let creditFactor = 0.3

  private var bits: UInt32 = 0
  /// Every class of the sentence's words, which also tells `QuoteAnalysis` whether the
  /// sentence can name a speaker without reading its tokens again.
  private(set) var wordClasses: WordClass = []
  /// Points for a number word when the sentence has no digits ("deux millions").
  private var numberWordOnly = false

  mutating func insert(_ reason: Reason) { bits |= 1 << UInt32(reason.rawValue) }
  func contains(_ reason: Reason) -> Bool { bits & (1 << UInt32(reason.rawValue)) != 0 }

  /// The score in [0, 1], with the attribution bonus when the statement has a speaker.
  func score(attributed: Bool) -> Double {
    var value = Self.base
    // The set bits in reason order, the order of `Reason.allCases`, so the sum is the same.
    var remaining = bits
    while remaining != 0 {
      let raw = remaining.trailingZeroBitCount
      remaining &= remaining &- 1
      value += Self.pointsByReason[raw]
    }
    if numberWordOnly { value -= 0.15 }
    if attributed { value += Reason.attributed.points }
    if contains(.heading) { value *= Self.headingFactor }
    if contains(.credit) { value *= Self.creditFactor }
    return min(1, max(0, value))
  }

  /// The reasons as bits, with the attribution's when the statement has a speaker: claims
  /// with the same bits have the same list of names, which `ClaimScorer` shares.
  func reasonBits(attributed: Bool) -> UInt32 {
    attributed ? bits | 1 << UInt32(Reason.attributed.rawValue) : bits
  }

  static func reasons(ofBits bits: UInt32) -> [String] {
    var chosen = bits
    var names: [String] = []
    names.reserveCapacity(chosen.nonzeroBitCount)
    // In reason order, as `Reason.allCases` lists them.
    while chosen != 0 {
      names.append(Self.nameByReason[chosen.trailingZeroBitCount])
      chosen &= chosen &- 1
    }
    return names
  }

  static func measure(
    _ tokens: [Token], text: [Unicode.Scalar], context: SentenceContext
  ) -> ClaimFeatures {
    var found: WordClass = []
    var numbers = 0
    var years = 0
    var words = 0
    var features = ClaimFeatures()
    // Whether a word, a capital or a question mark comes next follows no pattern a
    // branch predictor could learn, so those tests are counted and or-ed as 0 or 1
    // instead of branched on; numbers, the rare case, take a branch.
    var namedEntities: UInt16 = 0
    var questionMarks: UInt16 = 0
    var previousFlags = Token.Flags.punctuation  // the first token follows no word
    let stopWords: WordClass = [.frenchStopWord, .englishStopWord]
    for index in tokens.indices {
      let token = tokens[index]
      found.formUnion(token.classes)
      words &+= token.is(.word) ? 1 : 0
      if token.is(.hasDigit) {
        numbers += 1
        if token.length == 4 && isYear(text, token) { years += 1 }
        if isAmount(tokens, at: index) { features.insert(.amount) }
        if isPercentage(tokens, at: index) { features.insert(.percentage) }
      }
      // A capitalised word that is not a function word, after a word or a number.
      let capitalised: UInt16 = token.is(.capitalised) ? 1 : 0
      let afterWord: UInt16 = previousFlags.contains(.punctuation) ? 0 : 1
      let notStopWord: UInt16 = token.classes.isDisjoint(with: stopWords) ? 1 : 0
      namedEntities |= capitalised & afterWord & notStopWord
      questionMarks |= token.first == "?" ? 1 : 0
      previousFlags = token.flags
    }
    if namedEntities != 0 { features.insert(.namedEntity) }
    if questionMarks != 0 { features.insert(.question) }
    if numbers > years {
      features.insert(.number)
    } else if found.contains(.numberWord) {
      features.insert(.number)
      features.numberWordOnly = true
    }
    if years > 0 || found.contains(.month) { features.insert(.date) }
    if found.contains(.comparison) { features.insert(.comparison) }
    if found.contains(.superlative) { features.insert(.superlative) }
    if !found.contains(.factualVerb) && features.contains(.namedEntity) {
      features.bits &= ~(1 << UInt32(Reason.namedEntity.rawValue))
    }
    if found.contains(.causal) { features.insert(.causal) }
    if found.contains(.statistical) { features.insert(.statistical) }
    if found.contains(.opinion) { features.insert(.opinion) }
    if found.contains(.futureOrAnnouncement) { features.insert(.announcement) }
    if words < 5 { features.insert(.tooShort) }
    if context == .heading { features.insert(.heading) }
    if found.contains(.creditWord) && words <= 12 { features.insert(.credit) }
    features.wordClasses = found
    return features
  }

  // MARK: - Numbers

  private static func isYear(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
    var year = 0
    for offset in token.start..<token.end {
      guard text[offset].isASCIIDigit else { return false }
      year = year * 10 + Int(text[offset].value - 0x30)
    }
    return year >= 1900 && year <= 2100
  }

  /// "178 M€", "$3.5 million", "12 euros".
  private static func isAmount(_ tokens: [Token], at index: Int) -> Bool {
    if index > 0 && tokens[index - 1].has(.currencyWord) { return true }
    guard index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    if next.has(.currencyWord) { return true }
    if next.has(.numberWord) && index + 2 < tokens.count && tokens[index + 2].has(.currencyWord) {
      return true
    }
    if index > 0 && tokens[index - 1].has(.currencyWord) { return true }
    return next.first == "M" && next.length == 1 && index + 2 < tokens.count
      && tokens[index + 2].has(.currencyWord)
  }

  /// "18%", "18 %", "18 pour cent", "18 percent", "18 per cent".
  private static func isPercentage(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    if next.first == "%" || next.hash == percentHash { return true }
    return next.has(.percentWord) && index + 2 < tokens.count
      && (tokens[index + 2].hash == centHash)
  }

  static let centHash = WordHash.of("cent")
  static let percentHash = WordHash.of("percent")
}
