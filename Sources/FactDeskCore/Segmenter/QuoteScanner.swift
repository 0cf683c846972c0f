/// A pair of quotation marks found in the text.
struct QuoteMarks {
  enum Style: Equatable {
    /// « … », with the inner (no-break) spaces French typography puts inside.
    case guillemets
    /// “ … ”
    case curly
    /// " … "
    case straight
    /// ‘ … ’ or ' … ' — nested inside another quote, or British primary quotes.
    case single
    /// A line of dialogue opened by a dash: "— Nous partons demain, dit-il."
    case dash
  }

  var style: Style
  /// Offsets of the opening and closing marks.
  var open: Int
  var close: Int
  /// The quoted words: inside the marks, without the spaces next to them.
  var content: TextSpan
  /// The whole quotation when an incise split it ("« Nous avons, dit-elle, beaucoup
  /// travaillé »"): its kind is that of the whole utterance, not of each piece.
  var utterance: TextSpan
  /// The opening mark of the whole quotation.
  var utteranceOpen: Int

  init(style: Style, open: Int, close: Int, content: TextSpan) {
    self.style = style
    self.open = open
    self.close = close
    self.content = content
    self.utterance = content
    self.utteranceOpen = open
  }
}

/// Finds quotation marks and pairs them in one pass with a small stack.
///
/// A quote that reaches the end of a paragraph stays open only when the next paragraph
/// reopens it with the same mark, as French and English typography do for speech running
/// over several paragraphs; otherwise it is dropped, so one stray mark cannot swallow the
/// rest of an article. The stack is bounded, so the scan stays linear on any input.
enum QuoteScanner {
  private struct Opening {
    var style: QuoteMarks.Style
    /// The mark that opened the current paragraph's part of the quote.
    var offset: Int
    /// The mark that opened the quote, paragraphs ago when it runs on.
    var first: Int
    /// The parts in earlier paragraphs: their opening mark and the line break ending them.
    var earlierParts: [(open: Int, close: Int)] = []
  }

  /// Open marks and found quotes; a struct rather than captured locals, which Swift would
  /// box and make every access in the scan loop an indirection.
  private struct Pairing {
    var found: [QuoteMarks] = []
    var stack: [Opening] = []

    mutating func close(_ style: QuoteMarks.Style, at offset: Int, in text: [Unicode.Scalar])
      -> Bool
    {
      guard let level = stack.lastIndex(where: { $0.style == style }) else { return false }
      let opening = stack[level]
      stack.removeSubrange(level...)
      // A quote run over several paragraphs is one utterance but one span per paragraph,
      // so no span holds a line break and the reopening mark.
      guard let utterance = trimmedContent(text, from: opening.first + 1, to: offset) else {
        return true
      }
      let parts = opening.earlierParts + [(open: opening.offset, close: offset)]
      for part in parts {
        guard let content = trimmedContent(text, from: part.open + 1, to: part.close) else {
          continue
        }
        var quote = QuoteMarks(
          style: style, open: part.open, close: part.close, content: content)
        quote.utterance = utterance
        quote.utteranceOpen = opening.first
        found.append(quote)
      }
      return true
    }

    /// The quote on top runs on into the paragraph that `mark` reopens.
    mutating func reopen(at mark: Int, lineBreak: Int) {
      let top = stack.count - 1
      stack[top].earlierParts.append((open: stack[top].offset, close: lineBreak))
      stack[top].offset = mark
    }

    mutating func open(_ style: QuoteMarks.Style, at offset: Int) {
      if stack.count == maximumDepth { stack.removeFirst() }
      stack.append(Opening(style: style, offset: offset, first: offset))
    }

    func isOpen(_ style: QuoteMarks.Style) -> Bool { stack.contains { $0.style == style } }
  }

  static let maximumDepth = 6

  /// Bit v set for the ASCII scalars below 0x40 that the scan must look at: line feed,
  /// carriage return, '"' and "'".
  static let markedLowASCII: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x27

  /// The Latin-1 scalars the scan can step over, for skipping four at a time: all but
  /// line breaks, straight quotes and guillemets, as in `skipPlain`.
  private static let plainLatin1 = Latin1ScalarSet { scalar in
    let value = scalar.value
    if value < 0x80 { return value >= 0x40 || (markedLowASCII >> UInt64(value)) & 1 == 0 }
    return value != 0xAB && value != 0xBB
  }

