/// Decides whether a quote is a whole utterance, a fragment of the reporter's sentence, or
/// a term: a word or name in quotation marks that nobody is being quoted as saying.
enum QuoteClassifier {
  /// The longest quote, in words, that can be a term.
  static let termMaximumWords = 5

  static func kind(
    of quote: QuoteMarks, in text: [Unicode.Scalar], sentenceStart: Int,
    directlyCued: Bool
  ) -> QuoteKind {
    if quote.style == .dash { return .direct }
    let utterance = quote.utterance
    var words = 0
    var inWord = false
    var cursor = utterance.start
    // Counting stops past the longest term: a split quote is classified piece by piece,
    // and a huge utterance must not be recounted for each piece.
    while cursor < utterance.end && words <= termMaximumWords {
      let isSpace = text[cursor].isSegmenterSpace
      if !isSpace && !inWord { words += 1 }
      inWord = !isSpace
      cursor += 1
    }
    let first = text[utterance.start]
    let last = text[utterance.end - 1]
    let endsLikeSentence = last.isSentenceTerminator || last == ","
    let before = previousVisible(text, before: quote.utteranceOpen, floor: sentenceStart)
    let opensClause =
      before == nil || before == ":" || before == "," || before == "—"
      || before == "–" || before == "(" || before == "-"
    // A whole utterance starts with a capital where a clause may start, or ends with its
    // own punctuation inside the marks.
    if words >= 3 && (first.isUppercaseLetter && opensClause || endsLikeSentence && opensClause) {
      return .direct
    }
    if directlyCued || words > termMaximumWords || endsLikeSentence { return .partial }
    // "une "prime d'équipement"", "un "tremplin"", "de type "e-Inspé"": a short quote right
    // after an article or a naming word is used as a noun.
    let introducer = wordBefore(text, at: quote.utteranceOpen, floor: sentenceStart)
    if words <= 3, introducer.contains(.nounIntroducer) { return .term }
    // "Territoires numériques éducatifs", "Poitiers capitale du numérique": a capitalised
    // name inside the reporter's sentence.
    if first.isUppercaseLetter && !opensClause && !isFunctionWord(text, utterance) {
      return .term
    }
    return .partial
  }

  static func previousVisible(_ text: [Unicode.Scalar], before index: Int, floor: Int)
    -> Unicode.Scalar?
  {
    var cursor = index - 1
    while cursor >= floor && text[cursor].isSegmenterSpace { cursor -= 1 }
    return cursor >= floor ? text[cursor] : nil
  }

  /// The classes of the word just before a quote mark (after an apostrophe too: "l'").
  static func wordBefore(_ text: [Unicode.Scalar], at index: Int, floor: Int) -> WordClass {
    var end = index
    while end > floor && text[end - 1].isSegmenterSpace { end -= 1 }
    if end > floor && text[end - 1].isApostrophe { end -= 1 }
    var start = end
    while start > floor && text[start - 1].isWordLetter && end - start < 30 { start -= 1 }
    guard start < end else { return [] }
    return Lexicon.classes(ofHash: WordHash.of(text[start..<end]))
  }

  /// Whether the quote starts with a pronoun or article, as speech does ("Il faut…").
  static func isFunctionWord(_ text: [Unicode.Scalar], _ span: TextSpan) -> Bool {
    var end = span.start
    while end < span.end && text[end].isWordLetter { end += 1 }
    let classes = Lexicon.classes(ofHash: WordHash.of(text[span.start..<end]))
    return classes.contains(.frenchStopWord) || classes.contains(.englishStopWord)
  }
}
