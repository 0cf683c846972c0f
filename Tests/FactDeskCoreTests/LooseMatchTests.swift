import FactDeskCore
import Testing

@Suite struct LooseMatchTests {
  @Test func plainSpacesMatchNoBreakSpaces() {
    let text = ScalarText("un budget de 178\u{A0}M€ a été annoncé\u{202F}: oui")
    #expect(LooseMatch.firstSpan(of: "178 M€", in: text) == TextSpan(start: 13, end: 19))
    #expect(LooseMatch.firstSpan(of: "annoncé :", in: text) == TextSpan(start: 26, end: 35))
  }

  @Test func runsOfSpaceMatchEachOther() {
    let text = ScalarText("le  ministre\n estime")
    #expect(LooseMatch.firstSpan(of: "ministre estime", in: text) == TextSpan(start: 4, end: 20))
  }

  @Test func absentOrEmptyTextFindsNothing() {
    let text = ScalarText("un texte")
    #expect(LooseMatch.firstSpan(of: "texte long", in: text) == nil)
    #expect(LooseMatch.firstSpan(of: "", in: text) == nil)
    #expect(LooseMatch.firstSpan(of: "texter", in: text) == nil)
  }
}
