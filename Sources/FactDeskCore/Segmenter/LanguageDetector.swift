/// Tells French from English by counting their commonest function words.
///
/// Stop words are the most frequent tokens of any text, so a few hundred words decide the
/// question; reading only the opening of long texts keeps detection constant-time.
public enum LanguageDetector {
  /// How much of a text is read: enough words for a clear vote, bounded for huge inputs.
  static let scalarsRead = 20_000

  public static func detect(_ text: String) -> Language {
    let scalars = Array(text.unicodeScalars.prefix(scalarsRead))
    return detect(scalars, upTo: scalars.count)
  }

  static func detect(_ text: [Unicode.Scalar], upTo limit: Int) -> Language {
    let end = min(limit, scalarsRead)
    var french = 0
    var english = 0
    var words = 0
    var index = 0
    while index < end {
      guard text[index].isWordLetter else {
        index += 1
        continue
      }
      var hash = WordHash()
      while index < end && text[index].isWordLetter {
        hash.add(text[index])
        index += 1
      }
      words += 1
      let classes = Lexicon.classes(ofHash: hash.value)
      if classes.contains(.frenchStopWord) { french += 1 }
      if classes.contains(.englishStopWord) { english += 1 }
    }
    // Function words make up a third or more of running text in either language; a text
    // where they are rare is in some other language (or is not prose at all).
    let votes = max(french, english)
    guard votes >= 2, votes * 8 >= words else { return .other }
    if french > english * 3 / 2 { return .french }
    if english > french * 3 / 2 { return .english }
    return .other
  }
}
