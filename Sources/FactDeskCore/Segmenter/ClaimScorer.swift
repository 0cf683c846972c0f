/// Scores sentences and quotes for check-worthiness, transparently: every point added or
/// taken away comes with a reason an editor can read.
///
/// The features follow what fact-checkers look for (ClaimBuster's "check-worthy factual
/// sentence", Full Fact's claim types): numbers, amounts, percentages, dates, comparisons,
/// named entities doing something, causes, statistics, attributed statements. Opinions,
/// questions, announcements, headings and bylines are what they are not.
enum ClaimScorer {
  /// Measured on the seed article (Tests/FactDeskCoreTests/Fixtures/seed-article.txt): its
  /// four factual sentences (the dates of the États généraux, the equipment supplied, the
  /// 178 M€ bonus, the curriculum) score 0.4 to 1, while its headings, caption, byline,
  /// opinions ("il est important…", "une généralisation … souhaitable") and quoted wishes
  /// score 0.35 or less. 0.38 sits in that gap, clear of rounding at 0.4.
  static let defaultThreshold = 0.38

  /// Turns the features measured on each sentence into claims, adding each sentence's
  /// speaker, and scores the quotes that state facts as claims of their speaker.
  static func claims(
    text: [Unicode.Scalar], sentences: [TextSpan], features: [ClaimFeatures],
    quotes: [FoundQuote], sentenceSpeakers: [Int?], threshold: Double
  ) -> [FoundClaim] {
    var claims: [FoundClaim] = []
    var tokens: [Token] = []
    var quoteCursor = 0
    // One list of reason names per combination of reasons, shared by every claim that
    // has it: a list each was 53,000 small arrays for 20 MB of text.
    var reasonLists: [UInt32: [String]] = [:]
    func reasons(_ features: ClaimFeatures, attributed: Bool) -> [String] {
      let bits = features.reasonBits(attributed: attributed)
      if let shared = reasonLists[bits] { return shared }
      let names = ClaimFeatures.reasons(ofBits: bits)
      reasonLists[bits] = names
      return names
    }
    for (index, sentence) in sentences.enumerated() {
      let speaker = sentenceSpeakers[index]
      let score = features[index].score(attributed: speaker != nil)
      if score >= threshold {
        claims.append(
          FoundClaim(
            span: sentence, score: score,
            reasons: reasons(features[index], attributed: speaker != nil), speaker: speaker))
      }
      // Quotes inside this sentence that state a fact are claims of their speaker too.
      while quoteCursor < quotes.count && quotes[quoteCursor].span.start < sentence.end {
        let quote = quotes[quoteCursor]
        quoteCursor += 1
        guard quote.kind != .term, quote.span != sentence else { continue }
        Tokenizer.tokens(in: text, from: quote.span.start, to: quote.span.end, into: &tokens)
        let quoted = ClaimFeatures.measure(tokens, text: text, context: .quote)
        let attributed = quote.speaker != nil
        let quoteScore = quoted.score(attributed: attributed)
        if quoteScore >= threshold {
          claims.append(
            FoundClaim(
              span: quote.span, score: quoteScore, reasons: reasons(quoted, attributed: attributed),
              speaker: quote.speaker))
        }
      }
    }
    return claims
  }
}

/// Where a sentence sits: a heading or byline scores low whatever it says.
enum SentenceContext {
  case prose, heading, quote

  init(text: [Unicode.Scalar], span: TextSpan) {
    // A paragraph of one sentence without final punctuation is a heading or a caption.
    var last = span.end - 1
    while last > span.start && text[last].isClosingPunctuation { last -= 1 }
    // Most sentences end with their punctuation: no need to look around them.
    guard !text[last].isSentenceTerminator else {
      self = .prose
      return
    }
    let alone =
      Self.isParagraphEdge(text, from: span.start - 1, step: -1)
      && Self.isParagraphEdge(text, from: span.end, step: 1)
    self = alone ? .heading : .prose
  }

  private static func isParagraphEdge(_ text: [Unicode.Scalar], from index: Int, step: Int)
    -> Bool
  {
    var cursor = index
    var breaks = 0
    while cursor >= 0 && cursor < text.count && text[cursor].isSegmenterSpace {
      if text[cursor].isLineBreak { breaks += 1 }
      cursor += step
    }
    return cursor < 0 || cursor >= text.count || breaks > 0
  }
}
