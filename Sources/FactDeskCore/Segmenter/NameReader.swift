/// The grammatical gender of a speaker, which is what "il", "she" or "la ministre" match on.
enum Gender {
  case male, female
}

/// A person named in the text: "Jean-Michel Blanquer", "J-M Blanquer", "M. Blanquer".
struct NameMention {
  var span: TextSpan
  /// The words of the name, hyphenated first names and initials kept whole ("Jean-Michel").
  var words: [TextSpan]
  var hasTitle: Bool
  var gender: Gender?
  var role: TextSpan?
  var roleGender: Gender?
}

/// Reads person names from tokens: runs of capitalised words, with hyphenated first names,
/// initials ("J.-M.", "J-M", "A."), name particles ("de", "van") and a title before them.
enum NameReader {
  /// Reads a name starting at token `index`. A single word counts only after a title, or
  /// when `allowSingleWord` (next to a cue verb: "said Smith"); otherwise a name needs two
  /// words, so "l'Éducation nationale" or "Poitiers" are not taken for people.
  static func name(
    in tokens: [Token], at index: Int, allowSingleWord: Bool
  ) -> (mention: NameMention, next: Int)? {
    var cursor = index
    var hasTitle = false
    var gender: Gender?
    if cursor < tokens.count,
      tokens[cursor].has(.personTitle)
        || tokens[cursor].has(
          .titleAbbreviation)
    {
      let title = tokens[cursor]
      var after = cursor + 1
      if title.is(.beforePeriod) && after < tokens.count && tokens[after].first == "." {
        after += 1
      }
      // "M." and "Mme" are titles only before a capitalised word.
      if after < tokens.count && tokens[after].is(.capitalised) && title.is(.capitalised) {
        hasTitle = true
        if title.has(.femaleTitle) {
          gender = .female
        } else if title.has(.maleTitle) {
          gender = .male
        }
        cursor = after
      }
    }
    // "l'Économie", "d'Orsay": a word glued to an article names a thing, not a person.
    if cursor < tokens.count && tokens[cursor].is(.afterApostrophe) { return nil }
    // "le député LFI Éric Coquerel": a party or body in capitals before the name.
    if cursor + 1 < tokens.count && tokens[cursor].is(.allCapitals)
      && tokens[cursor + 1].is(.capitalised) && !tokens[cursor + 1].is(.allCapitals)
      && !tokens[cursor + 1].is(.afterHyphen)
    {
      cursor += 1
    }
    var words = NameWords()
    var afterParticle = false
    while cursor < tokens.count {
      let token = tokens[cursor]
      // "Bruno Le Maire", "Charles De Gaulle": a capitalised particle joins the next word
      // whatever that word is ("Maire" is also a role noun).
      if (!words.isEmpty || hasTitle) && !afterParticle && token.is(.capitalised)
        && token.has(.nameParticle) && cursor + 1 < tokens.count
        && tokens[cursor + 1].is(.capitalised) && tokens[cursor + 1].is(.word)
      {
        words.append(TextSpan(start: token.start, end: token.end))
        afterParticle = true
        cursor += 1
        continue
      }
      if afterParticle {
        afterParticle = false
        let word = TextSpan(start: token.start, end: token.end)
        words[words.count - 1].end = word.end
        cursor += 1
        continue
      }
      guard token.is(.word), token.is(.capitalised) else {
        // A particle between two capitalised words: "Jean de La Fontaine".
        if !words.isEmpty && token.is(.word) && token.has(.nameParticle)
          && cursor + 1 < tokens.count && tokens[cursor + 1].is(.capitalised)
          && !tokens[cursor + 1].has(.frenchStopWord)
        {
          cursor += 1
          continue
        }
        break
      }
      // Function words such as "Les" or "The" start sentences, not names.
      if words.isEmpty && !hasTitle && token.length > 1
        && (token.has(.frenchStopWord) || token.has(.englishStopWord)
          || token.has(.cueVerb) || token.has(.roleNoun) || token.has(.month))
      {
        return nil
      }
      if token.has(.roleNoun) || token.has(.month) { break }
      var word = TextSpan(start: token.start, end: token.end)
      cursor += 1
      // Hyphenated first names and initials: Jean-Michel, J-M, J.-M.
      var piece = token.length
      while cursor < tokens.count {
        let next = tokens[cursor]
        if next.first == "." && piece == 1 {
          word.end = next.end
          piece = 0
          cursor += 1
          continue
        }
        if next.first.isHyphen && next.is(.punctuation) && cursor + 1 < tokens.count
          && tokens[cursor + 1].is(.capitalised) && tokens[cursor + 1].length <= 2
          && word.length <= 2
        {
          word.end = tokens[cursor + 1].end
          piece = tokens[cursor + 1].length
          cursor += 2
          continue
        }
        guard next.is(.afterHyphen), next.is(.capitalised) else { break }
        word.end = next.end
        piece = next.length
        cursor += 1
      }
      words.append(word)
      if words.count == 4 { break }
    }
    guard !words.isEmpty else { return nil }
    // An initial alone ("J.") is not a name; a name needs a surname after it.
    let last = words[words.count - 1]
    if last.length <= 2 && words.count > 1 { words.removeLast() }
    guard words.count >= 2 || hasTitle || allowSingleWord else { return nil }
    guard words[words.count - 1].length > 1 else { return nil }
    let span = TextSpan(start: words[0].start, end: words[words.count - 1].end)
    let mention = NameMention(
      span: span, words: words.array, hasTitle: hasTitle, gender: gender, role: nil,
      roleGender: nil)
    return (mention, cursor)
  }

  /// Reads back from token `index` (inclusive) for a name that ends there.
  static func name(in tokens: [Token], endingAt index: Int, allowSingleWord: Bool)
    -> NameMention?
  {
    var start = index
    while start > 0 && index - start < 6 {
      let previous = tokens[start - 1]
      let isNamePart =
        (previous.is(.word) && previous.is(.capitalised)) || previous.first == "."
        || (tokens[start].is(.afterHyphen)) || previous.has(.nameParticle)
      guard isNamePart else { break }
      start -= 1
    }
    // Try the longest run first, then shorter ones, until a name ends exactly at `index`.
    while start <= index {
      if let (mention, next) = name(in: tokens, at: start, allowSingleWord: allowSingleWord),
        next == index + 1 || (next == index + 2 && tokens[index + 1].first == ".")
      {
        return mention
      }
      start += 1
    }
    return nil
  }
}
