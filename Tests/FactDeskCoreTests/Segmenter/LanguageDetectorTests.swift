import FactDeskCore
import Testing

@Suite struct LanguageDetectorTests {
  @Test(arguments: [
    (
      "Le ministre de l’Éducation nationale a présenté les résultats de la réforme.",
      Language.french
    ),
    ("Les élèves sont arrivés dans la cour avec leurs parents.", .french),
    ("The minister said the reform would be presented to the parliament next week.", .english),
    ("She added that ridership had grown by 18% in two years.", .english),
    ("Der Minister hat gestern die Ergebnisse der Reform vorgestellt.", .other),
    ("12 345 678 — 42 % !!!", .other),
    ("", .other),
    ("😀😀😀 🎉", .other),
  ])
  func detects(text: String, language: Language) {
    #expect(LanguageDetector.detect(text) == language)
  }

  @Test func segmentUsesTheDetectedLanguageUnlessToldOtherwise() {
    let text = "Il est arrivé à 10h30 avec le ministre."
    #expect(Segmenter.segment(text).language == .french)
    #expect(Segmenter.segment(text, language: .english).language == .english)
  }
}
