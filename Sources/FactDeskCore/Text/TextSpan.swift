/// A half-open range of Unicode scalar offsets into an article's clean text.
///
/// Scalars are the unit the W3C Web Annotation model counts in (TextPositionSelector), so every
/// span factdesk stores or exports uses them rather than bytes or grapheme clusters.
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "a span ends before it starts")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)-\(end)" }
}
