import Testing

@testable import FactDeskCore

@Suite struct UTF8StartsTests {
  /// The block and word counts agree with the scalars of the string at every length and
  /// alignment, with two-, three- and four-byte scalars straddling the blocks and words.
  @Test func countsScalarsLikeTheString() {
    let pieces = ["a", "é", "—", "😀", " ", "\u{301}", "«\u{A0}"]
    var text = ""
    for index in 0..<200 {
      text += pieces[index % pieces.count] + (index % 3 == 0 ? "xy" : "")
      var copy = text
      let counted = copy.withUTF8 { UTF8Starts.count($0) }
      #expect(counted == text.unicodeScalars.count)
      let tail = text.utf8.count > 5 ? String(text.unicodeScalars.dropFirst(3)) : text
      var tailCopy = tail
      #expect(tailCopy.withUTF8 { UTF8Starts.count($0) } == tail.unicodeScalars.count)
    }
    #expect(UTF8Starts.count(UnsafeBufferPointer(start: nil, count: 0)) == 0)
  }
}
