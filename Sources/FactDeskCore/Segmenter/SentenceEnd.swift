/// Decides whether a . ! ? or … ends a sentence, looking at the word before it and at what
/// follows: abbreviations and initials, numbers, URLs and e-mail addresses, ellipses, and
/// quotes whose closing mark follows the punctuation.
enum SentenceEnd {
  struct Decision {
    var isBoundary: Bool
    /// Where scanning resumes: after the punctuation run, and after the closing quotes and
    /// brackets that belong to the sentence when it ends there.
    var end: Int
  }

  static func decide(
    _ text: [Unicode.Scalar], terminatorAt index: Int, sentenceStart: Int, language: Language
  ) -> Decision {
    let count = text.count
    // The whole run of punctuation: "?!", "...", ". . .", "…".
    var runEnd = index
    var periods = 0
    var hasEllipsisOrMark = false
    while runEnd < count {
      let s = text[runEnd]
      if s == "." {
        periods += 1
      } else if s.isSentenceTerminator {
        hasEllipsisOrMark = true
      } else if s == " " && periods > 0 && runEnd + 1 < count && text[runEnd + 1] == "."
        && runEnd > index && text[runEnd - 1] == "."
      {
        // Spaced ellipsis ". . ."; only continues when another period follows.
      } else {
        break
      }
      runEnd += 1
    }
    let singlePeriod = periods == 1 && !hasEllipsisOrMark
    let closersEnd = endOfClosers(text, from: runEnd)
    let next = SentenceSplitter.nextVisible(text, from: closersEnd)
    let atEnd = next >= count || hasLineBreak(text, from: closersEnd, to: next)
    let boundary = Decision(isBoundary: true, end: closersEnd)
    let noBoundary = Decision(isBoundary: false, end: runEnd)
    if atEnd { return boundary }

    // Glued to the next character: inside a token such as 3.5, U.S.A, example.com.
    if closersEnd == runEnd && !text[runEnd].isSegmenterSpace {
      guard singlePeriod else { return startsSentence(text, at: runEnd) ? boundary : noBoundary }
      return isGluedSentenceEnd(text, periodAt: index) ? boundary : noBoundary
    }
    let nextScalar = firstWordScalar(text, from: next)
    if nextScalar.isLowercaseLetter {
      return LowercaseStart.endsSentence(
        text, terminatorAt: index, singlePeriod: singlePeriod, closed: closersEnd > runEnd,
        next: next, sentenceStart: sentenceStart, language: language) ? boundary : noBoundary
    }
    if !singlePeriod {
      // "[...]" inside a quotation never ends one.
      if index > 0 && text[index - 1] == "[" { return noBoundary }
      // The pronoun "I" is capitalised everywhere, so after an ellipsis it is no sign of a
      // new sentence: "the thing is . . . I didn't mean it".
      if language == .english && (periods > 1 || text[index] == "…") && nextScalar == "I"
        && next + 1 < text.count
        && !text[next + 1].isWordLetter && text[next + 1] != "."
      {
        return noBoundary
      }
      return boundary
    }
    let word = wordBefore(text, periodAt: index, notBefore: sentenceStart)
    if word.isEmpty { return boundary }
    return AbbreviationRule.endsSentence(
      text, word: word, next: next, sentenceStart: sentenceStart, language: language)
      ? boundary : noBoundary
  }

  /// Closing quotes and brackets that belong to the sentence just ended. Straight quotes
  /// count only when glued to the punctuation, since after a space they open the next one;
  /// » and ” may follow a (no-break) space, as French typography wants.
  static func endOfClosers(_ text: [Unicode.Scalar], from index: Int) -> Int {
    var cursor = index
    var afterSpace = cursor
    while true {
      afterSpace = cursor
      while afterSpace < text.count && text[afterSpace].isSegmenterSpace
        && !text[afterSpace].isLineBreak && afterSpace - cursor < 2
      {
        afterSpace += 1
      }
      guard afterSpace < text.count else { return cursor }
      let s = text[afterSpace]
      guard s.isClosingPunctuation else { return cursor }
      let glued = afterSpace == cursor
      if s == "\"" || s == "'" || s == "\u{2019}" || s == ")" || s == "]" {
        guard glued else { return cursor }
        // An apostrophe before a letter is not a closing quote: "Jr.'s".
        if afterSpace + 1 < text.count && text[afterSpace + 1].isWordLetter { return cursor }
      }
      cursor = afterSpace + 1
    }
  }

  static func hasLineBreak(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
    var cursor = start
    while cursor < end {
      if text[cursor].isLineBreak { return true }
      cursor += 1
    }
    return false
  }

  /// The first letter or digit of what follows, skipping opening quotes, brackets, dashes.
  static func firstWordScalar(_ text: [Unicode.Scalar], from index: Int) -> Unicode.Scalar {
    var cursor = index
    while cursor < text.count && cursor - index < 4 {
      let s = text[cursor]
      if s.isWordLetter || s.isASCIIDigit { return s }
      if !(s.isOpeningPunctuation || s.isSegmenterSpace) { return s }
      cursor += 1
    }
    return cursor < text.count ? text[cursor] : " "
  }

  /// Whether a capitalised word starts at `index`: upper case then lower case.
  static func startsSentence(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    index + 1 < text.count && text[index].isUppercaseLetter && text[index + 1].isLowercaseLetter
  }

  /// "world.Today" or "1,000.That": a period with no space after it ends a sentence only
  /// between a plain word or number and a capitalised word, and never inside a URL or an
  /// e-mail address.
  static func isGluedSentenceEnd(_ text: [Unicode.Scalar], periodAt index: Int) -> Bool {
    guard index > 0, startsSentence(text, at: index + 1) else { return false }
    let before = text[index - 1]
    guard before.isLowercaseLetter || before.isASCIIDigit else { return false }
    if before.isLowercaseLetter && (index < 2 || !text[index - 2].isWordLetter) {
      return false
    }
    return !TokenShape.isAddress(text, around: index)
  }

  /// The word before a period, back to a space or a bracket: "U.S", "J.-M", "etc", "1,000".
  static func wordBefore(_ text: [Unicode.Scalar], periodAt index: Int, notBefore floor: Int)
    -> ArraySlice<Unicode.Scalar>
  {
    var start = index
    while start > floor && start - index < 40 {
      let s = text[start - 1]
      guard s.isWordLetter || s.isASCIIDigit || s == "." || s.isHyphen || s == "°" || s == ","
      else { break }
      start -= 1
    }
    return text[start..<index]
  }
}

/// Recognising e-mail addresses and URLs, whose periods end nothing.
enum TokenShape {
  static func isAddress(_ text: [Unicode.Scalar], around index: Int) -> Bool {
    var start = index
    while start > 0 && !text[start - 1].isSegmenterSpace && index - start < 200 { start -= 1 }
    var end = index
    while end < text.count && !text[end].isSegmenterSpace && end - index < 200 { end += 1 }
    var slashes = 0
    var previous: Unicode.Scalar = " "
    for s in text[start..<end] {
      if s == "@" { return true }
      if s == "/" && previous == "/" { return true }
      if s == "/" { slashes += 1 }
      previous = s
    }
    if slashes > 0 { return true }
    let prefix = String(String.UnicodeScalarView(text[start..<min(end, start + 4)])).lowercased()
    return prefix == "www."
  }
}
