/// One word, number or punctuation mark of a sentence, with what the later passes ask of it.
struct Token {
  struct Flags: OptionSet {
    let rawValue: UInt16
    static let word = Flags(rawValue: 1 << 0)
    static let punctuation = Flags(rawValue: 1 << 2)
    static let capitalised = Flags(rawValue: 1 << 3)
    static let allCapitals = Flags(rawValue: 1 << 4)
    /// Glued to the previous token by a hyphen: "Michel" in "Jean-Michel", "il" in "défend-il".
    static let afterHyphen = Flags(rawValue: 1 << 5)
    /// Glued to the previous token by an apostrophe: "Éducation" in "l'Éducation".
    static let afterApostrophe = Flags(rawValue: 1 << 6)
    /// Followed directly by a period: "M." or "J.".
    static let beforePeriod = Flags(rawValue: 1 << 7)
    static let hasDigit = Flags(rawValue: 1 << 8)
  }

  var hash: UInt64
  /// Offsets stored in 32 bits keep a token at 24 bytes: tokenising is most of the
  /// segmenter's time and much of it is moving tokens.
  private var start32: Int32
  private var end32: Int32
  var classes: WordClass
  /// The first scalar, for punctuation tests.
  var first: Unicode.Scalar
  var flags: Flags

  init(
    start: Int, end: Int, hash: UInt64, flags: Flags, classes: WordClass,
    first: Unicode.Scalar
  ) {
    self.hash = hash
    start32 = Int32(truncatingIfNeeded: start)
    end32 = Int32(truncatingIfNeeded: end)
    self.classes = classes
    self.first = first
    self.flags = flags
  }

  var start: Int { Int(start32) }
  var end: Int { Int(end32) }

  var length: Int { end - start }
  func `is`(_ flag: Flags) -> Bool { flags.contains(flag) }
  func has(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }
}

