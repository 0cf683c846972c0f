/// Splits a quote around an incise written inside its marks, as French typography does:
/// « Trop tard ! fit-il en hochant la tête, trop tard ! » or « Nous avons, dit-elle,
/// beaucoup travaillé ». The incise names the speaker and is not part of the speech, so
/// the quote becomes two, and the incise's cue is left in the reporter's words.
enum InciseSplitter {
  /// Object pronouns that may stand before the cue verb: ", me dit Sérapion".
  static let objectPronouns: Set<UInt64> = Set(
    ["me", "m", "lui", "nous", "leur", "vous", "te", "t"].map(WordHash.of))

  static func split(_ quotes: [QuoteMarks], in text: [Unicode.Scalar]) -> [QuoteMarks] {
    var result: [QuoteMarks] = []
    result.reserveCapacity(quotes.count)
    var didSplit = false
    for quote in quotes {
      var rest: QuoteMarks? = quote
      while let current = rest {
        guard let (before, after) = splitOnce(current, in: text) else {
          result.append(current)
          break
        }
        didSplit = true
        result.append(before)
        rest = after
      }
    }
    if didSplit { result.sort { $0.open < $1.open } }
    return result
  }

  /// The speech before the first incise, and the speech after it if any.
  static func splitOnce(_ quote: QuoteMarks, in text: [Unicode.Scalar])
    -> (QuoteMarks, QuoteMarks?)?
  {
    var index = quote.content.start
    while index < quote.content.end {
      let mark = text[index]
      guard mark == "," || mark == "!" || mark == "?" || mark == "…",
        let cueEnd = cueEnd(after: index + 1, limit: quote.content.end, in: text)
      else {
        index += 1
        continue
      }
      // Where the incise stops: the next comma or semicolon resumes the speech.
      var stop = cueEnd
      while stop < quote.content.end && !isInciseEnd(text[stop]) { stop += 1 }
      let speechEnd = mark == "," ? index : index + 1
      guard
        let first = QuoteScanner.trimmedContent(text, from: quote.content.start, to: speechEnd)
      else { return nil }
      var before = quote
      before.close = index
      before.content = first
      guard stop < quote.content.end, text[stop] == "," || text[stop] == ";",
        let second = QuoteScanner.trimmedContent(
          text, from: stop + 1, to: quote.content.end)
      else { return (before, nil) }
      var after = quote
      after.open = stop
      after.content = second
      return (before, after)
    }
    return nil
  }

  static func isInciseEnd(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == ";" || scalar == "." || scalar == "!" || scalar == "?"
      || scalar == ":"
  }

  /// Reads ", dit-il", ", me dit Sérapion", "! fit-il", ", dit le ministre" starting after
  /// the punctuation; returns the offset after the cue and its subject's first word.
  static func cueEnd(after start: Int, limit: Int, in text: [Unicode.Scalar]) -> Int? {
    var index = start
    while index < limit && text[index].isSegmenterSpace { index += 1 }
    guard index < limit, text[index].isLowercaseLetter else { return nil }
    var word = readWord(at: index, limit: limit, in: text)
    if objectPronouns.contains(word.hash) {
      index = word.end
      if index < limit && text[index].isApostrophe { index += 1 }
      while index < limit && text[index].isSegmenterSpace { index += 1 }
      word = readWord(at: index, limit: limit, in: text)
    }
    guard word.end > index, Lexicon.classes(ofHash: word.hash).contains(.cueVerb) else {
      return nil
    }
    index = word.end
    guard index + 1 < limit else { return nil }
    // Inverted pronoun: "dit-il", "fit-elle", "cria-t-il".
    if text[index].isHyphen { return index + 1 }
    // Inverted subject: "dit Sérapion", "dit l’inexorable prêtre", "dit le ministre".
    guard text[index].isSegmenterSpace else { return nil }
    let next = index + 1
    let subject = readWord(at: next, limit: limit, in: text)
    let classes = Lexicon.classes(ofHash: subject.hash)
    if text[next].isUppercaseLetter || classes.contains(.maleDeterminer)
      || classes.contains(.femaleDeterminer) || subject.end - next == 1
    {
      return subject.end
    }
    return nil
  }

  private static func readWord(at start: Int, limit: Int, in text: [Unicode.Scalar])
    -> (hash: UInt64, end: Int)
  {
    var hash = WordHash()
    var index = start
    while index < limit && text[index].isWordLetter && index - start < 30 {
      hash.add(text[index])
      index += 1
    }
    return (hash.value, index)
  }
}
