/// Splits clean text into sentences with a single forward scan over its scalars.
///
/// A sentence ends at a blank line (so headings without a final period stand alone), before
/// the next item of an inline list, or at . ! ? … when `SentenceEnd` decides that the mark
/// really ends one. Closing quotes and brackets after the mark stay in the sentence; a
/// lower-case word after them (", a-t-il dit", "she said") continues it.
enum SentenceSplitter {
  static func sentences(in text: [Unicode.Scalar], language: Language) -> [TextSpan] {
    var spans: [TextSpan] = []
    let end = text.count
    var sentenceStart = -1
    var lastVisible = -1
    var marker: ListMarker?
    var index = 0

    func close(at closeEnd: Int) {
      if sentenceStart >= 0 && closeEnd > sentenceStart {
        spans.append(TextSpan(start: sentenceStart, end: closeEnd))
      }
      sentenceStart = -1
      marker = nil
    }

    while index < end {
      let scalar = text[index]
      if scalar.isSegmenterSpace {
        if scalar.isLineBreak, sentenceStart >= 0,
          LineBreaks.endsSentence(text, lineBreakAt: index, sentenceStart: sentenceStart)
        {
          close(at: lastVisible + 1)
        }
        index += 1
        continue
      }
      if sentenceStart < 0 {
        sentenceStart = index
        marker = ListMarker.parse(text, at: index, end: end)
        if let found = marker, case .bullet = found.kind,
          let numbered = ListMarker.parse(text, at: nextVisible(text, from: found.end), end: end)
        {
          // "• 9. The first item": the number after the bullet is part of the marker.
          marker = ListMarker(kind: found.kind, value: 0, end: numbered.end)
        }
        if let found = marker {
          lastVisible = found.end - 1
          index = found.end
          continue
        }
      } else if let current = marker, index > 0, text[index - 1].isSegmenterSpace,
        let next = ListMarker.parse(text, at: index, end: end), next.follows(current)
      {
        close(at: lastVisible + 1)
        continue
      }
      if scalar.isSentenceTerminator {
        let decision = SentenceEnd.decide(
          text, terminatorAt: index, sentenceStart: sentenceStart, language: language)
        if decision.isBoundary {
          close(at: decision.end)
          index = decision.end
          continue
        }
        lastVisible = decision.end - 1
        index = decision.end
        continue
      }
      lastVisible = index
      index += 1
    }
    close(at: lastVisible + 1)
    return spans
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
