/// Line-end normalisation and the fast paragraph split used when the text is kept as it is.
enum LineEnds {
  /// CRLF and lone CR become LF; text without CR is returned untouched (no copy).
  static func normalized(_ text: String) -> String {
    var text = text
    let hasCarriageReturn =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(13) }
      ?? text.utf8.contains(13)
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
  /// only spaces and tabs). One pass over the UTF-8 bytes, counting scalars as it goes.
  static func paragraphSpans(in text: String) -> [TextSpan] {
    var text = text
    var spans: [TextSpan] = []
    text.withUTF8 { bytes in
      var scalar = 0
      var paragraphStart = -1  // scalar offset where the open paragraph starts, or -1
      var contentEnd = 0  // scalar offset just after the last non-blank character
      var lineHasContent = false
      var blankLineSeen = false
      for byte in bytes where byte & 0xC0 != 0x80 {  // one lead byte per scalar
        switch byte {
        case 10:
          if !lineHasContent && paragraphStart >= 0 { blankLineSeen = true }
          lineHasContent = false
        case 32, 9:
          break
        default:
          if blankLineSeen {
            spans.append(TextSpan(start: paragraphStart, end: contentEnd))
            paragraphStart = -1
            blankLineSeen = false
          }
          if paragraphStart < 0 { paragraphStart = scalar }
          lineHasContent = true
          contentEnd = scalar + 1
        }
        scalar += 1
      }
      if paragraphStart >= 0 { spans.append(TextSpan(start: paragraphStart, end: contentEnd)) }
    }
    return spans
  }
}
