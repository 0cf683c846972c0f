import FactDeskCore
import Testing

/// People: names merged across mentions, roles, pronouns and role nouns resolved.
@Suite struct SpeakerTests {
  @Test func mergesInitialsFullNameAndTitle() {
    let text = """
      Réforme : "Il faut avancer sur ce dossier" (J-M Blanquer)

      Le ministre de l’Éducation nationale Jean-Michel Blanquer a présenté son plan. \
      M. Blanquer a ensuite répondu aux questions. « Nous irons vite », a-t-il déclaré.
      """
    let segmentation = Segmenter.segment(text)
    #expect(segmentation.persons.count == 1)
    #expect(segmentation.persons.first?.name == "Jean-Michel Blanquer")
    #expect(segmentation.persons.first?.role == "ministre de l’Éducation nationale")
    #expect(segmentation.quotes.allSatisfy { $0.speaker == 0 })
  }

  @Test func readsParticlesPartiesAndInstitutionsAroundNames() {
    let text = """
      « Nous réduirons le déficit », a assuré le ministre de l’Économie Bruno Le Maire. \
      M. Le Maire a précisé que « la dette baissera ». Le texte est « injuste », selon le \
      député LFI Éric Coquerel. Selon l’Insee, la croissance a atteint 0,9 %.
      """
    let segmentation = Segmenter.segment(text)
    #expect(
      segmentation.quotes.map { segmentation.speakerName(of: $0) } == [
        "Bruno Le Maire", "Bruno Le Maire", "Éric Coquerel",
      ])
    #expect(!segmentation.persons.contains { $0.name.contains("Insee") })
  }

  @Test func takesAsidesButNotSentenceOpenersForSubjects() {
    let text = """
      Treasury Secretary Janet Yellen, speaking in New York, said the economy added 2.5 million \
      jobs. Critics, including some economists, warned that rates could rise to 6%.
      """
    let segmentation = Segmenter.segment(text, language: .english, claimThreshold: 0)
    let speakers = segmentation.claims.map { $0.speaker.map { segmentation.persons[$0].name } }
    #expect(speakers == ["Janet Yellen", nil])
  }

  @Test func keepsDifferentFirstNamesApart() {
    let text =
      "Selon Marie Dupont, députée, le texte passera. Paul Dupont, maire, a dit le contraire."
    let segmentation = Segmenter.segment(text)
    #expect(Set(segmentation.persons.map(\.name)) == ["Marie Dupont", "Paul Dupont"])
  }

  @Test func resolvesPronounsToTheLastCompatibleSpeaker() {
    let text = """
      La secrétaire d’État Nathalie Elimas a visité l’école, ajoute le ministre Jean Dupont. \
      « Les équipements sont arrivés », précise-t-elle. « Tout va bien », affirme-t-il.
      """
    let segmentation = Segmenter.segment(text)
    let speakers = segmentation.quotes.map { segmentation.speakerName(of: $0) }
    #expect(speakers == ["Nathalie Elimas", "Jean Dupont"])
  }

  @Test func resolvesRoleNounsToTheirHolder() {
    let text = """
      The mayor, Anne Hidalgo, opened the bridge. Transport Minister Clément Beaune spoke next. \
      The mayor said the bridge cost "less than expected".
      """
    let segmentation = Segmenter.segment(text)
    #expect(segmentation.quotes.map { segmentation.speakerName(of: $0) } == ["Anne Hidalgo"])
  }

  @Test(arguments: [
    ("She added that ridership had grown by 18% in two years.", "Jane Doe"),
    ("According to her, ridership grew by 18% in two years.", "Jane Doe"),
    ("Ridership grew by 18% in two years, she told reporters.", "Jane Doe"),
  ])
  func attributesIndirectSpeechInEnglish(sentence: String, speaker: String) {
    let text = "Transit director Jane Doe presented the figures. " + sentence
    let segmentation = Segmenter.segment(text, language: .english, claimThreshold: 0)
    let claim = segmentation.claims.last
    #expect(claim.flatMap { $0.speaker }.map { segmentation.persons[$0].name } == speaker)
  }

  @Test(arguments: [
    "Selon elle, les urgences ont accueilli 12 000 patients en 2019.",
    "D’après elle, les urgences ont accueilli 12 000 patients en 2019.",
    "Les urgences ont accueilli 12 000 patients en 2019, indique-t-elle.",
    "Elle souligne que les urgences ont accueilli 12 000 patients en 2019.",
  ])
  func attributesIndirectSpeechInFrench(sentence: String) {
    let text = "La directrice de l’hôpital Claire Martin a présenté le bilan. " + sentence
    let segmentation = Segmenter.segment(text, language: .french)
    let claim = segmentation.claims.last
    #expect(claim.flatMap { $0.speaker }.map { segmentation.persons[$0].name } == "Claire Martin")
  }
}
