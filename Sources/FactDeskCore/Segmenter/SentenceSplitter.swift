/// Splits clean text into sentences with a single forward scan over its scalars.
///
/// A sentence ends at a blank line (so headings without a final period stand alone), before
/// the next item of an inline list, or at . ! ? … when `SentenceEnd` decides that the mark
/// really ends one. Closing quotes and brackets after the mark stay in the sentence; a
/// lower-case word after them (", a-t-il dit", "she said") continues it.
enum SentenceSplitter {
  /// The sentence being read; a struct rather than captured locals, which Swift would box
  /// and make every access in the scan loop an indirection.
  private struct Builder {
    var spans: [TextSpan] = []
    var sentenceStart = -1
    var marker: ListMarker?

    /// Ends the sentence before the spaces that precede `end`.
    mutating func close(at end: Int, in text: [Unicode.Scalar]) {
      guard sentenceStart >= 0 else { return }
      var visibleEnd = end
      while visibleEnd > sentenceStart && text[visibleEnd - 1].isSegmenterSpace {
        visibleEnd -= 1
      }
      if visibleEnd > sentenceStart {
        spans.append(TextSpan(start: sentenceStart, end: visibleEnd))
      }
      sentenceStart = -1
      marker = nil
    }
  }

  static func sentences(in text: [Unicode.Scalar], language: Language) -> [TextSpan] {
    var builder = Builder()
    let end = text.count
    var index = 0
    while index < end {
      // Inside a sentence, most scalars can end nothing: skip them in a tight loop.
      if builder.sentenceStart >= 0 && builder.marker == nil {
        index = text.withUnsafeBufferPointer { skipOrdinary($0, from: index) }
        if index == end { break }
      }
      let scalar = text[index]
      if scalar.isSegmenterSpace {
        if scalar.isLineBreak, builder.sentenceStart >= 0,
          LineBreaks.endsSentence(text, lineBreakAt: index, sentenceStart: builder.sentenceStart)
        {
          builder.close(at: index, in: text)
        }
        index += 1
        continue
      }
      if builder.sentenceStart < 0 {
        builder.sentenceStart = index
        builder.marker = ListMarker.parse(text, at: index, end: end)
        if let found = builder.marker, case .bullet = found.kind,
          let numbered = ListMarker.parse(text, at: nextVisible(text, from: found.end), end: end)
        {
          // "• 9. The first item": the number after the bullet is part of the marker.
          builder.marker = ListMarker(kind: found.kind, value: 0, end: numbered.end)
        }
        if let found = builder.marker {
          index = found.end
          continue
        }
      } else if let current = builder.marker, index > 0, text[index - 1].isSegmenterSpace,
        let next = ListMarker.parse(text, at: index, end: end), next.follows(current)
      {
        builder.close(at: index, in: text)
        continue
      }
      if scalar.isSentenceTerminator {
        let decision = SentenceEnd.decide(
          text, terminatorAt: index, sentenceStart: builder.sentenceStart, language: language)
        if decision.isBoundary { builder.close(at: decision.end, in: text) }
        index = decision.end
        continue
      }
      index += 1
    }
    builder.close(at: end, in: text)
    return builder.spans
  }

  /// Bit v set when ASCII scalar v (below 0x40) is ordinary: from the space on, except
  /// ! (0x21), * (0x2A), . (0x2E) and ? (0x3F).
  static let ordinaryLowASCII: UInt64 = 0x7FFF_BBFD_0000_0000

  /// A scalar that neither ends a sentence nor is a space or a bullet: a letter, a digit,
  /// most punctuation. Plain spaces count too; only line breaks need a closer look.
  @inline(__always)
  static func isOrdinary(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 {
      // A select, not a branch, between the two halves of ASCII: letters and spaces
      // alternate too irregularly for a branch predictor, and each miss cost more than
      // the test.
      let ordinary = v < 0x40 ? ordinaryLowASCII : ~0
      return (ordinary >> UInt64(v & 0x3F)) & 1 == 1
    }
    if v < 0x2000 { return v != 0xA0 && v != 0x85 && v != 0x1680 }
    return !(scalar.isSegmenterSpace || scalar.isSentenceTerminator || ListMarker.isBullet(scalar))
  }

  /// The Latin-1 scalars that are ordinary, for skipping four at a time.
  private static let ordinaryLatin1 = Latin1ScalarSet(where: isOrdinary)

  /// The first offset from `start` whose scalar is not ordinary, read without bounds checks:
  /// blocks of four ordinary Latin-1 scalars at once, one scalar at a time past anything
  /// else.
  @inline(__always)
  private static func skipOrdinary(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int)
    -> Int
  {
    let ordinaryLatin1 = Self.ordinaryLatin1  // read the global once, not once per block
    var index = start
    while true {
      index = ordinaryLatin1.skipBlocks(in: text, from: index)
      guard index < text.count && isOrdinary(text[index]) else { return index }
      index += 1
    }
  }

  static func nextVisible(_ text: [Unicode.Scalar], from index: Int) -> Int {
    var cursor = index
    while cursor < text.count && text[cursor].isSegmenterSpace { cursor += 1 }
    return cursor
  }
}

/// When a line break ends a sentence.
enum LineBreaks {
  /// A blank line always does. A single line break does too, except when it only wraps a
  /// long line of prose: the next line then starts in lower case, as in text cut by a PDF.
  static func endsSentence(_ text: [Unicode.Scalar], lineBreakAt index: Int, sentenceStart: Int)
    -> Bool
  {
    var cursor = index + 1
    while cursor < text.count && text[cursor].isSegmenterSpace {
      if text[cursor].isLineBreak { return true }
      cursor += 1
    }
    guard cursor < text.count else { return true }
    guard text[cursor].isLowercaseLetter else { return true }
    // Count the words of the line being wrapped, looking back no further than needed.
    var spaces = 0
    var back = index - 1
    while back >= sentenceStart && !text[back].isLineBreak {
      if text[back].isSegmenterSpace && back + 1 < index && !text[back + 1].isSegmenterSpace {
        spaces += 1
        if spaces >= 3 { return false }
      }
      back -= 1
    }
    return true
  }
}
