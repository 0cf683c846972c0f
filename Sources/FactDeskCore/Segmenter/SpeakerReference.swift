/// How a sentence designates the speaker of a cue, before it is resolved to a person.
enum SpeakerReference {
  /// "Jean-Michel Blanquer", possibly with the role stated next to it.
  case name(NameMention, roleNoun: UInt64?)
  /// "il", "elle", "he", "she", including the inverted "-t-il".
  case pronoun(Gender?, TextSpan)
  /// "le ministre", "the mayor": a role noun without a name.
  case role(UInt64, Gender?, TextSpan)
}

/// A verb of saying (or "selon", "according to") with the speaker it names.
struct Cue {
  /// The cue words as written: "estime", "a-t-il déclaré", "défend-il", "selon".
  var span: TextSpan
  var reference: SpeakerReference?
  /// Resolved person, filled in by `QuoteAnalysis`.
  var speaker: Int?
}
