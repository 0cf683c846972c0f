/// Text helpers shared by the formats: context around a span, shortening, dates.
enum ExportText {
  /// Characters of prefix and suffix in a TextQuoteSelector, as the Hypothesis client takes.
  static let contextLength = 32

  /// Up to `length` scalars before and after `span`: the prefix and suffix of a
  /// TextQuoteSelector, 32 by default as in the Hypothesis client.
  static func context(of span: TextSpan, in text: ScalarText, length: Int = 32) -> (
    prefix: String, exact: String, suffix: String
  ) {
    let start = max(0, span.start - length)
    let end = min(text.count, span.end + length)
    return (
      text[TextSpan(start: start, end: max(start, min(span.start, text.count)))],
      text[span],
      text[TextSpan(start: min(span.end, end), end: end)]
    )
  }

  /// The sentence-level context of a claim for reports: the words around it on one line.
  static func inContext(_ span: TextSpan, in text: ScalarText, length: Int = 80) -> (
    before: String, exact: String, after: String
  ) {
    let parts = context(of: span, in: text, length: length)
    func oneLine(_ text: String) -> String {
      var line = ""
      for character in text {
        let blank = character.isWhitespace
        if blank && (line.last == " " || line.isEmpty && character.isNewline) { continue }
        line.append(blank ? " " : character)
      }
      return line
    }
    var before = oneLine(parts.prefix)
    var after = oneLine(parts.suffix)
    if span.start - length > 0 {
      before = "…" + (before.drop { $0 != " " }).drop { $0 == " " }
    }
    if span.end + length < text.count {
      if let space = after.lastIndex(of: " ") { after = String(after[..<space]) }
      after += "…"
    }
    return (before, oneLine(parts.exact), after)
  }

  /// `text` with every run of ASCII white space (space, tab, line breaks) made one space and
  /// the ends trimmed. Works on UTF-8 bytes: the scalar and character versions were most of
  /// the time of a ClaimReview export. No-break spaces are kept as written.
  static func collapsingWhitespace(_ text: String) -> String {
    guard hasWhitespaceToCollapse(text) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if isLayoutSpace(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The white space `collapsingWhitespace` folds: space, tab, line feed, carriage return.
  static func isLayoutSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// Whether `text` has a line break, a tab, a run of spaces or a space at either end: most
  /// stored claims have none, and need no copy.
  private static func hasWhitespaceToCollapse(_ text: String) -> Bool {
    var previousWasSpace = true  // a space at the start counts as a run
    for byte in text.utf8 {
      if byte == 0x0A || byte == 0x09 || byte == 0x0D { return true }
      let isSpace = byte == 0x20
      if isSpace && previousWasSpace { return true }
      previousWasSpace = isSpace
    }
    return previousWasSpace && !text.isEmpty
  }

  /// `text` (white space already collapsed) cut at the last word boundary so it is under
  /// `limit` characters, with "…"; nil when it has fewer than `limit` scalars. Counted in
  /// scalars, never fewer than characters, so the result is under the limit in any count a
  /// reader uses. Works on UTF-8 bytes: a ClaimReview export shortens most claims, and scalar
  /// arrays made this half of its time.
  static func shortenedIfLong(_ text: String, under limit: Int) -> String? {
    // Fewer bytes than the limit means fewer scalars too.
    guard text.utf8.count >= limit else { return nil }
    let bytes = Array(text.utf8)
    // The byte offset of scalar number limit - 2, where the cut may be at most.
    var scalarCount = 0
    var cut = 0
    for (offset, byte) in bytes.enumerated() where !UTF8.isContinuation(byte) {
      if scalarCount == limit - 2 { cut = offset }
      scalarCount += 1
      if scalarCount == limit { break }
    }
    guard scalarCount >= limit else { return nil }
    // A space is one byte in UTF-8 and never part of another scalar.
    if let space = bytes[..<cut].lastIndex(of: 0x20) { cut = space }
    while cut > 0 {
      var start = cut - 1
      while start > 0 && UTF8.isContinuation(bytes[start]) { start -= 1 }
      let scalar = String(decoding: bytes[start..<cut], as: UTF8.self).unicodeScalars.first!
      guard scalar == " " || isPunctuation(scalar) else { break }
      cut = start
    }
    return String(decoding: bytes[..<cut], as: UTF8.self) + "…"
  }

  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      true
    default: false
    }
  }

  /// The day of an ISO 8601 timestamp: `2026-01-15T09:30:00Z` -> `2026-01-15`.
  static func day(_ timestamp: String) -> String { String(timestamp.prefix(10)) }

  /// A person-readable verdict: "False", or "not yet verified (open)".
  static func verdictText(_ claim: ExportClaim) -> String {
    claim.verdict?.alternateName ?? "not yet verified (\(claim.status))"
  }

  /// Where a review of `claim` is published under `base`: `BASE/a1#c7`.
  static func reviewURL(base: String, article: ArticleID, claim: ClaimID) -> String {
    let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
    return "\(trimmed)/\(article)#\(claim)"
  }
}
