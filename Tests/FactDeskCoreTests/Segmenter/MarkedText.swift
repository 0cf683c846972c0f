import FactDeskCore
import Foundation

/// Test input with its expected spans marked inline: `⟦` and `⟧` around each span, or `¦`
/// between sentences. The marks are removed and the spans counted in Unicode scalars, the
/// unit of every span in factdesk.
struct MarkedText {
  let text: String
  let spans: [TextSpan]

  init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var spans: [TextSpan] = []
    var open: [Int] = []
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦": open.append(scalars.count)
      case "⟧": spans.append(TextSpan(start: open.removeLast(), end: scalars.count))
      default: scalars.append(scalar)
      }
    }
    text = String(scalars)
    self.spans = spans.sorted()
  }

  /// The sentences of a text marked with `¦` between them, trimmed of spaces.
  static func sentences(_ marked: String) -> (text: String, sentences: [String]) {
    let text = marked.replacingOccurrences(of: "¦", with: "")
    let sentences = marked.split(separator: "¦").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (text, sentences.filter { !$0.isEmpty })
  }
}

extension Segmentation {
  func sentenceTexts(in text: String) -> [String] {
    let scalars = ScalarText(text)
    return sentences.map { scalars[$0] }
  }

  func speakerName(of quote: FoundQuote) -> String? { quote.speaker.map { persons[$0].name } }
}
