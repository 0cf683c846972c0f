/// Writes a segmentation as members of a JSON object the caller has opened, so the caller
/// can put article fields around it: `"sentences"`, `"quotes"` and `"claims"`.
public enum SegmentationJSON {
  public static func write(_ s: Segmentation, text: String, into writer: inout JSONWriter) {
    let scalars = Array(text.unicodeScalars)
    write(s, scalars: scalars, into: &writer)
  }

  static func write(_ s: Segmentation, scalars: [Unicode.Scalar], into writer: inout JSONWriter) {
    writer.key("sentences")
    writer.beginArray()
    for span in s.sentences {
      writer.beginObject()
      writeSpan(span, into: &writer)
      writer.endObject()
    }
    writer.endArray()

    writer.key("quotes")
    writer.beginArray()
    for quote in s.quotes {
      writer.beginObject()
      writeSpan(quote.span, into: &writer)
      writer.key("text")
      writer.string(scalars: slice(scalars, quote.span))
      writer.key("kind")
      writer.string(quote.kind.rawValue)
      writer.key("speaker")
      writer.string(quote.speaker.map { s.persons[$0].name })
      writer.key("cue")
      writer.string(quote.cue)
      writer.endObject()
    }
    writer.endArray()

    writer.key("claims")
    writer.beginArray()
    for claim in s.claims {
      writer.beginObject()
      writeSpan(claim.span, into: &writer)
      writer.key("text")
      writer.string(scalars: slice(scalars, claim.span))
      writer.key("score")
      writer.double(claim.score)
      writer.key("reasons")
      writer.beginArray()
      for reason in claim.reasons { writer.string(reason) }
      writer.endArray()
      writer.key("speaker")
      writer.string(claim.speaker.map { s.persons[$0].name })
      writer.endObject()
    }
    writer.endArray()
  }

  private static func writeSpan(_ span: TextSpan, into writer: inout JSONWriter) {
    writer.key("start")
    writer.int(span.start)
    writer.key("end")
    writer.int(span.end)
  }

  /// The scalars of `span`, clamped so a stale span can never trap.
  private static func slice(_ scalars: [Unicode.Scalar], _ span: TextSpan)
    -> ArraySlice<Unicode.Scalar>
  {
    let lower = max(0, min(span.start, scalars.count))
    return scalars[lower..<max(lower, min(span.end, scalars.count))]
  }
}
