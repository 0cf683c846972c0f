import Foundation
import Testing

@testable import FactDeskCore

@Suite struct MetadataTests {
  @Test(arguments: [
    ("Par Claire Dumas", ["Claire Dumas"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Luce Burnod, journaliste", ["Luce Burnod"]),
    ("Par Jean-Marc de La Tour, à Lyon", ["Jean-Marc de La Tour"]),
    ("Par ailleurs, le ministre a parlé", []),
    ("By the end of the year", []),
  ])
  func readsBylines(line: String, names: [String]) {
    #expect(BylineFinder.names(inByline: line) == names)
  }

  @Test(arguments: [
    ("By TOM KRISHER, AP Auto Writer", "Tom Krisher"),
    ("Victor Tangermann, Futurism", "Victor Tangermann"),
    ("Claire Dumas", "Claire Dumas"),
  ])
  func cleansDeclaredAuthors(raw: String, name: String) {
    #expect(MetadataExtractor.cleanedAuthor(raw) == name)
  }

  @Test(arguments: [
    ("Publié le 5 novembre 2020 à 10h12", "2020-11-05"),
    ("le 1er déc. 2019", "2019-12-01"),
    ("Updated November 19, 2019 at 3:00 pm", "2019-11-19"),
    ("Posted 19 Nov 2019", "2019-11-19"),
    ("2020-11-05T10:00:00+01:00", "2020-11-05"),
    ("05/11/2020", "2020-11-05"),
  ])
  func readsDates(text: String, date: String) {
    #expect(DateFinder.firstDate(in: text) == date)
  }

  @Test func findsAPublicationLineAndABylineInPlainText() throws {
    let text = """
      Le plan numérique des écoles critiqué par les syndicats

      Par Claire Dumas

      Publié le 5 novembre 2020

      Le gouvernement a présenté mardi un plan de 178 millions d'euros pour équiper les écoles en ordinateurs, a annoncé le ministre lors d'une conférence de presse.

      Les syndicats jugent cependant que le montant reste insuffisant au regard des besoins, et ils demandent que les collectivités soient associées à la répartition des crédits.
      """
    let article = try ArticleLoader.load(data: Data(text.utf8), source: "a.txt")
    #expect(article.metadata.title == "Le plan numérique des écoles critiqué par les syndicats")
    #expect(article.metadata.authors == ["Claire Dumas"])
    #expect(article.metadata.published == "2020-11-05")
    #expect(article.metadata.language == .french)
  }

  @Test func detectsEnglishAndLetsTheCallerOverride() throws {
    let text = """
      The government presented on Tuesday a plan worth $178 million to equip the schools with computers, the minister said at a press conference in Paris.

      Unions said that the amount was not enough for what the schools need, and they asked that local councils should be involved in sharing out the money.
      """
    #expect(
      try ArticleLoader.load(data: Data(text.utf8), source: "a.txt").metadata.language == .english)
    let forced = try ArticleLoader.load(
      data: Data(text.utf8), source: "a.txt", options: .init(language: .french, title: "Titre"))
    #expect(forced.metadata.language == .french)
    #expect(forced.metadata.title == "Titre")
  }
}
