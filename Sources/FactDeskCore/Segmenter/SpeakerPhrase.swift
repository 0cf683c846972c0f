/// Reads noun phrases that can designate a speaker: a name, a pronoun, or a role with or
/// without a name ("le ministre de l'Éducation nationale Jean-Michel Blanquer").
enum SpeakerPhrase {
  /// Reads forward from token `index`.
  static func forward(_ tokens: [Token], at index: Int, allowPronoun: Bool)
    -> SpeakerReference?
  {
    guard index < tokens.count else { return nil }
    let first = tokens[index]
    if allowPronoun, let gender = pronounGender(first) {
      return .pronoun(gender, TextSpan(start: first.start, end: first.end))
    }
    var roleIndex = index
    var gender: Gender?
    if first.has(.maleDeterminer) || first.has(.femaleDeterminer) || isArticle(first) {
      gender = determinerGender(first)
      roleIndex += 1
    }
    // A capitalised title of office before the name: "Finance Minister John Smith".
    var roleStart = roleIndex
    while roleIndex < tokens.count && roleIndex - roleStart < 3 && tokens[roleIndex].is(.word)
      && tokens[roleIndex].is(.capitalised) && !tokens[roleIndex].has(.roleNoun)
    {
      roleIndex += 1
    }
    if roleIndex >= tokens.count || !tokens[roleIndex].has(.roleNoun) {
      roleIndex = roleStart
    }
    if roleIndex == roleStart, roleStart == index,
      let (mention, _) = NameReader.name(in: tokens, at: index, allowSingleWord: true)
    {
      return .name(mention, roleNoun: nil)
    }
    guard roleIndex < tokens.count, tokens[roleIndex].has(.roleNoun) else { return nil }
    let role = tokens[roleIndex]
    roleStart = min(roleStart, roleIndex)
    // The role's complement, then perhaps the name: "ministre de l'Éducation nationale
    // Jean-Michel Blanquer", "secrétaire d'État chargée de l'Éducation prioritaire …".
    var cursor = roleIndex + 1
    var roleEnd = role.end
    while cursor < tokens.count && cursor - roleIndex <= 9 {
      let token = tokens[cursor]
      if token.is(.punctuation) || token.has(.cueVerb) || token.has(.complementizer) { break }
      if token.is(.capitalised),
        let (mention, _) = NameReader.name(in: tokens, at: cursor, allowSingleWord: false)
      {
        var named = mention
        // "la maire de Paris Anne Hidalgo": the place belongs to the role, not the name.
        if named.words.count >= 3 && cursor > 0 && tokens[cursor - 1].has(.nounIntroducer) {
          roleEnd = named.words[0].end
          named.words.removeFirst()
          named.span.start = named.words[0].start
        }
        named.role = TextSpan(start: tokens[roleStart].start, end: roleEnd)
        named.roleGender = gender
        return .name(named, roleNoun: role.hash)
      }
      roleEnd = token.end
      cursor += 1
    }
    return .role(role.hash, gender, TextSpan(start: tokens[index].start, end: role.end))
  }

  /// Reads backward for a subject that ends at token `index`: "Jean-Michel Blanquer",
  /// "il", "le ministre", "la secrétaire d'État".
  static func backward(_ tokens: [Token], endingAt index: Int) -> SpeakerReference? {
    guard index >= 0 else { return nil }
    let last = tokens[index]
    if let gender = pronounGender(last), !last.is(.afterHyphen) {
      return .pronoun(gender, TextSpan(start: last.start, end: last.end))
    }
    if last.is(.capitalised) || last.first == "." {
      // A lone capitalised word may open the sentence only as a known surname ("Powell
      // said", not "Critics warned"); `QuoteAnalysis` checks that when it resolves.
      if let mention = NameReader.name(in: tokens, endingAt: index, allowSingleWord: true) {
        let start = tokens.firstIndex { $0.start == mention.span.start } ?? index
        return .name(withRoleBefore(mention, tokens, nameStart: start), roleNoun: nil)
      }
    }
    // A role noun with a short complement before the verb: "le ministre souhaite".
    var cursor = index
    while cursor >= 0 && index - cursor <= 5 {
      let token = tokens[cursor]
      if token.is(.punctuation) { return nil }
      if token.has(.roleNoun) {
        let determiner = cursor > 0 ? tokens[cursor - 1] : nil
        guard let determiner,
          isArticle(determiner) || determiner.has(.maleDeterminer)
            || determiner.has(.femaleDeterminer)
        else { return nil }
        return .role(
          token.hash, determinerGender(determiner),
          TextSpan(start: determiner.start, end: token.end))
      }
      cursor -= 1
    }
    return nil
  }

  /// Adds the role stated just before a name: "le ministre de l'Éducation nationale X".
  static func withRoleBefore(_ mention: NameMention, _ tokens: [Token], nameStart: Int)
    -> NameMention
  {
    // "The mayor, Anne Hidalgo, …": the role in apposition before the name.
    if nameStart >= 2 && tokens[nameStart - 1].first == ",",
      case .role(_, let gender, let span)? = backward(tokens, endingAt: nameStart - 2)
    {
      var named = mention
      // From the role noun to the comma: "mayor of Paris" in "The mayor of Paris, X".
      let noun = tokens[..<(nameStart - 1)].last { $0.end == span.end }
      named.role = TextSpan(start: noun?.start ?? span.start, end: tokens[nameStart - 2].end)
      named.roleGender = gender
      return named
    }
    var cursor = nameStart - 1
    while cursor >= 0 && nameStart - cursor <= 9 {
      let token = tokens[cursor]
      if token.is(.punctuation) || token.has(.cueVerb) { break }
      if token.has(.roleNoun) {
        var named = mention
        var roleEnd = tokens[nameStart - 1].end
        // "la maire de Paris Anne Hidalgo": the place belongs to the role, not the name.
        if named.words.count >= 3 && tokens[nameStart - 1].has(.nounIntroducer) {
          roleEnd = named.words[0].end
          named.words.removeFirst()
          named.span.start = named.words[0].start
        }
        named.role = TextSpan(start: token.start, end: roleEnd)
        named.roleGender = cursor > 0 ? determinerGender(tokens[cursor - 1]) : nil
        return named
      }
      cursor -= 1
    }
    return mention
  }

  static func pronounGender(_ token: Token) -> Gender?? {
    if token.has(.malePronoun) { return .some(.male) }
    if token.has(.femalePronoun) { return .some(.female) }
    return nil
  }

  static func determinerGender(_ token: Token) -> Gender? {
    if token.has(.femaleDeterminer) { return .female }
    if token.has(.maleDeterminer) { return .male }
    return nil
  }

  static let articles: Set<UInt64> = Set(["l", "the", "a", "an", "notre", "our"].map(WordHash.of))
  static func isArticle(_ token: Token) -> Bool { articles.contains(token.hash) }
}
