/// The union of the spans between quotation marks, to tell the reporter's words from the
/// quoted ones with a cursor that only moves forward.
struct QuotedRegions {
  private var regions: [TextSpan] = []

  init(_ marks: [QuoteMarks]) {
    for mark in marks {
      if let last = regions.last, mark.open < last.end {
        regions[regions.count - 1].end = max(last.end, mark.close)
      } else {
        regions.append(TextSpan(start: mark.open, end: mark.close))
      }
    }
  }

  /// Whether `offset` lies strictly between an opening and a closing mark.
  func contains(_ offset: Int, cursor: inout Int) -> Bool {
    while cursor < regions.count && regions[cursor].end <= offset { cursor += 1 }
    return cursor < regions.count && regions[cursor].start < offset
  }

  /// Whether a region may hold an offset from `start` up to `end`: false means none does,
  /// so a sentence's tokens can be taken whole. Moves the cursor as `contains` would.
  func mayMeet(from start: Int, to end: Int, cursor: inout Int) -> Bool {
    while cursor < regions.count && regions[cursor].end <= start { cursor += 1 }
    return cursor < regions.count && regions[cursor].start < end
  }
}
