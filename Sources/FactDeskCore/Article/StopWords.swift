/// Function words of French and English, used to tell prose from menus and buttons (prose is
/// dense in them; navigation and forms are not) and to guess an article's language.
///
/// For other languages the density is taken from a small pooled list of the commonest function
/// words of German, Spanish, Italian, Portuguese, Dutch and Indonesian.
public enum StopWords {
  static let french: Set<String> = Set(
    """
    a à afin ai aie aient ainsi alors après as au aucun aucune aujourd auprès aussi autant autre
    autres aux avaient avait avant avec avez avoir avons ayant c ça car ce ceci cela celle celles
    celui cependant certains ces cet cette ceux chaque chez ci comme comment contre d dans de
    depuis des dès deux devant doit donc dont du durant elle elles en encore entre es est et
    étaient était étant été être eu eux fait faire fois font hors il ils j je jusqu l la là le
    les leur leurs lors lorsqu lorsque lui m ma mais me même mes moi moins mon n ne ni non nos
    notre nous on ont or ou où par parce parmi pas pendant peu peut peuvent plus plusieurs pour
    pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se selon ses seul si
    sien sont sous soit son sur t ta tandis tant te tel telle tes toi ton tous tout toute toutes
    très tu un une uns vers via vos votre vous y déjà elle aura sera serait été fut
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  static let english: Set<String> = Set(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own said same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours s t d ll re ve m while since
    according however although though its many much may might must one two new year years
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// The commonest function words of German, Spanish, Italian, Portuguese, Dutch and
  /// Indonesian together: enough to tell prose from menus in those languages, where
  /// factdesk has no list of its own.
  static let otherLanguages: Set<String> = Set(
    """
    der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an
    werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum
    war haben nur oder aber vor zur bis mehr durch man sein wurde sei ich wir ihr
    de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya
    o este porque esta entre cuando muy sin sobre también me hasta hay donde desde todo nos
    di e il che è non per del le si i da dei sono della come più ma anche ha nel gli alla
    questo delle ci ne essere o um uma os do da em é com não ao ele das tem seu sua ou ser
    quando muito há já está eu só pelo pela até isso ela era depois sem mesmo ter
    en van het een dat op te zijn voor niet aan er maar om ook als dan bij nog uit wel naar ze
    kan tot zo hij wat worden werd yang dan di ini itu dengan untuk dari dalam tidak akan pada
    juga ke karena oleh ada mereka kita kami saya atau sebagai bahwa telah adalah bisa lebih
    sudah hanya seperti tersebut dapat para apa harus
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// The stop list for `language`, or nil when there is none.
  static func list(for language: Language) -> Set<String>? {
    switch language {
    case .french: french
    case .english: english
    case .other: nil
    }
  }

  /// The share of words in `words` that are function words of `language`.
  static func density(of words: [Substring], language: Language) -> Double {
    guard !words.isEmpty else { return 0 }
    var hits = 0
    if let list = list(for: language) {
      for word in words where list.contains(String(word)) { hits += 1 }
      return Double(hits) / Double(words.count)
    }
    for word in words where otherLanguages.contains(String(word)) { hits += 1 }
    return Double(hits) / Double(words.count)
  }

  /// Guesses French, English or other from function-word counts.
  ///
  /// The words are hashed as they are read, lower-cased and split exactly as
  /// `Words.lowercased(in:)` does, and looked up by hash: building a `String` for each of a
  /// long article's first ten thousand words cost more than the rest of loading it.
  public static func detectLanguage(_ text: Substring) -> Language {
    var words = 0
    var frenchHits = 0
    var englishHits = 0
    var hash = WordHash()
    var inWord = false
    let lists = Self.hashedLists  // read the global once, not once per word
    func endWord() {
      guard inWord else { return }
      words += 1
      let classes = lists.classes(of: hash.value)
      if classes.contains(.frenchStopWord) { frenchHits += 1 }
      if classes.contains(.englishStopWord) { englishHits += 1 }
      hash = WordHash()
      inWord = false
    }
    for scalar in text.unicodeScalars {
      Words.forEachLowercased(scalar) { lower in
        if Words.isWordScalar(lower) {
          hash.add(lower)
          inWord = true
        } else {
          endWord()
        }
      }
    }
    endWord()
    guard words >= 5 else { return .other }
    let best = max(frenchHits, englishHits)
    // Below about one word in six neither list describes the text.
    guard best * 6 >= words else { return .other }
    return frenchHits >= englishHits ? .french : .english
  }

  /// The French and English lists by word hash. No listed word holds an apostrophe, so
  /// the hash's folding of typographic apostrophes cannot make a word match.
  private static let hashedLists = WordTable(lists: [
    (Array(french), .frenchStopWord), (Array(english), .englishStopWord),
  ])
}

/// Word tokens as the boilerplate rules see them: runs of letters and digits, lower-cased;
/// apostrophes split ("l’éducation" gives "l" and "éducation").
enum Words {
  static func lowercased(in text: Substring) -> [Substring] {
    split(Substring(lowercase(text)))
  }

  /// The same string as `text.lowercased()`, which for any non-ASCII text maps every scalar
  /// through `Unicode.Scalar.Properties.lowercaseMapping`, one `String` per scalar (most of
  /// the time spent guessing a language). Latin-1 scalars, nearly all of French and English,
  /// have one-scalar mappings known by comparison; only the others ask the properties.
  static func lowercase(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let lower = value >= 0x41 && value <= 0x5A ? value | 0x20 : value
        bytes.append(UInt8(truncatingIfNeeded: lower))
      } else if value < 0x100 {
        let lower = latin1Lowercase(value)
        bytes.append(0xC0 | UInt8(truncatingIfNeeded: lower >> 6))
        bytes.append(0x80 | UInt8(truncatingIfNeeded: lower & 0x3F))
      } else {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Calls `body` with the scalars `lowercase` turns `scalar` into: one, except for the
  /// few scalars past Latin-1 whose lower case is longer.
  @inline(__always)
  static func forEachLowercased(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
    let value = scalar.value
    if value < 0x80 {
      body(
        Unicode.Scalar(
          UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value | 0x20 : value)))
    } else if value < 0x100 {
      body(Unicode.Scalar(UInt8(truncatingIfNeeded: latin1Lowercase(value))))
    } else {
      for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower) }
    }
  }

  /// À to Þ but × lower-case by adding 0x20; the rest of Latin-1 is its own lower case.
  @inline(__always)
  private static func latin1Lowercase(_ value: UInt32) -> UInt32 {
    value >= 0xC0 && value <= 0xDE && value != 0xD7 ? value + 0x20 : value
  }

  /// The words of text that is already lower-cased.
  static func split(_ lower: Substring) -> [Substring] {
    var words: [Substring] = []
    var wordStart: String.Index?
    var index = lower.unicodeScalars.startIndex
    let end = lower.unicodeScalars.endIndex
    while index < end {
      let scalar = lower.unicodeScalars[index]
      if isWordScalar(scalar) {
        if wordStart == nil { wordStart = index }
      } else if let start = wordStart {
        words.append(lower[start..<index])
        wordStart = nil
      }
      index = lower.unicodeScalars.index(after: index)
    }
    if let start = wordStart { words.append(lower[start..<end]) }
    return words
  }

  /// ASCII letters and digits, and non-ASCII letters; checked without Character properties,
  /// which cost more than the rest of the classification together.
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        || (value >= 0x41 && value <= 0x5A)
    }
    switch value {
    case 0xA0...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x2BFF,
      0x3000...0x303F,
      0xFE00...0xFE6F, 0xFF00...0xFF0F:
      return false
    default:
      return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }
}
