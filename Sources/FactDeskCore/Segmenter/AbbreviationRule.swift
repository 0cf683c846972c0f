/// Whether a period after a word ends the sentence, when the word may be an abbreviation, an
/// initial or a number and the next word does not start in lower case.
enum AbbreviationRule {
  static func endsSentence(
    _ text: [Unicode.Scalar], word: ArraySlice<Unicode.Scalar>, next: Int, sentenceStart: Int,
    language: Language
  ) -> Bool {
    let nextScalar = SentenceEnd.firstWordScalar(text, from: next)
    var letters = 0
    var digits = 0
    var innerPeriods = 0
    for s in word {
      if s.isWordLetter { letters += 1 } else if s.isASCIIDigit { digits += 1 }
      if s == "." { innerPeriods += 1 }
    }
    // "1." or "12." opening a sentence is a list marker, not a sentence of its own.
    if letters == 0 {
      return !(word.startIndex == sentenceStart && digits <= 3)
    }
    let hash = WordHash.of(word)
    let classes = Lexicon.classes(ofHash: hash)
    if classes.contains(.titleAbbreviation) && letters > 1 {
      return false
    }
    // "U.S.", "J.-M.", "a.m.": initials and dotted acronyms run into the name or noun they
    // belong to ("the U.S. Government", "J.-M. Blanquer") unless a word that typically
    // opens a sentence follows.
    if innerPeriods > 0 && isDottedAcronym(word) {
      guard nextScalar.isUppercaseLetter else { return !nextScalar.isASCIIDigit }
      return nextWordStartsSentence(text, at: next)
    }
    if letters == 1 {
      let only = word.first!
      if only.isUppercaseLetter {
        // The English pronoun: "you and I. Did you see" (but "Albert I. Jones").
        if only == "I" && language != .french && !previousWordIsCapitalised(text, before: word) {
          return true
        }
        if classes.contains(.titleAbbreviation) { return false }
        if classes.contains(.abbreviation) || nextScalar.isASCIIDigit {
          return !nextScalar.isASCIIDigit
        }
        guard nextScalar.isUppercaseLetter else { return true }
        return nextWordStartsSentence(text, at: next)
          && !previousWordIsCapitalised(
            text, before: word)
      }
      if classes.contains(.abbreviation) { return !nextScalar.isASCIIDigit }
      // "a. The first item" opening a sentence is a list marker.
      return word.startIndex != sentenceStart
    }
    if classes.contains(.abbreviation) {
      return !nextScalar.isASCIIDigit
    }
    return true
  }

  /// "U.S", "a.m", "Ph.D", "J.-M": every piece between the periods is short. A file name
  /// or a URL ("content.html") is not an acronym.
  static func isDottedAcronym(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    var piece = 0
    for s in word {
      if s == "." || s.isHyphen {
        piece = 0
      } else {
        piece += 1
        if piece > 3 { return false }
      }
    }
    return true
  }

  static func nextWordStartsSentence(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    var cursor = index
    while cursor < text.count && text[cursor].isOpeningPunctuation { cursor += 1 }
    var hash = WordHash()
    let start = cursor
    while cursor < text.count && text[cursor].isWordLetter && cursor - start < 20 {
      hash.add(text[cursor])
      cursor += 1
    }
    return Lexicon.classes(ofHash: hash.value).contains(.sentenceStarter)
  }

  static func previousWordIsCapitalised(
    _ text: [Unicode.Scalar], before word: ArraySlice<Unicode.Scalar>
  ) -> Bool {
    var cursor = word.startIndex - 1
    while cursor >= 0 && text[cursor].isSegmenterSpace { cursor -= 1 }
    var first: Unicode.Scalar?
    let floor = cursor - 40
    while cursor >= 0 && cursor > floor && text[cursor].isWordLetter {
      first = text[cursor]
      cursor -= 1
    }
    return first?.isUppercaseLetter ?? false
  }
}
