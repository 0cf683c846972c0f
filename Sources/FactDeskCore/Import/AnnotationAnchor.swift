/// Finds where a W3C TextQuoteSelector (exact, prefix, suffix) lies in a text, using a
/// TextPositionSelector as a hint: the stored position when the quote is still there, else
/// the occurrence of `exact` whose surroundings match best, nearest the hint on a tie.
/// Like the Hypothesis client, context weighs more than position; unlike it, matching is
/// exact, so an annotation whose words were edited away is reported as an orphan.
public enum AnnotationAnchor {
  public static func locate(
    exact: [Unicode.Scalar], prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
    hint: TextSpan?, in text: [Unicode.Scalar]
  ) -> TextSpan? {
    guard !exact.isEmpty, exact.count <= text.count else { return nil }
    if let hint, hint.end <= text.count, hint.end - hint.start == exact.count,
      text[hint.start..<hint.end].elementsEqual(exact)
    {
      return hint
    }
    var best: (span: TextSpan, score: Int, distance: Int)?
    let first = exact[0]
    var index = 0
    while index + exact.count <= text.count {
      defer { index += 1 }
      guard text[index] == first, text[index..<index + exact.count].elementsEqual(exact) else {
        continue
      }
      let span = TextSpan(start: index, end: index + exact.count)
      let score =
        commonSuffix(text[max(0, index - prefix.count)..<index], prefix) * 2
        + commonPrefix(text[span.end..<min(text.count, span.end + suffix.count)], suffix) * 2
      let distance = hint.map { abs($0.start - index) } ?? 0
      if best == nil || score > best!.score || score == best!.score && distance < best!.distance {
        best = (span, score, distance)
      }
    }
    return best?.span
  }

  private static func commonSuffix(_ a: ArraySlice<Unicode.Scalar>, _ b: [Unicode.Scalar]) -> Int {
    var count = 0
    for (x, y) in zip(a.reversed(), b.reversed()) {
      guard x == y else { break }
      count += 1
    }
    return count
  }

  private static func commonPrefix(_ a: ArraySlice<Unicode.Scalar>, _ b: [Unicode.Scalar]) -> Int {
    var count = 0
    for (x, y) in zip(a, b) {
      guard x == y else { break }
      count += 1
    }
    return count
  }
}
