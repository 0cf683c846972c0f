/// Writes a segmentation as members of a JSON object the caller has opened, so the caller
/// can put article fields around it: `"sentences"`, `"quotes"` and `"claims"`.
///
/// Span texts are cut from the text's UTF-8 bytes: a cursor converts scalar offsets to
/// byte offsets as the spans advance, so the text is neither decoded again nor copied
/// scalar by scalar.
public enum SegmentationJSON {
  public static func write(_ s: Segmentation, text: String, into writer: inout JSONWriter) {
    var text = text
    text.withUTF8 { bytes in write(s, bytes: bytes, into: &writer) }
  }

  private static func write(
    _ s: Segmentation, bytes: UnsafeBufferPointer<UInt8>, into writer: inout JSONWriter
  ) {
    writer.key(static: "sentences")
    writer.spanArray(s.sentences)

    writer.key(static: "quotes")
    writer.beginArray()
    var cursor = ByteCursor(bytes)
    for quote in s.quotes {
      writer.beginSpanObject(start: quote.span.start, end: quote.span.end)
      writer.key(static: "text")
      writer.string(utf8: cursor.bytes(of: quote.span))
      writer.key(static: "kind")
      writer.string(quote.kind.rawValue)
      writer.key(static: "speaker")
      writer.string(quote.speaker.map { s.persons[$0].name })
      writer.key(static: "cue")
      writer.string(quote.cue)
      writer.endObject()
    }
    writer.endArray()

    writer.key(static: "claims")
    writer.beginArray()
    cursor = ByteCursor(bytes)
    for claim in s.claims {
      writer.beginSpanObject(start: claim.span.start, end: claim.span.end)
      writer.key(static: "text")
      writer.string(utf8: cursor.bytes(of: claim.span))
      writer.key(static: "score")
      writer.double(claim.score)
      writer.key(static: "reasons")
      writer.beginArray()
      for reason in claim.reasons { writer.string(reason) }
      writer.endArray()
      writer.key(static: "speaker")
      writer.string(claim.speaker.map { s.persons[$0].name })
      writer.endObject()
    }
    writer.endArray()
  }
}

/// Converts scalar offsets to UTF-8 byte offsets, moving forward from the last span start;
/// a span starting before it (never the case for the segmenter's ordered lists) restarts
/// the count, so any list of spans is still written correctly.
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  private var scalar = 0
  private var byte = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func bytes(of span: TextSpan) -> UnsafeBufferPointer<UInt8> {
    if span.start < scalar {
      scalar = 0
      byte = 0
    }
    byte = advance(from: byte, by: span.start - scalar)
    scalar = span.start
    let end = advance(from: byte, by: span.end - span.start)
    return UnsafeBufferPointer(rebasing: bytes[byte..<end])
  }

  /// The byte offset `count` scalars after `start`, clamped to the text.
  private func advance(from start: Int, by count: Int) -> Int {
    var offset = start
    var remaining = count
    // Thirty-two bytes at a time, then eight, while the scalars wanted go past them.
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while offset + 32 <= bytes.count {
        let starts = UTF8Starts.inBlock(base, at: offset)
        guard starts < remaining else { break }
        remaining &-= starts
        offset &+= 32
      }
      while offset + 8 <= bytes.count {
        let starts = UTF8Starts.inWord(base, at: offset)
        guard starts < remaining else { break }
        remaining &-= starts
        offset &+= 8
      }
    }
    // The last word may have ended inside a scalar it already counted.
    while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
    while remaining > 0 && offset < bytes.count {
      offset += 1
      while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      remaining -= 1
    }
    return offset
  }
}
