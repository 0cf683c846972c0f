/// What a word is to the segmenter. One word can be several things: "dit" is a French cue
/// verb; "ministre" is a role noun; "selon" is a source preposition.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let frenchStopWord = WordClass(rawValue: 1 << 0)
  static let englishStopWord = WordClass(rawValue: 1 << 1)
  /// A verb of saying or judging that introduces or follows a quote: "estime", "said".
  static let cueVerb = WordClass(rawValue: 1 << 2)
  /// "selon", "d'après" (as "après" after "d'"), "according" (to).
  static let sourcePreposition = WordClass(rawValue: 1 << 3)
  /// Abbreviations that precede a name and so never end a sentence: "M.", "Dr.", "Mme".
  static let titleAbbreviation = WordClass(rawValue: 1 << 4)
  /// Abbreviations that end a sentence only when a capitalised word follows: "etc.", "Co.".
  static let abbreviation = WordClass(rawValue: 1 << 5)
  /// Nouns that name a role a speaker can hold: "ministre", "mayor".
  static let roleNoun = WordClass(rawValue: 1 << 6)
  static let malePronoun = WordClass(rawValue: 1 << 7)
  static let femalePronoun = WordClass(rawValue: 1 << 8)
  static let maleDeterminer = WordClass(rawValue: 1 << 9)
  static let femaleDeterminer = WordClass(rawValue: 1 << 10)
  /// Articles and prepositions that, right before a short quote, make it a noun: a term.
  static let nounIntroducer = WordClass(rawValue: 1 << 11)
  static let month = WordClass(rawValue: 1 << 12)
  static let comparison = WordClass(rawValue: 1 << 13)
  static let superlative = WordClass(rawValue: 1 << 14)
  static let causal = WordClass(rawValue: 1 << 15)
  static let statistical = WordClass(rawValue: 1 << 16)
  static let currencyWord = WordClass(rawValue: 1 << 17)
  static let percentWord = WordClass(rawValue: 1 << 18)
  static let opinion = WordClass(rawValue: 1 << 19)
  static let futureOrAnnouncement = WordClass(rawValue: 1 << 20)
  /// Verbs that state a fact about their subject: "est", "compte", "has", "was".
  static let factualVerb = WordClass(rawValue: 1 << 21)
  /// Words that start a sentence after an abbreviation with a capital: "The", "He", "Il".
  static let sentenceStarter = WordClass(rawValue: 1 << 22)
  /// Auxiliaries of an inverted compound cue: "a" in "a-t-il déclaré", "avait".
  static let auxiliary = WordClass(rawValue: 1 << 23)
  /// Person titles spelled out: "Madame", "Mister", "President" before a name.
  static let personTitle = WordClass(rawValue: 1 << 24)
  static let femaleTitle = WordClass(rawValue: 1 << 25)
  static let maleTitle = WordClass(rawValue: 1 << 26)
  /// Words naming a number: "million", "milliards", "dozen".
  static let numberWord = WordClass(rawValue: 1 << 27)
  /// Bylines and photo credits: "journaliste", "photo", "credit".
  static let creditWord = WordClass(rawValue: 1 << 28)
  /// "que", "that": a cue followed by it introduces indirect speech.
  static let complementizer = WordClass(rawValue: 1 << 29)
  /// Particles inside a name: "de", "van", "bin".
  static let nameParticle = WordClass(rawValue: 1 << 30)
}

/// The table from word hashes to classes, built once from the word lists.
enum Lexicon {
  static let table = WordTable(lists: [
    (FunctionWords.french, .frenchStopWord),
    (FunctionWords.english, .englishStopWord),
    (FunctionWords.sentenceStarters, .sentenceStarter),
    (CueVerbs.frenchForms, .cueVerb),
    (CueVerbs.englishForms, .cueVerb),
    (CueVerbs.sourcePrepositions, .sourcePreposition),
    (CueVerbs.auxiliaries, .auxiliary),
    (CueVerbs.complementizers, .complementizer),
    (Abbreviations.titles, .titleAbbreviation),
    (Abbreviations.others, .abbreviation),
    (PersonWords.roleNouns, .roleNoun),
    (PersonWords.malePronouns, .malePronoun),
    (PersonWords.femalePronouns, .femalePronoun),
    (PersonWords.maleDeterminers, .maleDeterminer),
    (PersonWords.femaleDeterminers, .femaleDeterminer),
    (PersonWords.titles, .personTitle),
    (PersonWords.femaleTitles, .femaleTitle),
    (PersonWords.maleTitles, .maleTitle),
    (PersonWords.creditWords, .creditWord),
    (QuoteWords.nounIntroducers, .nounIntroducer),
    (ClaimWords.months, .month),
    (ClaimWords.comparisons, .comparison),
    (ClaimWords.superlatives, .superlative),
    (ClaimWords.causal, .causal),
    (ClaimWords.statistical, .statistical),
    (ClaimWords.currencies, .currencyWord),
    (ClaimWords.percent, .percentWord),
    (ClaimWords.opinion, .opinion),
    (ClaimWords.future, .futureOrAnnouncement),
    (ClaimWords.factualVerbs, .factualVerb),
    (ClaimWords.numberWords, .numberWord),
    (PersonWords.nameParticles, .nameParticle),
  ])

  @inline(__always)
  static func classes(ofHash hash: UInt64) -> WordClass { table.classes(of: hash) }
}
