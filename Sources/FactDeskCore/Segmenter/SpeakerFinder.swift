/// Finds the cues of one sentence and the phrase that names each cue's speaker.
///
/// French and English put the speaker on either side of the verb: after it in incises and
/// inversions (", estime le ministre X", ", défend-il", "a-t-il déclaré", ", said Smith"),
/// before it otherwise ("X défend", "il juge", "she added that"), and after a preposition
/// for sources ("selon X", "d'après elle", "according to the mayor").
enum SpeakerFinder {
  /// Words allowed between a subject and its verb: auxiliaries, negation, a few adverbs.
  static let betweenSubjectAndVerb: Set<UInt64> = Set(
    [
      "a", "avait", "ont", "avaient", "aura", "ne", "n", "pas", "aussi", "également", "encore",
      "est", "sont", "était", "s'est", "m",
      "de", "d", "lui", "leur", "y", "en", "se", "s", "l", "déjà", "ensuite", "toutefois",
      "has", "had", "have", "also", "then", "later", "again", "further", "already", "just",
      "recently", "previously", "once", "finally", "quickly", "has", "will", "would", "did",
    ].map(WordHash.of))

  static func cues(in tokens: [Token]) -> [Cue] {
    var cues: [Cue] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.is(.word), token.has(.sourcePreposition), let cue = sourceCue(tokens, at: index) {
        cues.append(cue)
      } else if token.is(.word), token.has(.cueVerb), !token.is(.afterHyphen) {
        cues.append(verbCue(tokens, at: index))
      }
      index += 1
    }
    return cues
  }

  /// "The mayor, Anne Hidalgo, said" and "Anne Hidalgo, the mayor, said": a subject with an
  /// apposition between commas.
  static func appositionSubject(_ tokens: [Token], commaAt index: Int) -> SpeakerReference? {
    guard tokens[index].first == "," else { return nil }
    var opening = index - 1
    while opening >= 0 && index - opening <= 10 && tokens[opening].first != "," {
      if tokens[opening].is(.punctuation) { return nil }
      opening -= 1
    }
    guard opening > 0, tokens[opening].first == "," else { return nil }
    // The name between the commas, the role before them…
    if let (mention, next) = NameReader.name(in: tokens, at: opening + 1, allowSingleWord: true),
      next == index
    {
      if case .role(let noun, let gender, let span)? = SpeakerPhrase.backward(
        tokens, endingAt: opening - 1)
      {
        var named = mention
        named.role = span
        named.roleGender = gender
        return .name(named, roleNoun: noun)
      }
      return .name(mention, roleNoun: nil)
    }
    // …or the name before them and a role or an aside between ("Janet Yellen, speaking in
    // New York, said").
    guard let mention = NameReader.name(in: tokens, endingAt: opening - 1, allowSingleWord: true)
    else { return nil }
    guard let roleNoun = tokens[(opening + 1)..<index].first(where: { $0.has(.roleNoun) }) else {
      return .name(mention, roleNoun: nil)
    }
    var named = mention
    named.role = TextSpan(start: roleNoun.start, end: tokens[index - 1].end)
    return .name(named, roleNoun: roleNoun.hash)
  }

  /// "selon X", "d'après X", "according to X".
  static func sourceCue(_ tokens: [Token], at index: Int) -> Cue? {
    let token = tokens[index]
    var phraseStart = index + 1
    if token.hash == WordHash.of("après") {
      guard token.is(.afterApostrophe), index > 0, tokens[index - 1].hash == WordHash.of("d")
      else { return nil }
    } else if token.hash == WordHash.of("pour") {
      // "Pour Marine Le Pen, ce bilan…": only a sentence's opening words before a comma.
      guard index == 0,
        let (_, next) = NameReader.name(in: tokens, at: phraseStart, allowSingleWord: false),
        next < tokens.count, tokens[next].first == ","
      else { return nil }
    } else if token.hash == WordHash.of("according") {
      guard phraseStart < tokens.count, tokens[phraseStart].hash == WordHash.of("to") else {
        return nil
      }
      phraseStart += 1
    }
    guard let reference = SpeakerPhrase.forward(tokens, at: phraseStart, allowPronoun: true)
    else { return nil }
    let start = token.is(.afterApostrophe) && index > 0 ? tokens[index - 1].start : token.start
    return Cue(span: TextSpan(start: start, end: token.end), reference: reference)
  }

  static func verbCue(_ tokens: [Token], at index: Int) -> Cue {
    let verb = tokens[index]
    var span = TextSpan(start: verb.start, end: verb.end)
    // "défend-il", "précise-t-elle".
    var after = index + 1
    if after < tokens.count && tokens[after].is(.afterHyphen)
      && tokens[after].hash == WordHash.of("t")
    {
      after += 1
    }
    if after < tokens.count && tokens[after].is(.afterHyphen),
      let gender = SpeakerPhrase.pronounGender(tokens[after])
    {
      span.end = tokens[after].end
      return Cue(span: span, reference: .pronoun(gender, span))
    }
    // "a-t-il déclaré": the pronoun sits between the auxiliary and the participle.
    if index >= 2, tokens[index - 1].is(.afterHyphen),
      let gender = SpeakerPhrase.pronounGender(tokens[index - 1])
    {
      var start = index - 2
      if tokens[start].hash == WordHash.of("t") && tokens[start].is(.afterHyphen) && start > 0 {
        start -= 1
      }
      if tokens[start].has(.auxiliary) {
        span.start = tokens[start].start
        return Cue(span: span, reference: .pronoun(gender, span))
      }
    }
    // Inverted subject after an incise verb: ", estime le ministre X", ", said Smith".
    let clauseInitial = index == 0 || tokens[index - 1].is(.punctuation)
    if clauseInitial,
      let reference = SpeakerPhrase.forward(tokens, at: index + 1, allowPronoun: false)
    {
      return Cue(span: span, reference: reference)
    }
    // "a déclaré le ministre", "has said Smith" after a comma.
    if index >= 2, tokens[index - 1].has(.auxiliary), tokens[index - 2].is(.punctuation),
      let reference = SpeakerPhrase.forward(tokens, at: index + 1, allowPronoun: false)
    {
      span.start = tokens[index - 1].start
      return Cue(span: span, reference: reference)
    }
    // Subject before the verb: "Jean-Michel Blanquer défend", "il juge", "she added".
    var subjectEnd = index - 1
    while subjectEnd >= 0 && index - subjectEnd <= 4
      && betweenSubjectAndVerb.contains(tokens[subjectEnd].hash)
      && SpeakerPhrase.pronounGender(tokens[subjectEnd]) == nil
    {
      subjectEnd -= 1
    }
    if subjectEnd >= 0, let reference = SpeakerPhrase.backward(tokens, endingAt: subjectEnd) {
      return Cue(span: span, reference: reference)
    }
    if subjectEnd >= 0, let reference = appositionSubject(tokens, commaAt: subjectEnd) {
      return Cue(span: span, reference: reference)
    }
    // "said the mayor" without a comma, in English reporting clauses.
    if let reference = SpeakerPhrase.forward(tokens, at: index + 1, allowPronoun: false),
      case .role = reference
    {
      return Cue(span: span, reference: reference)
    }
    return Cue(span: span, reference: nil)
  }
}
