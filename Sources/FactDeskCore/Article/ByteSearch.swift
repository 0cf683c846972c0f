/// Substring search over UTF-8 bytes.
enum ByteSearch {
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], wholeWord: Bool)
    -> Bool
  {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where matches(haystack, at: start, needle, wholeWord: wholeWord) {
      return true
    }
    return false
  }

  /// Whether `needle` occurs in `haystack` at `start` (as a whole word when asked).
  @inline(__always)
  static func matches(
    _ haystack: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: [UInt8], wholeWord: Bool
  ) -> Bool {
    guard start + needle.count <= haystack.count else { return false }
    for offset in 0..<needle.count where haystack[start + offset] != needle[offset] {
      return false
    }
    return !wholeWord
      || (!isWordByte(haystack, start - 1) && !isWordByte(haystack, start + needle.count))
  }

  /// Letters, digits and any byte of a non-ASCII character count as word bytes.
  private static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index >= 0 && index < bytes.count else { return false }
    let byte = bytes[index]
    return byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
      || (byte >= 0x30 && byte <= 0x39)
  }
}
