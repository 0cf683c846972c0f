import Foundation
import Testing

@testable import FactDeskCore

/// The segmenter reads an article in windows of whole paragraphs; where the windows are cut
/// must never change the segmentation. Articles are shorter than a real window, so these
/// tests force tiny ones, which cut at nearly every blank line.
@Suite struct WindowedSegmentationTests {
  static let windowLengths = [1, 2, 3, 7, 20, 64, 300, 2_000]

  static func expectSameAsOneWindow(
    _ text: String, language: Language? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let whole = Segmenter.segment(
      text, language: language, claimThreshold: Segmenter.defaultClaimThreshold,
      windowLength: text.utf8.count + 1)
    for length in windowLengths {
      let windowed = Segmenter.segment(
        text, language: language, claimThreshold: Segmenter.defaultClaimThreshold,
        windowLength: length)
      #expect(windowed == whole, "window of \(length) bytes", sourceLocation: sourceLocation)
    }
  }

  @Test func seedArticle() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/seed-article.txt")
    Self.expectSameAsOneWindow(try String(contentsOf: url, encoding: .utf8))
  }

  @Test(arguments: [
    // A quote run over paragraphs, reopened with the same mark, and its cue at the end.
    "Le ministre a parlé.\n\n« Nous avons beaucoup travaillé.\n\n« Et nous continuerons »,"
      + " a déclaré Jean-Michel Blanquer.\n\nIl a ajouté : « Rien n'est fini. »\n\n",
    "He spoke first.\n\n\"We worked hard.\n\n\"And we will go on,\" said John Smith.\n\n"
      + "\u{201C}Nothing is over.\n\n\u{201C}Nothing,\u{201D} he added.\n\n",
    // Pronouns and roles that resolve to a person named windows earlier.
    "M. Jean Dupont, ministre de l'Intérieur, est arrivé.\n\nIl a déclaré : « Tout va bien. »"
      + "\n\nLe ministre estime que « rien ne change ».\n\n« Voilà », a-t-il dit.\n\n",
    // A speaker in brackets after the blank line, and a bracket opened before it.
    "« Il faut agir »\n\n(J-M Blanquer)\n\nUn texte (Jean\n\nDupont) suit.\n\n",
    "« Bien », dit-il (Jean\n\nPierre\n\nDupont) puis.\n\nSuite (close).\n\nFin (ouverte\n\n",
    // A lone bullet takes the number of the next visible line as its own.
    "Liste :\n\n•\n\n9. Premier point\n\n• Second point\n\n",
    // Dialogue lines opened by a dash, each its own paragraph.
    "— Nous partons demain, dit-il.\n\n— Déjà ? demanda Marie.\n\n— Oui.\n\n",
    // Quotes that never close, and blank lines in runs.
    "« Une citation sans fin\n\n\n\nqui continue.\n\n» Et une fermeture seule.\n \n\n",
  ])
  func textsCutAtEveryBlankLine(_ text: String) {
    Self.expectSameAsOneWindow(text)
    Self.expectSameAsOneWindow(text, language: .french)
    Self.expectSameAsOneWindow(text, language: .english)
  }
}
