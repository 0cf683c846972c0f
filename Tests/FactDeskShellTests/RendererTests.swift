import FactDeskShell
import Testing

@Suite struct RendererTests {
  let table = Table(
    columns: ["id", "score", "text"],
    rows: [["c1", .decimal(0.5), "Le budget, « 178 M€ »"], ["c2", .decimal(1), .null]])

  @Test func tableModeAlignsColumns() {
    #expect(
      TableRenderer.render(table, as: .table) == """
        id  score  text
        --  -----  ---------------------
        c1  0.5    Le budget, « 178 M€ »
        c2  1

        """)
  }

  @Test func jsonModeKeepsTypes() {
    #expect(
      TableRenderer.render(table, as: .json)
        == #"[{"id":"c1","score":0.5,"text":"Le budget, « 178 M€ »"},{"id":"c2","score":1,"text":null}]"#
        + "\n")
  }

  @Test func csvModeQuotesPerRFC4180() {
    #expect(
      TableRenderer.render(table, as: .csv)
        == "id,score,text\r\nc1,0.5,\"Le budget, « 178 M€ »\"\r\nc2,1,\r\n")
  }

  @Test func markdownModeEscapesPipes() {
    let piped = Table(columns: ["a"], rows: [["x|y"]])
    #expect(TableRenderer.render(piped, as: .markdown) == "| a |\n| --- |\n| x\\|y |\n")
  }

  @Test func lineModeNamesEachValue() {
    #expect(TableRenderer.render(table, as: .line).hasPrefix("   id = c1\nscore = 0.5\n"))
  }
}
