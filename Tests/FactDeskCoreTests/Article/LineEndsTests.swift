import Testing

@testable import FactDeskCore

@Suite struct LineEndsTests {
  /// The eight-byte count agrees with the scalars of the string at every length and
  /// alignment, with two-, three- and four-byte scalars straddling the words.
  @Test func countsScalarsLikeTheString() {
    let pieces = ["a", "é", "—", "😀", " ", "\u{301}", "«\u{A0}"]
    var text = ""
    for index in 0..<200 {
      text += pieces[index % pieces.count] + (index % 3 == 0 ? "xy" : "")
      var copy = text
      let counted = copy.withUTF8 { LineEnds.scalarCount($0) }
      #expect(counted == text.unicodeScalars.count)
      let tail = text.utf8.count > 5 ? String(text.unicodeScalars.dropFirst(3)) : text
      var tailCopy = tail
      #expect(tailCopy.withUTF8 { LineEnds.scalarCount($0) } == tail.unicodeScalars.count)
    }
    #expect(LineEnds.scalarCount(UnsafeBufferPointer(start: nil, count: 0)) == 0)
  }
}
