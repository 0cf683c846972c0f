import FactDeskCore
import Foundation
import Testing

@Suite struct JSONWriterTests {
  @Test func nestsObjectsAndArraysWithCommas() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("a")
    writer.int(1)
    writer.key("list")
    writer.beginArray()
    writer.string("x")
    writer.null()
    writer.bool(true)
    writer.endArray()
    writer.key("nested")
    writer.beginObject()
    writer.endObject()
    writer.endObject()
    #expect(writer.text == #"{"a":1,"list":["x",null,true],"nested":{}}"#)
  }

  @Test func escapesWhatJSONRequiresAndKeepsUnicode() throws {
    var writer = JSONWriter()
    writer.string("« é » \"q\" \\ \n\t\u{01}")
    #expect(writer.text == #""« é » \"q\" \\ \n\t\u0001""#)
    let decoded = try JSONDecoder().decode(String.self, from: Data(writer.bytes))
    #expect(decoded == "« é » \"q\" \\ \n\t\u{01}")
  }

  @Test(arguments: [
    (0.0, "0"), (1.0, "1"), (0.25, "0.25"), (0.6667, "0.667"), (-2.5, "-2.5"), (0.0004, "0"),
  ])
  func writesShortDecimals(value: Double, expected: String) {
    var writer = JSONWriter()
    writer.double(value)
    #expect(writer.text == expected)
  }
}
