/// Finds inline cross-references such as "(lire sur AEF info)" or "(read more)": they stay in
/// the text, since removing them would break the sentence, but they are not claims.
enum ReferenceFinder {
  private static let openingWords: Set<String> = [
    "lire", "voir", "relire", "read", "see", "cf", "cf.", "écouter", "regarder", "watch",
  ]

  /// Spans, in Unicode scalars of `paragraph`, shifted by `offset`.
  static func references(in paragraph: String, offset: Int) -> [TextSpan] {
    let scalars = Array(paragraph.unicodeScalars)
    var spans: [TextSpan] = []
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "(" else {
        index += 1
        continue
      }
      var close = index + 1
      while close < scalars.count && close - index <= 80 && scalars[close] != ")"
        && scalars[close] != "("
      {
        close += 1
      }
      guard close < scalars.count, scalars[close] == ")" else {
        index += 1
        continue
      }
      var inner = String.UnicodeScalarView()
      inner.append(contentsOf: scalars[(index + 1)..<close])
      let firstWord = String(inner).lowercased().split { $0 == " " || $0 == "\u{A0}" }.first
      if let firstWord, openingWords.contains(String(firstWord)) {
        spans.append(TextSpan(start: offset + index, end: offset + close + 1))
      }
      index = close + 1
    }
    return spans
  }
}
