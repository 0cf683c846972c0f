import FactDeskCore
import Testing

/// One quotation case: the text with each quote's expected span marked ⟦…⟧, and the kind and
/// speaker of each quote in order.
struct QuoteCase: CustomTestStringConvertible, Sendable {
  let marked: String
  let expected: [(QuoteKind, String?)]
  init(_ marked: String, _ expected: [(QuoteKind, String?)]) {
    self.marked = marked
    self.expected = expected
  }
  var testDescription: String { String(marked.prefix(60)) }
}

@Suite struct QuoteTests {
  @Test(arguments: [
    // Marks and spans: the span excludes the marks and French inner spaces.
    QuoteCase("« ⟦Il faut certifier ces connaissances⟧ », a-t-il dit.", [(.direct, nil)]),
    QuoteCase(
      "«\u{A0}⟦Nous avons doublé le budget⟧\u{A0}», assure M. Dupont.", [(.direct, "Dupont")]),
    QuoteCase("“⟦We will win,⟧” said Senator Jane Doe.", [(.direct, "Jane Doe")]),
    QuoteCase("\"⟦We will win this race,⟧\" Jane Doe said.", [(.direct, "Jane Doe")]),
    // Nested quotes are quotes of their own. English puts the comma inside the marks.
    QuoteCase(
      "Le ministre Jean Dupont veut « ⟦passer à l’étape de ‘⟦Poitiers capitale⟧’ avec un ‘⟦mall⟧’ numérique⟧ ».",
      [(.partial, "Jean Dupont"), (.term, nil), (.term, nil)]),
    QuoteCase(
      "Jean Dupont, maire, a parlé d'\"⟦une étape de '⟦Poitiers capitale du numérique⟧' ici⟧\".",
      [(.partial, "Jean Dupont"), (.term, nil)]),
    // Partial quotes inside the reporter's sentence, cue after: ", estime le ministre X".
    QuoteCase(
      "Les états généraux sont \"⟦une étape pour voir ce qui a été fait⟧\", estime le ministre de l’Éducation nationale Jean-Michel Blanquer.",
      [(.partial, "Jean-Michel Blanquer")]),
    // Terms: a quoted noun or name that nobody is quoted as saying.
    QuoteCase(
      "Une \"⟦prime d’équipement⟧\" de 178 M€ a été annoncée.", [(.term, nil)]),
    QuoteCase(
      "Se référant aux \"⟦Territoires numériques éducatifs⟧\", le ministre Paul Durand parle.",
      [(.term, nil)]),
    QuoteCase("L’école doit servir de \"⟦tremplin⟧\" aux start-up.", [(.term, nil)]),
    QuoteCase("He called it a \"⟦tipping point⟧\" for the region.", [(.term, nil)]),
    // Inverted and incise cues, pronouns.
    QuoteCase(
      "Marie Curie, chercheuse, a parlé. « ⟦La science avance vite⟧ », précise-t-elle.",
      [(.direct, "Marie Curie")]),
    QuoteCase(
      "Pierre Martin, député, est venu. Il juge la réforme « ⟦inacceptable⟧ ».",
      [(.partial, "Pierre Martin")]),
    QuoteCase(
      "Ainsi, souligne Jean Dupont, « ⟦il faut avancer vite sur ce dossier⟧ », défend-il.",
      [(.partial, "Jean Dupont")]),
    QuoteCase(
      "Selon Anne Martin, « ⟦le projet coûtera trop cher⟧ ».", [(.partial, "Anne Martin")]),
    QuoteCase(
      "D'après le maire Louis Petit, le pont sera « ⟦prêt en juin⟧ ».",
      [(.partial, "Louis Petit")]),
    QuoteCase(
      "The mayor, Anne Hidalgo, said the city was \"⟦ready for the games⟧\".",
      [(.partial, "Anne Hidalgo")]),
    QuoteCase(
      "Finance Minister John Smith spoke. \"⟦We cut taxes,⟧\" he told reporters.",
      [(.direct, "John Smith")]),
    QuoteCase(
      "According to John Smith, the plan is \"⟦dead on arrival⟧\".", [(.partial, "John Smith")]),
    QuoteCase(
      "Pour Marine Le Pen, présidente du RN, ce bilan est « ⟦catastrophique⟧ ». Pour les enfants, « ⟦rien ne change⟧ », dit-elle.",
      [(.partial, "Marine Le Pen"), (.partial, "Marine Le Pen")]),
    QuoteCase(
      "Le président Emmanuel Macron s’est félicité. « ⟦C’est une victoire collective⟧ », a-t-il réagi.",
      [(.direct, "Emmanuel Macron")]),
    // A headline names the speaker in brackets.
    QuoteCase(
      "Numérique : \"⟦Il faut permettre une alliance entre l’école et les entreprises⟧\" (J-M Blanquer)",
      [(.direct, "J-M Blanquer")]),
    // An incise inside the marks is cut out: it names the speaker, it is not speech.
    QuoteCase(
      "La maire Anne Martin a parlé. « ⟦Nous avons⟧, dit-elle, ⟦beaucoup travaillé cette année⟧ ».",
      [(.direct, "Anne Martin"), (.direct, "Anne Martin")]),
    QuoteCase(
      "« ⟦Trop tard !⟧ fit le maire Jean Valjean en hochant la tête, ⟦trop tard !⟧ »",
      [(.direct, "Jean Valjean"), (.direct, "Jean Valjean")]),
    // Dialogue lines opened by a dash; list items opened by a dash are not speech.
    QuoteCase(
      "Le commissaire Jules Maigret entra.\n— ⟦Nous partons demain⟧, dit-il.\n– la liste ;\n– les courses",
      [(.direct, "Jules Maigret")]),
    // A quote over two paragraphs, reopened with « on the second: one span per paragraph,
    // one speaker for both.
    QuoteCase(
      "Le ministre Paul Durand a déclaré : « ⟦Nous avançons.⟧\n\n« ⟦Et nous continuerons⟧ ».",
      [(.direct, "Paul Durand"), (.direct, "Paul Durand")]),
    QuoteCase(
      "« ⟦Nous avançons vite.⟧\n\n« ⟦Et nous continuerons⟧ », a conclu le maire Paul Durand.",
      [(.direct, "Paul Durand"), (.direct, "Paul Durand")]),
  ])
  func findsQuotes(_ quoteCase: QuoteCase) {
    let marked = MarkedText(quoteCase.marked)
    let segmentation = Segmenter.segment(marked.text)
    let spans = segmentation.quotes.map(\.span)
    #expect(spans == marked.spans)
    guard spans == marked.spans else { return }
    for (quote, (kind, speaker)) in zip(segmentation.quotes, quoteCase.expected) {
      #expect(quote.kind == kind, "\(ScalarText(marked.text)[quote.span])")
      #expect(
        segmentation.speakerName(of: quote) == speaker, "\(ScalarText(marked.text)[quote.span])")
    }
  }

  @Test(arguments: [
    "Il a dit « bonjour sans jamais fermer la citation.\n\nLe paragraphe suivant continue.",
    "Un \" isolé, puis « un autre » et “ encore.",
    "» Fermeture orpheline « puis rien",
    "'Apostrophes' n'ouvrent pas de citation, l'école non plus.",
  ])
  func survivesUnbalancedMarks(text: String) {
    let segmentation = Segmenter.segment(text)
    let count = text.unicodeScalars.count
    for quote in segmentation.quotes {
      #expect(quote.span.start >= 0 && quote.span.end <= count && !quote.span.isEmpty)
    }
  }

  @Test func anUnclosedQuoteDoesNotSwallowTheNextParagraph() {
    let marked = MarkedText(
      "Il a dit « bonjour sans fermer.\n\nPuis « ⟦une vraie citation⟧ », dit Jean Dupont.")
    let segmentation = Segmenter.segment(marked.text)
    #expect(segmentation.quotes.map(\.span) == marked.spans)
  }
}
