#if canImport(Glibc)
  import Glibc
#endif

/// Line-end normalisation and the fast paragraph split used when the text is kept as it is.
enum LineEnds {
  /// CRLF and lone CR become LF; text without CR is returned untouched (no copy).
  static func normalized(_ text: String) -> String {
    var text = text
    // memchr, not a byte loop: a 20 MB article without CR is checked at memory speed.
    let hasCarriageReturn = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 13, bytes.count) != nil
    }
    guard hasCarriageReturn else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    text.withUTF8 { source in
      var index = 0
      while index < source.count {
        let byte = source[index]
        if byte == 13 {
          bytes.append(10)
          if index + 1 < source.count && source[index + 1] == 10 { index += 1 }
        } else {
          bytes.append(byte)
        }
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Paragraphs of `text` as scalar spans: runs of lines that are not blank (blank meaning
  /// only spaces and tabs). Lines are found with memchr and their scalars counted by
  /// `UTF8Starts`; this runs at memory speed on large inputs.
  static func paragraphSpans(in text: String) -> [TextSpan] {
    var text = text
    var spans: [TextSpan] = []
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      var lineStart = 0
      var scalar = 0  // scalar offset of lineStart
      var paragraphStart = -1
      var paragraphEnd = 0
      while lineStart <= bytes.count {
        let remaining = bytes.count - lineStart
        let newline =
          memchr(base + lineStart, 10, remaining).map {
            UnsafeRawPointer($0) - UnsafeRawPointer(base)
          } ?? bytes.count
        // Leading and trailing blanks of the line, in bytes (spaces and tabs are one scalar).
        var first = lineStart
        while first < newline && (bytes[first] == 32 || bytes[first] == 9) { first += 1 }
        let lineScalars = UTF8Starts.count(
          UnsafeBufferPointer(rebasing: bytes[lineStart..<newline]))
        if first < newline {
          var last = newline
          while bytes[last - 1] == 32 || bytes[last - 1] == 9 { last -= 1 }
          if paragraphStart < 0 { paragraphStart = scalar + (first - lineStart) }
          paragraphEnd = scalar + lineScalars - (newline - last)
        } else if paragraphStart >= 0 {
          spans.append(TextSpan(start: paragraphStart, end: paragraphEnd))
          paragraphStart = -1
        }
        scalar += lineScalars + 1
        lineStart = newline + 1
      }
      if paragraphStart >= 0 { spans.append(TextSpan(start: paragraphStart, end: paragraphEnd)) }
    }
    return spans
  }
}
