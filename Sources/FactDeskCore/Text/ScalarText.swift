/// Reading spans of text by Unicode scalar offsets.
///
/// Swift strings index by grapheme cluster; offsets in factdesk count scalars, so the slicing
/// goes through the scalar view. Building the scalar array once is worth it when many spans of
/// one text are read.
public struct ScalarText: Sendable {
  public let scalars: [Unicode.Scalar]

  public init(_ text: String) { scalars = Array(text.unicodeScalars) }

  public var count: Int { scalars.count }

  public subscript(span: TextSpan) -> String {
    let lower = max(0, min(span.start, scalars.count))
    let upper = max(lower, min(span.end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }
}

extension String {
  /// The text of `span`, counted in Unicode scalars.
  public func text(in span: TextSpan) -> String { ScalarText(self)[span] }

  /// The number of Unicode scalars, the unit of every span.
  public var scalarCount: Int { unicodeScalars.count }
}
