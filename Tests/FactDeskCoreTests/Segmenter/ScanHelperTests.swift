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

  @Test func wordTableFindsEveryKeyAlongItsChainAndNothingElse() {
    // Enough keys that many share a home slot and are pushed along, in a table a quarter
    // full; a seeded generator keeps the case the same on every run.
    var generator = SplitMix64(seed: 42)
    var listed: [UInt64: WordClass] = [:]
    while listed.count < 5_000 {
      listed[generator.next()] = WordClass(rawValue: UInt32(listed.count % 30 + 1))
    }
    let table = WordTable(listed)
    for (key, classes) in listed { #expect(table.classes(of: key) == classes) }
    var strays = 0
    for _ in 0..<50_000 {
      let key = generator.next()
      if listed[key] == nil && table.classes(of: key) != [] { strays += 1 }
    }
    #expect(strays == 0)
  }
}

/// A small seeded generator (SplitMix64), so a test's random keys are the same each run.
private struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
