/// Whether punctuation followed by a lower-case word still ends a sentence.
///
/// Usually it does not: a lower-case word after a quote's closing mark is its cue
/// ("« … ? » demande-t-il", "'This is great.' she said"), and after "!" or an ellipsis the
/// sentence often goes on ("Yahoo! in …", "really ... well"). But web and e-mail English
/// is often written without capitals; there a plain word, a period and a lower-case word
/// ("… and cute. i knew someone") is a new sentence, as is a question mark followed by a
/// word that is no cue ("are you kidding? why would you").
enum LowercaseStart {
  static func endsSentence(
    _ text: [Unicode.Scalar], terminatorAt index: Int, singlePeriod: Bool, closed: Bool,
    next: Int, sentenceStart: Int, language: Language
  ) -> Bool {
    guard language == .english, !closed else { return false }
    if singlePeriod {
      let word = SentenceEnd.wordBefore(text, periodAt: index, notBefore: sentenceStart)
      guard word.count >= 2, word.allSatisfy({ $0.isWordLetter }) else { return false }
      let classes = Lexicon.classes(ofHash: WordHash.of(word))
      return !classes.contains(.abbreviation) && !classes.contains(.titleAbbreviation)
    }
    guard text[index] == "?" else { return false }
    // "? he asked" and "? asked Smith" continue the sentence.
    var cursor = next
    for _ in 0..<2 {
      var hash = WordHash()
      let start = cursor
      while cursor < text.count && text[cursor].isWordLetter && cursor - start < 20 {
        hash.add(text[cursor])
        cursor += 1
      }
      let classes = Lexicon.classes(ofHash: hash.value)
      if classes.contains(.cueVerb) { return false }
      guard
        classes.contains(.malePronoun) || classes.contains(.femalePronoun)
          || classes.contains(.englishStopWord)
      else { return true }
      while cursor < text.count && text[cursor].isSegmenterSpace { cursor += 1 }
    }
    return true
  }
}