/// Splits a range of scalars into tokens. Hyphens and apostrophes split words but are
/// remembered, so "Jean-Michel" can be rejoined as a name and "défend-il" read as an
/// inverted cue.
enum Tokenizer {
  static func tokens(
    in text: [Unicode.Scalar], from start: Int, to end: Int, into tokens: inout [Token]
  ) {
    tokens.removeAll(keepingCapacity: true)
    precondition(start >= 0 && end <= text.count)
    // Every scalar of the corpus passes through here: read it without bounds checks.
    text.withUnsafeBufferPointer { scalars in
      withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.capacity) { storage in
        var batch = TokenBatch(storage)
        read(scalars, from: start, to: end, into: &batch, flushingTo: &tokens)
        batch.flush(into: &tokens)
      }
    }
  }

  private static func read(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int,
    into batch: inout TokenBatch, flushingTo tokens: inout [Token]
  ) {
    var index = start
    var pendingJoin: Token.Flags = []
    let lexicon = Lexicon.table  // read the global once, not once per word
    while index < end {
      let scalar = text[index]
      // Most tokens start with an ASCII letter: test that first, since `isSegmenterSpace`
      // and `isWordLetter` each take several comparisons to say no.
      let startsWithASCIILetter = (scalar.value | 0x20) &- 0x61 < 26
      if !startsWithASCIILetter && scalar.isSegmenterSpace {
        pendingJoin = []
        index += 1
        continue
      }
      if startsWithASCIILetter || scalar.isWordLetter || scalar.isASCIIDigit {
        let tokenStart = index
        var hash = WordHash()
        var flags: Token.Flags = pendingJoin
        var letters = 0
        var capitals = 0
        var digits = 0
        var readsOn = true
        if startsWithASCIILetter {
          // The common word, ASCII letters only, in a loop with nothing else to test.
          if scalar.value < 0x61 { flags.insert(.capitalised) }
          while true {
            index = hash.addLowercaseASCIIRun(text, from: index, to: end)
            guard index < end, text[index].value &- 0x41 < 26 else { break }
            capitals &+= 1
            hash.addLowercased(text[index].value | 0x20)
            index &+= 1
          }
          letters = index &- tokenStart
          // The commonest token of all: ASCII letters and then a space. It holds no digit,
          // has no period after it, and the space is the next token's separator, so it is
          // stored here without the tests below, each of which would say no.
          if index < end && text[index].value == 0x20 {
            if letters > 1 && capitals == letters { flags.insert(.allCapitals) }
            flags.insert(.word)
            batch.append(
              Token(
                start: tokenStart, end: index, hash: hash.value, flags: flags,
                classes: lexicon.classes(of: hash.value), first: scalar), flushingTo: &tokens)
            pendingJoin = []
            index &+= 1
            continue
          }
          // With letters read, only another letter or a digit carries the word on; the
          // decimal and thousands rules below are for numbers.
          readsOn = index < end && (text[index].value >= 0x80 || text[index].isASCIIDigit)
        }
        while readsOn && index < end {
          // Runs of lower-case ASCII letters, the bulk of Latin text, take a loop of their
          // own: with nothing else live in it, the hash stays in a register instead of
          // going through the stack on every letter.
          let runEnd = hash.addLowercaseASCIIRun(text, from: index, to: end)
          letters &+= runEnd &- index
          index = runEnd
          guard index < end else { break }
          let s = text[index]
          let v = s.value
          // A space, the usual end of a word, ends it here unless it may separate groups
          // of thousands ("1 000"); the tests below would reach the same answer.
          if v == 0x20 && digits == 0 { break }
          if v &- 0x41 < 26 {
            letters &+= 1
            capitals &+= 1
            if index == tokenStart { flags.insert(.capitalised) }
            hash.addLowercased(v | 0x20)
            index &+= 1
            continue
          }
          // A lower-case Latin-1 letter (ß to ÿ but ÷): é, è, à, ç, the accents of nearly
          // half of French words. It is a letter, not a capital, and its own lower case.
          if v &- 0xDF < 0x21 && v != 0xF7 {
            letters &+= 1
            hash.addLowercased(v)
            index &+= 1
            continue
          }
          if s.isWordLetter {
            letters += 1
            if s.isUppercaseLetter { capitals += 1 }
          } else if s.isASCIIDigit {
            digits += 1
          } else if (s == "." || s == ",") && digits > 0 && letters == 0 && index + 1 < end
            && text[index + 1].isASCIIDigit
          {
            // Decimals and thousands inside a number: 2,3 · 0.25 · 1,000.
          } else if s.isSegmenterSpace && digits > 0 && letters == 0
            && isThousandsGroup(
              text, at: index + 1, end: end)
          {
            // "1 000" with a (no-break) space between thousands groups.
          } else {
            break
          }
          if index == tokenStart && s.isUppercaseLetter { flags.insert(.capitalised) }
          hash.add(s)
          index += 1
        }
        if letters > 0 { flags.insert(.word) }
        if digits > 0 { flags.insert(.hasDigit) }
        if letters > 1 && capitals == letters { flags.insert(.allCapitals) }
        if index < end && text[index] == "." { flags.insert(.beforePeriod) }
        let classes = letters > 0 ? lexicon.classes(of: hash.value) : []
        batch.append(
          Token(
            start: tokenStart, end: index, hash: hash.value, flags: flags, classes: classes,
            first: text[tokenStart]), flushingTo: &tokens)
        pendingJoin = []
        // The space after a word, read here rather than on another turn of the loop.
        if index < end && text[index].value == 0x20 {
          index += 1
          continue
        }
        // A hyphen or an apostrophe glues the next word to this one.
        if index + 1 < end && (text[index].isHyphen || text[index].isApostrophe)
          && (text[index + 1].isWordLetter || text[index + 1].isASCIIDigit)
        {
          pendingJoin = text[index].isHyphen ? .afterHyphen : .afterApostrophe
          index += 1
        }
        continue
      }
      var hash = WordHash()
      hash.add(scalar)
      batch.append(
        Token(
          start: index, end: index + 1, hash: hash.value, flags: .punctuation,
          classes: lexicon.classes(of: hash.value), first: scalar), flushingTo: &tokens)
      pendingJoin = []
      index += 1
    }
  }

  /// Whether exactly three digits start at `index` and are not followed by another digit.
  private static func isThousandsGroup(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, end: Int
  ) -> Bool {
    guard index + 3 <= end else { return false }
    for offset in 0..<3 where !text[index + offset].isASCIIDigit { return false }
    return index + 3 == end || !text[index + 3].isASCIIDigit
  }
}