  /// The first offset from `start` holding a scalar that can open or close a quote or end a
  /// line: below U+2018 only line breaks, straight quotes and guillemets can; from U+2018 on
  /// the switch decides.
  @inline(__always)
  private static func skipPlain(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int)
    -> Int
  {
    let plainLatin1 = Self.plainLatin1  // read the global once, not once per block
    var index = start
    let count = text.count
    while index < count {
      // Blocks of four plain Latin-1 scalars at once, then one scalar at a time.
      index = plainLatin1.skipBlocks(in: text, from: index)
      guard index < count else { break }
      let value = text[index].value
      if value < 0x80 {
        // A select, not a branch, between the two halves of ASCII: letters and spaces
        // alternate too irregularly for a branch predictor, and each miss cost more than
        // the test.
        let marked = value < 0x40 ? markedLowASCII : 0
        if (marked >> UInt64(value & 0x3F)) & 1 == 1 { return index }
      } else if value >= 0x2018 || value == 0xAB || value == 0xBB {
        return index
      }
      index += 1
    }
    return index
  }

  static func quotes(in text: [Unicode.Scalar]) -> [QuoteMarks] {
    var pairing = Pairing()
    let count = text.count
    var index = 0

    while index < count {
      // Most scalars are no quotation mark or line break: skip runs of them in a tight
      // loop without bounds checks before the switch.
      index = text.withUnsafeBufferPointer { skipPlain($0, from: index) }
      guard index < count else { break }
      let scalar = text[index]
      let value = scalar.value
      switch value {
      case 0x0A, 0x0D, 0x2029:
        if let dialogue = DialogueLines.dialogue(in: text, lineStart: index + 1) {
          pairing.found.append(dialogue)
        }
        if !pairing.stack.isEmpty {
          let next = SentenceSplitter.nextVisible(text, from: index)
          // The next paragraph reopens the quote with the same mark: it runs on.
          if next < count, let top = pairing.stack.last, reopens(top.style, with: text[next]) {
            pairing.reopen(at: next, lineBreak: index)
            index = next + 1
            continue
          }
          pairing.stack.removeAll(keepingCapacity: true)
        }
      case 0xAB, 0x2039:  // « ‹
        pairing.open(.guillemets, at: index)
      case 0xBB, 0x203A:  // » ›
        _ = pairing.close(.guillemets, at: index, in: text)
      case 0x201C:  // “
        pairing.open(.curly, at: index)
      case 0x201D:  // ”
        if !pairing.close(.curly, at: index, in: text) {
          _ = pairing.close(.straight, at: index, in: text)
        }
      case 0x22:  // "
        let canClose = pairing.isOpen(.straight) && isClosingPosition(text, index)
        if canClose {
          _ = pairing.close(.straight, at: index, in: text)
        } else if isOpeningPosition(text, index) {
          pairing.open(.straight, at: index)
        }
      case 0x2018:  // ‘
        if isOpeningPosition(text, index) { pairing.open(.single, at: index) }
      case 0x27, 0x2019:  // ' ’ — also apostrophes, so only as marks around words
        if pairing.isOpen(.single) && isClosingPosition(text, index)
          && !(index + 1 < count && text[index + 1].isWordLetter)
        {
          _ = pairing.close(.single, at: index, in: text)
        } else if scalar == "'" && !pairing.stack.isEmpty && isOpeningPosition(text, index)
          && (index == 0 || !text[index - 1].isWordLetter)
        {
          pairing.open(.single, at: index)
        }
      default:
        break
      }
      index += 1
    }
    if let dialogue = DialogueLines.dialogue(in: text, lineStart: 0) {
      pairing.found.append(dialogue)
    }
    pairing.found.sort { $0.open < $1.open }
    return InciseSplitter.split(pairing.found, in: text)
  }

  static func reopens(_ style: QuoteMarks.Style, with scalar: Unicode.Scalar) -> Bool {
    switch style {
    case .guillemets: return scalar == "«"
    case .curly: return scalar == "\u{201C}"
    case .straight: return scalar == "\""
    case .single, .dash: return false
    }
  }

  /// An opening mark is followed by a word, not by a space.
  static func isOpeningPosition(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
    guard index + 1 < text.count, !text[index + 1].isSegmenterSpace else { return false }
    return index == 0 || !text[index - 1].isWordLetter || text[index] != "'"
  }

  /// A closing mark follows a word or punctuation, not a space.
  static func isClosingPosition(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
    guard index > 0 else { return false }
    if !text[index - 1].isSegmenterSpace { return true }
    // A space before the mark: only a closing one if nothing but a space or punctuation
    // follows, as in "a word " at a line end.
    return index + 1 >= text.count || text[index + 1].isSegmenterSpace
      || text[index + 1].isClosingPunctuation
  }

  static func trimmedContent(_ text: [Unicode.Scalar], from start: Int, to end: Int)
    -> TextSpan?
  {
    var lower = start
    var upper = end
    while lower < upper && text[lower].isSegmenterSpace { lower += 1 }
    while upper > lower && text[upper - 1].isSegmenterSpace { upper -= 1 }
    return lower < upper ? TextSpan(start: lower, end: upper) : nil
  }
}
