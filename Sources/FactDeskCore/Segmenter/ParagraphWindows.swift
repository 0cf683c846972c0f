#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts a text's UTF-8 into windows of whole paragraphs that the segmenter can read one at a
/// time, so that only one window is ever decoded into scalars (four bytes each) and each
/// pass over it runs while it is still in the cache.
///
/// A window ends just after a blank line ("\n\n"), where every pass starts afresh: the
/// sentence splitter has closed the sentence, and the quote scanner has dropped any quote
/// left open, unless the next paragraph reopens it with the same mark (« “ "). A cut is
/// also refused before "(" or inside a bracket opened shortly before, where a quote's
/// speaker may be named ("… » (J-M Blanquer)"), and after a bullet, which takes the number
/// of the next visible line as its own (or a space, which may follow one). With those
/// refused, segmenting the windows one by one gives what segmenting the whole text gives
/// (`WindowedSegmentationTests` and the fuzz entry check it). A text without an acceptable
/// cut is one window, however long.
struct ParagraphWindows {
  /// A window's length in bytes before looking for the next cut. At 64 KB its scalars
  /// (256 KB) stay in a core's L2 cache through the passes, together with the tokens and
  /// the word table; 256 KB windows filled it, and a simulated 1.25 MB L2 missed 60 %
  /// more often.
  static let defaultLength = 1 << 16

  let bytes: UnsafeBufferPointer<UInt8>
  let length: Int
  private(set) var start = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, length: Int = defaultLength) {
    self.bytes = bytes
    self.length = max(1, length)
  }

  /// The next window's bytes, or nil at the end of the text.
  mutating func next() -> UnsafeBufferPointer<UInt8>? {
    guard start < bytes.count else { return nil }
    let end = cut(after: start + min(length, bytes.count - start))
    let window = UnsafeBufferPointer(rebasing: bytes[start..<end])
    start = end
    return window
  }

  /// The first acceptable cut at or after `offset`, or the end of the text.
  private func cut(after offset: Int) -> Int {
    var search = offset
    while search + 1 < bytes.count {
      // A line feed byte is never part of a longer UTF-8 sequence, so memchr finds only
      // real line feeds, and a cut just after one falls on a scalar boundary.
      guard let lineFeed = firstByte(0x0A, from: search, to: bytes.count - 1) else { break }
      search = lineFeed + 1
      guard bytes[lineFeed + 1] == 0x0A, isAcceptable(blankLineAt: lineFeed) else { continue }
      // Looked for last, since it reads back up to 240 bytes.
      guard let open = openBracket(before: lineFeed) else { return lineFeed + 2 }
      // Every blank line before the bracket's ")", or up to 240 bytes past its "(", is
      // inside it too: skip them rather than look back from each.
      let reach = min(open + 241, bytes.count)
      search = max(search, firstByte(UInt8(ascii: ")"), from: lineFeed, to: reach) ?? reach)
    }
    return bytes.count
  }

  private func isAcceptable(blankLineAt lineFeed: Int) -> Bool {
    guard let before = lastScalar(before: lineFeed),
      !before.isSegmenterSpace, !ListMarker.isBullet(before)
    else { return false }
    var index = lineFeed + 2
    while index < bytes.count {
      let (scalar, next) = ScalarDecoder.scalar(in: bytes, at: index)
      if !scalar.isSegmenterSpace {
        return scalar != "«" && scalar != "\u{201C}" && scalar != "\"" && scalar != "("
      }
      index = next
    }
    return true
  }

  /// The offset of a "(" without its ")" in the 60 scalars (240 bytes at most) before
  /// `index`, close enough for `QuoteAnalysis` to read a speaker's name up to a ")"
  /// beyond the blank line.
  private func openBracket(before index: Int) -> Int? {
    var cursor = index - 1
    while cursor >= 0 && index - cursor <= 240 {
      if bytes[cursor] == UInt8(ascii: ")") { return nil }
      if bytes[cursor] == UInt8(ascii: "(") { return cursor }
      cursor -= 1
    }
    return nil
  }

  private func firstByte(_ byte: UInt8, from start: Int, to end: Int) -> Int? {
    guard start < end,
      let found = memchr(bytes.baseAddress! + start, Int32(byte), end - start)
    else { return nil }
    return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private func lastScalar(before index: Int) -> Unicode.Scalar? {
    var lead = index - 1
    // Continuation bytes are 10xxxxxx: step back to the lead byte.
    while lead >= 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    return lead >= 0 ? ScalarDecoder.scalar(in: bytes, at: lead).0 : nil
  }
}
