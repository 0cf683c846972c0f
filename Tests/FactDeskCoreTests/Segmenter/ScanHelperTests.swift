import Testing

@testable import FactDeskCore

/// The small structures the segmenter's hot loops lean on.
@Suite struct ScanHelperTests {
  private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  @Test func blocksOfFourStopAtTheFirstBlockWithAnOutsider() {
    let letters = Latin1ScalarSet { $0.properties.isAlphabetic }
    let cases: [(text: String, stop: Int)] = [
      ("abcdéfgh, ijkl", 8),  // the comma is in the third block
      ("abcdefgh", 8),  // every block passes: the end
      ("abcdef", 4),  // two scalars left over, for the caller
      ("ab€defgh", 0),  // past Latin-1 in the first block
      ("", 0),
    ]
    for (text, stop) in cases {
      let found = Self.scalars(text).withUnsafeBufferPointer {
        letters.skipBlocks(in: $0, from: 0)
      }
      #expect(found == stop, "\(text)")
    }
    let fromTheMiddle = Self.scalars("ab, cdefghij").withUnsafeBufferPointer {
      letters.skipBlocks(in: $0, from: 4)
    }
    #expect(fromTheMiddle == 12)
  }

  @Test func nameWordsKeepTheirOrderInlineAndBeyond() {
    var words = NameWords()
    #expect(words.isEmpty)
    let spans = (0..<6).map { TextSpan(start: $0 * 10, end: $0 * 10 + 5) }
    for span in spans { words.append(span) }
    #expect(words.count == 6)
    #expect(words.array == spans)
    words.removeLast()
    words.removeLast()
    words.removeLast()
    #expect(words.array == Array(spans.prefix(3)))
    words[2] = TextSpan(start: 20, end: 29)
    words.append(spans[5])
    #expect(words.array == [spans[0], spans[1], TextSpan(start: 20, end: 29), spans[5]])
  }
}
