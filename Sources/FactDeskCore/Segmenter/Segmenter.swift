/// Splits a clean article into sentences, quotes with their speakers, and check-worthy
/// claims. Pure functions: the same text always gives the same segmentation.
///
/// The text is decoded once into Unicode scalars, the unit of every span, and read in a
/// few linear passes: `SentenceSplitter` (with `SentenceEnd`, `AbbreviationRule`,
/// `ListMarker`), `QuoteScanner` (with `InciseSplitter`, `DialogueLines`), then
/// `QuoteAnalysis`, which tokenises each sentence once to find names (`NameReader`), cues
/// (`SpeakerFinder`, `SpeakerPhrase`), people (`PersonRegistry`), quote kinds
/// (`QuoteClassifier`) and claim features (`ClaimFeatures`), and finally `ClaimScorer`.
/// Word lists live in `CueVerbs`, `PersonWords`, `QuoteWords`, `ClaimWords`,
/// `Abbreviations` and `FunctionWords`, looked up through `Lexicon` by a hash of each word.
/// Measurements: Benchmarks/SEGMENTER.md.
public enum Segmenter {
  /// Claims scoring at least this are returned. Chosen on the seed article's gold claims;
  /// see `ClaimScorer.defaultThreshold` for the measurement.
  public static let defaultClaimThreshold = ClaimScorer.defaultThreshold

  /// Segments `text`; `language` nil means detect it from the text.
  public static func segment(_ text: String, language: Language? = nil) -> Segmentation {
    segment(text, language: language, claimThreshold: defaultClaimThreshold)
  }

  /// Segments `text`, returning the claims that score at least `claimThreshold`.
  public static func segment(_ text: String, language: Language?, claimThreshold: Double)
    -> Segmentation
  {
    // Tokens keep their offsets in 32 bits; a text past two billion scalars (8 GB once
    // decoded) is beyond any article, so such a text is cut rather than mis-segmented.
    var scalars = ScalarDecoder.scalars(of: text)
    if scalars.count > Int(Int32.max) { scalars.removeSubrange(Int(Int32.max)...) }
    let language = language ?? LanguageDetector.detect(scalars, upTo: scalars.count)
    let sentences = SentenceSplitter.sentences(in: scalars, language: language)
    var analysis = QuoteAnalysis(text: scalars, sentences: sentences)
    analysis.run()
    let claims = ClaimScorer.claims(
      text: scalars, sentences: sentences, features: analysis.claimFeatures,
      quotes: analysis.quotes, sentenceSpeakers: analysis.sentenceSpeakers,
      threshold: claimThreshold)
    return Segmentation(
      language: language, sentences: sentences, quotes: analysis.quotes,
      persons: analysis.persons, claims: claims)
  }
}
