/// Finds the quotes of a text, their kinds and speakers, and the speakers of reported
/// statements, sentence by sentence.
struct QuoteAnalysis {
  let text: [Unicode.Scalar]
  let sentences: [TextSpan]
  let language: Language
  var quotes: [FoundQuote] = []
  var persons: [FoundPerson] = []
  /// The speaker of each sentence that reports speech, by sentence index.
  var sentenceSpeakers: [Int: Int] = [:]

  init(text: [Unicode.Scalar], sentences: [TextSpan], language: Language) {
    self.text = text
    self.sentences = sentences
    self.language = language
  }

  mutating func run() {}
}
