/// Scores sentences and quotes for check-worthiness.
enum ClaimScorer {
  static let defaultThreshold = 0.4

  static func claims(
    text: [Unicode.Scalar], sentences: [TextSpan], quotes: [FoundQuote],
    sentenceSpeakers: [Int: Int], language: Language, threshold: Double
  ) -> [FoundClaim] { [] }
}
