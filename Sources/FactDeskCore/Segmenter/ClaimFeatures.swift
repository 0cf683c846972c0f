/// The features of one sentence and the score they add up to.
struct ClaimFeatures {
  var value: Double
  var reasons: [String]

  static let base = 0.15

  static func score(
    _ tokens: [Token], text: [Unicode.Scalar], context: SentenceContext, attributed: Bool
  ) -> ClaimFeatures {
    var found: WordClass = []
    var numbers = 0
    var years = 0
    var words = 0
    var namedEntity = false
    var amount = false
    var percent = false
    var question = false
    for (index, token) in tokens.enumerated() {
      found.formUnion(token.classes)
      if token.is(.word) { words += 1 }
      if token.is(.number) || token.is(.hasDigit) {
        numbers += 1
        if token.length == 4,
          let year = Int(
            String(
              String.UnicodeScalarView(
                text[token.start..<token.end]))), year >= 1900 && year <= 2100
        {
          years += 1
        }
        if index + 1 < tokens.count {
          let next = tokens[index + 1]
          if next.has(.currencyWord) || next.has(.numberWord)
            || next.first == "M"
              && index + 2 < tokens.count && tokens[index + 2].has(.currencyWord)
          {
            amount = true
          }
          if next.first == "%"
            || (next.has(.percentWord) && index + 2 < tokens.count
              && (tokens[index + 2].hash == Self.cent || tokens[index + 2].hash == Self.centWord))
            || next.hash == Self.percentHash
          {
            percent = true
          }
        }
        if index > 0 && tokens[index - 1].has(.currencyWord) { amount = true }
      }
      if token.is(.capitalised) && index > 0 && !tokens[index - 1].is(.punctuation)
        && !token.has(.frenchStopWord) && !token.has(.englishStopWord)
      {
        namedEntity = true
      }
      if token.first == "?" { question = true }
    }
    var score = ClaimFeatures(value: base, reasons: [])
    if numbers > years {
      score.add(0.25, "number")
    } else if found.contains(.numberWord) {
      score.add(0.1, "number")
    }
    if amount { score.add(0.15, "amount") }
    if percent { score.add(0.15, "percentage") }
    if years > 0 || found.contains(.month) { score.add(0.2, "date") }
    if found.contains(.comparison) { score.add(0.1, "comparison") }
    if found.contains(.superlative) { score.add(0.1, "superlative") }
    if namedEntity && found.contains(.factualVerb) {
      score.add(0.15, "named entity with factual verb")
    }
    if found.contains(.causal) { score.add(0.05, "causal language") }
    if found.contains(.statistical) { score.add(0.1, "statistical language") }
    if attributed { score.add(0.1, "attributed statement") }
    if question { score.add(-0.3, "question") }
    if found.contains(.opinion) { score.add(-0.2, "opinion") }
    if found.contains(.futureOrAnnouncement) { score.add(-0.1, "announcement or prediction") }
    if words < 5 { score.add(-0.1, "too short") }
    if context == .heading {
      score.value *= 0.4
      score.reasons.append("heading")
    }
    if found.contains(.creditWord) && words <= 12 {
      score.value *= 0.3
      score.reasons.append("byline or credit")
    }
    score.value = min(1, max(0, score.value))
    return score
  }

  static let cent = WordHash.of("cent")
  static let centWord = WordHash.of("cents")
  static let percentHash = WordHash.of("percent")

  mutating func add(_ points: Double, _ reason: String) {
    value += points
    reasons.append(reason)
  }
}
