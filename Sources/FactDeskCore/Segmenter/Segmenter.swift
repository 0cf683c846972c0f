/// Splits a clean article into sentences, quotes with their speakers, and check-worthy
/// claims. Pure functions: the same text always gives the same segmentation.
///
/// The text is read in windows of whole paragraphs (`ParagraphWindows`), each decoded into
/// Unicode scalars, the unit of every span, and read in a few linear passes while it is in
/// the cache: `SentenceSplitter` (with `SentenceEnd`, `AbbreviationRule`, `ListMarker`),
/// `QuoteScanner` (with `InciseSplitter`, `DialogueLines`), then `QuoteAnalysis`, which
/// tokenises each sentence once to find names (`NameReader`), cues (`SpeakerFinder`,
/// `SpeakerPhrase`), people (`PersonRegistry`), quote kinds (`QuoteClassifier`) and claim
/// features (`ClaimFeatures`), and finally `ClaimScorer`. The people and the last speaker
/// carry over from window to window (`ArticleMemory`).
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
    segment(
      text, language: language, claimThreshold: claimThreshold,
      windowLength: ParagraphWindows.defaultLength)
  }

  /// Segments `text` in windows of about `windowLength` bytes; any length gives the same
  /// segmentation, which the tests check with tiny windows.
  static func segment(
    _ text: String, language: Language?, claimThreshold: Double, windowLength: Int
  ) -> Segmentation {
    var text = text
    return text.withUTF8 { bytes in
      var reader = WindowReader(
        language: language ?? detectLanguage(bytes), claimThreshold: claimThreshold)
      if bytes.count > windowLength { reader.reserveCapacity(forBytes: bytes.count) }
      var windows = ParagraphWindows(bytes, length: windowLength)
      while let window = windows.next() {
        guard reader.read(window) else { break }
      }
      return reader.finish()
    }
  }

  /// The language of the text's opening, which `LanguageDetector` reads up to a bound.
  private static func detectLanguage(_ bytes: UnsafeBufferPointer<UInt8>) -> Language {
    // Enough bytes for the scalars the detector reads, at four bytes a scalar at most, cut
    // back to a scalar's first byte.
    var end = min(bytes.count, LanguageDetector.scalarsRead * 4)
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
    let opening = ScalarDecoder.scalars(of: UnsafeBufferPointer(rebasing: bytes[..<end]))
    return LanguageDetector.detect(opening, upTo: opening.count)
  }
}

/// Segments an article one window at a time, gathering the results in the article's
/// offsets.
private struct WindowReader {
  let claimThreshold: Double
  private var segmentation: Segmentation
  private var memory = ArticleMemory()
  /// Where the next window starts in the article, in scalars.
  private var windowStart = 0

  init(language: Language, claimThreshold: Double) {
    self.claimThreshold = claimThreshold
    segmentation = Segmentation(language: language)
  }

  /// Reserves room for the findings of a text of `byteCount` bytes read in several windows,
  /// generously: room never touched is address space, not memory, and an array grown by
  /// doubling instead copies its findings and touches fresh pages each time.
  mutating func reserveCapacity(forBytes byteCount: Int) {
    // News sentences average well over a hundred bytes, and quotes are rarer still.
    segmentation.sentences.reserveCapacity(byteCount / 48)
    segmentation.claims.reserveCapacity(byteCount / 48)
    segmentation.quotes.reserveCapacity(byteCount / 512)
  }

  /// Segments the next window; false once the article is too long to read further.
  mutating func read(_ window: UnsafeBufferPointer<UInt8>) -> Bool {
    var scalars = ScalarDecoder.scalars(of: window)
    // Tokens keep their offsets in 32 bits; a text past two billion scalars (8 GB once
    // decoded) is beyond any article, so such a text is cut rather than mis-segmented.
    let room = Int(Int32.max) - windowStart
    if scalars.count > room { scalars.removeSubrange(room...) }
    let language = segmentation.language
    let sentences = SentenceSplitter.sentences(in: scalars, language: language)
    var analysis = QuoteAnalysis(
      text: scalars, sentences: sentences, windowStart: windowStart, memory: &memory)
    analysis.run()
    memory = analysis.memory
    let claims = ClaimScorer.claims(
      text: scalars, sentences: sentences, features: analysis.claimFeatures,
      quotes: analysis.quotes, sentenceSpeakers: analysis.sentenceSpeakers,
      threshold: claimThreshold)
    let start = windowStart
    Self.gather(sentences, at: start, into: &segmentation.sentences) { $0 = $0.shifted(by: $1) }
    Self.gather(analysis.quotes, at: start, into: &segmentation.quotes) {
      $0.span = $0.span.shifted(by: $1)
    }
    Self.gather(claims, at: start, into: &segmentation.claims) {
      $0.span = $0.span.shifted(by: $1)
    }
    windowStart += scalars.count
    return windowStart < Int(Int32.max)
  }

  /// Appends the findings of the window starting at `windowStart`, in the window's
  /// offsets, to the article's. The first window's are taken as they are when nothing was
  /// reserved for them, not copied: a text without a cut is one window, and copying would
  /// hold its findings twice.
  private static func gather<Finding>(
    _ findings: [Finding], at windowStart: Int, into all: inout [Finding],
    shift: (inout Finding, Int) -> Void
  ) {
    if windowStart == 0 && all.capacity == 0 {
      all = findings
      return
    }
    for var finding in findings {
      shift(&finding, windowStart)
      all.append(finding)
    }
  }

  /// The segmentation of every window read, with the people met in all of them.
  mutating func finish() -> Segmentation {
    segmentation.persons = memory.registry.persons
    return segmentation
  }
}

extension TextSpan {
  /// The same span in a text where the window it was found in starts at `offset`.
  func shifted(by offset: Int) -> TextSpan {
    TextSpan(start: start + offset, end: end + offset)
  }
}
