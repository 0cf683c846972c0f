import FactDeskCore
import Testing

/// Bad input never crashes the segmenter and every span it returns is a valid, ordered
/// range of scalar offsets.
@Suite struct RobustnessTests {
  static func expectValidSpans(_ text: String, _ segmentation: Segmentation) {
    let count = text.unicodeScalars.count
    var previousEnd = 0
    for span in segmentation.sentences {
      #expect(span.start >= previousEnd && span.start < span.end && span.end <= count)
      previousEnd = span.end
    }
    for quote in segmentation.quotes {
      #expect(quote.span.start >= 0 && quote.span.start < quote.span.end && quote.span.end <= count)
      if let speaker = quote.speaker { #expect(speaker < segmentation.persons.count) }
    }
    for claim in segmentation.claims {
      #expect(claim.span.start >= 0 && claim.span.end <= count && claim.score <= 1)
      if let speaker = claim.speaker { #expect(speaker < segmentation.persons.count) }
    }
  }

  @Test(arguments: [
    "",
    " ",
    "\n\n\n",
    ".",
    "« ",
    "»",
    "\"",
    "'''''",
    "« « « « « « « « « « « «",
    "» » » » » » »",
    "\" \" \" \" \" \"",
    "...!?…!?",
    "M.",
    "J.-M.",
    "1.",
    "• • •",
    "😀 Le ministre 🎉 a dit « 👍🏽 » . 👨‍👩‍👧",
    "Cafe\u{301} au lait. E\u{301}te\u{301} chaud.",
    "Ctrl\u{0}chars\u{1}\u{7}\u{1B}[31m here. And\u{7F} there.",
    "Mixed Москва 東京 القاهرة text. Ελληνικά « citation » 中文。",
    "\u{FEFF}BOM first. \u{200B}Zero width.",
    "Selon", "selon elle", "a-t-il", "-t-elle", "d'", "d’après",
    "said", "according to", "( ( ( (", ") ) )",
    "« Nous » (", "\"x\" (J-M", "M. M. M. M. Mme Mme",
  ])
  func survives(text: String) {
    Self.expectValidSpans(text, Segmenter.segment(text))
    Self.expectValidSpans(text, Segmenter.segment(text, language: .english))
  }

  @Test func aMegabyteWithoutPunctuationIsOneSentencePerParagraph() {
    let text = String(repeating: "mot ", count: 250_000)
    let segmentation = Segmenter.segment(text)
    #expect(segmentation.sentences.count == 1)
    Self.expectValidSpans(text, segmentation)
  }

  @Test func manyUnclosedMarksStayLinearAndEmpty() {
    let text = String(repeating: "« a \" b “ c ", count: 50_000)
    let segmentation = Segmenter.segment(text)
    #expect(segmentation.quotes.isEmpty)
  }

  @Test func spansLandOnScalarBoundariesAroundCombiningMarks() {
    let text = "« Le cafe\u{301} est cher », dit Rene\u{301} Dupont. Il coûte 3 €."
    let segmentation = Segmenter.segment(text)
    Self.expectValidSpans(text, segmentation)
    #expect(ScalarText(text)[segmentation.quotes[0].span] == "Le cafe\u{301} est cher")
  }
}
