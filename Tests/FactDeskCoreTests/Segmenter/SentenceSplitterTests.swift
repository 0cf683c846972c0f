import FactDeskCore
import Testing

/// Sentence boundaries, marked with ¦ in the input.
@Suite struct SentenceSplitterTests {
  @Test(arguments: [
    // Abbreviations and titles
    "M. Blanquer est arrivé. ¦Mme Elimas aussi.",
    "MM. Dupont et Durand ont signé. ¦Le Dr. Martin a confirmé.",
    "Mr. Smith met Dr. Jones at St. Mary's. ¦They talked.",
    "Please turn to p. 55 of the report. ¦It is clear.",
    "Les fruits, les légumes, etc. sont chers. ¦Les prix montent.",
    "I live in the U.S. ¦How about you?",
    "I work for the U.S. Government in Virginia.",
    "J.-M. Blanquer a parlé. ¦J-M Blanquer aussi.",
    "Bush nominated Jennifer M. Anderson for a 15-year term. ¦He did.",
    "We make a good team, you and I. ¦Did you see Albert I. Jones yesterday?",
    // Numbers
    "Le taux est de 2,3 % contre 0.25 l'an dernier. ¦C'est 1 000 élèves de plus.",
    "Le budget atteint 178 M€. ¦Il a doublé.",
    "It cost $3.5 million. ¦That is a lot.",
    "La réunion commence à 10h30. ¦Elle finit tard.",
    "C'est le 1er degré et le 2e cycle. ¦Rien d'autre.",
    "She has $100.00 in her bag.",
    // Ellipses, URLs, e-mails
    "Il hésite... puis se lance. ¦C'est fait.",
    "I never meant that.... ¦She left the store.",
    "Her email is Jane.Doe@example.com. ¦I sent her an email.",
    "The site is: https://www.example.50.com/new-site/awesome_content.html. ¦Please check it out.",
    "Voir www.education.gouv.fr pour les détails. ¦Merci.",
    // Exclamations and questions, French spacing
    "Est-ce possible ? ¦Oui !¦ C'est fait.",
    "Hello!! ¦Long time no see.",
    "She works at Yahoo! in the accounting department.",
    // Quotes containing sentence ends
    "« Il faut certifier ces connaissances. » ¦Le ministre insiste.",
    "« Est-ce raisonnable ? » demande-t-il. ¦Personne ne répond.",
    "\"It is great.\" she said. ¦Then she left.",
    "\"We grew by 18% in two years,\" said the mayor. ¦She smiled.",
    "She turned to him, \"This is great.\" ¦She held the book out to show him.",
    // Paragraph breaks end sentences, headings have no final period
    "Numérique : la grande étape¦\n\nLe ministre a parlé.",
    "Faire de l'école un tremplin¦\n\nS'agissant des entreprises, le ministre parle.",
    // Lists
    "1. The first item ¦2. The second item",
    "a. The first item ¦b. The second item ¦c. The third list item",
    "• 9. The first item ¦• 10. The second item",
  ])
  func splits(marked: String) {
    let (text, expected) = MarkedText.sentences(marked)
    let segmentation = Segmenter.segment(text)
    #expect(segmentation.sentenceTexts(in: text) == expected)
  }

  @Test func countsNoBreakSpacesAsSpaces() {
    let text = "Est-ce possible\u{202F}? Oui\u{A0}! C'est fait."
    let sentences = Segmenter.segment(text, language: .french).sentenceTexts(in: text)
    #expect(sentences == ["Est-ce possible\u{202F}?", "Oui\u{A0}!", "C'est fait."])
  }

  @Test func wrapsALongLineButSplitsShortLines() {
    let wrapped = "This is a sentence\ncut off in the middle because pdf."
    #expect(Segmenter.segment(wrapped, language: .english).sentences.count == 1)
    let lines = "features\ncontact manager\nevents, activities\n"
    #expect(Segmenter.segment(lines, language: .english).sentences.count == 3)
  }

  @Test func lowerCaseWebEnglishStillSplits() {
    let text = "i think they are cute. i want one. are you kidding? why would you"
    let sentences = Segmenter.segment(text, language: .english).sentenceTexts(in: text)
    #expect(sentences.count == 4)
  }
}
