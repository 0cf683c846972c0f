import FactDeskCore
import Foundation
import Testing

@Suite struct SegmentationJSONTests {
  struct Output: Decodable {
    struct Span: Decodable {
      let start: Int
      let end: Int
    }
    struct Quote: Decodable {
      let start: Int
      let end: Int
      let text: String
      let kind: String
      let speaker: String?
      let cue: String?
    }
    struct Claim: Decodable {
      let start: Int
      let end: Int
      let text: String
      let score: Double
      let reasons: [String]
      let speaker: String?
    }
    let id: String
    let sentences: [Span]
    let quotes: [Quote]
    let claims: [Claim]
  }

  @Test func writesMembersIntoTheCallersObject() throws {
    let text =
      "« Nous avons recruté 4 000 enseignants en 2020 », affirme le ministre Jean Dupont.\n\nSuite."
    let segmentation = Segmenter.segment(text)
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("id")
    writer.string("a1")
    SegmentationJSON.write(segmentation, text: text, into: &writer)
    writer.endObject()
    let output = try JSONDecoder().decode(Output.self, from: Data(writer.bytes))
    #expect(output.id == "a1")
    #expect(output.sentences.count == 2)
    let quote = try #require(output.quotes.first)
    #expect(quote.text == "Nous avons recruté 4 000 enseignants en 2020")
    #expect(quote.kind == "direct")
    #expect(quote.speaker == "Jean Dupont")
    #expect(quote.cue == "affirme")
    #expect(ScalarText(text)[TextSpan(start: quote.start, end: quote.end)] == quote.text)
    let claim = try #require(output.claims.first)
    #expect(claim.reasons.contains("number"))
    #expect(claim.speaker == "Jean Dupont")
  }

  @Test func writesNullSpeakersAndEscapesText() throws {
    let text = "Un \"terme\" seul.\tFin."
    var writer = JSONWriter()
    writer.beginObject()
    SegmentationJSON.write(Segmenter.segment(text), text: text, into: &writer)
    writer.endObject()
    let output = try JSONDecoder().decode(
      [String: [[String: JSONValue]]].self, from: Data(writer.bytes))
    #expect(output["quotes"]?.first?["speaker"] == .null)
    #expect(output["quotes"]?.first?["kind"] == .string("term"))
  }

  enum JSONValue: Decodable, Equatable {
    case null, string(String), number(Double), other
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let string = try? container.decode(String.self) {
        self = .string(string)
      } else if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else {
        self = .other
      }
    }
  }
}
