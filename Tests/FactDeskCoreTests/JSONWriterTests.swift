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

  @Test(arguments: [(0.05, "0.05"), (0.105, "0.105"), (0.5, "0.5"), (12.001, "12.001")])
  func keepsLeadingZerosOfFractions(value: Double, expected: String) {
    var writer = JSONWriter()
    writer.double(value)
    #expect(writer.text == expected)
  }

  /// The span fast paths write the same bytes as the general calls.
  @Test func spanShortcutsMatchMembersWrittenOneByOne() {
    let spans = [
      TextSpan(start: 0, end: 9), TextSpan(start: 10, end: 1_234_567),
      TextSpan(start: 99_999_999, end: 100_000_000),
    ]
    // The reference, written member by member.
    func writeSpans(_ writer: inout JSONWriter) {
      for span in spans {
        writer.beginObject()
        writer.key("start")
        writer.int(span.start)
        writer.key("end")
        writer.int(span.end)
        writer.endObject()
      }
    }
    var general = JSONWriter()
    general.beginArray()
    general.beginArray()
    general.endArray()
    writeSpans(&general)
    general.beginObject()
    general.key("start")
    general.int(3)
    general.key("end")
    general.int(4)
    general.key("role")
    general.string("body")
    general.endObject()
    general.beginArray()
    writeSpans(&general)
    general.endArray()
    general.endArray()

    var fast = JSONWriter()
    fast.beginArray()
    fast.spanArray([])
    for span in spans { fast.spanObject(start: span.start, end: span.end) }
    fast.beginSpanObject(start: 3, end: 4)
    fast.key("role")
    fast.string("body")
    fast.endObject()
    fast.spanArray(spans)
    fast.endArray()
    #expect(fast.text == general.text)
  }

  /// A literal member name is copied without scanning it, and comes out as `key(_:)`
  /// writes it, commas included.
  @Test func staticKeysMatchScannedKeys() {
    var scanned = JSONWriter()
    var copied = JSONWriter()
    scanned.beginObject()
    copied.beginObject()
    scanned.key("text")
    copied.key(static: "text")
    scanned.int(1)
    copied.int(1)
    scanned.key("speaker")
    copied.key(static: "speaker")
    scanned.null()
    copied.null()
    scanned.endObject()
    copied.endObject()
    #expect(copied.text == #"{"text":1,"speaker":null}"#)
    #expect(copied.text == scanned.text)
  }

  /// Integers are written two digits at a time: every digit count, both signs and the
  /// extremes come out as Swift prints them.
  @Test func integersMatchTheirDecimalForm() {
    var values = [0, 7, 9, 10, 42, 99, 100, 101, 999, 1_000, 12_345, 99_999_999, 100_000_000]
    values += [Int.max, Int.min, Int.min + 1, -1, -10, -99, -100, -12_345]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1]
    }
    for value in values {
      var writer = JSONWriter()
      writer.int(value)
      #expect(writer.text == String(value))
    }
    let spans = values.filter { $0 >= 0 }.map { TextSpan(start: $0, end: $0) }
    var writer = JSONWriter()
    writer.spanArray(spans)
    let expected = spans.map { #"{"start":\#($0.start),"end":\#($0.end)}"# }
    #expect(writer.text == "[" + expected.joined(separator: ",") + "]")
  }

  /// UTF-8 slices are escaped like strings, whatever the position of the special bytes
  /// relative to the eight-byte words the writer scans.
  @Test func utf8SlicesAreEscapedLikeStrings() {
    let samples = [
      "", "a", "abcdefgh", "abcdefghi", "\"", "1234567\"", "12345678\\9", "é « » ’ — 😀",
      "ligne\nsuivante\tet\u{01} fin", String(repeating: "x", count: 40) + "\"" + "y",
      "\u{1F}\u{7F}\u{80}", "«\u{A0}Nous\u{202F}» dit-il.\n\n",
    ]
    for sample in samples {
      var written = JSONWriter()
      var copy = sample
      copy.withUTF8 { written.string(utf8: $0) }
      #expect(written.text == Self.reference(sample), "\(sample.debugDescription)")
      var whole = JSONWriter()
      whole.string(sample)
      #expect(whole.text == Self.reference(sample), "\(sample.debugDescription)")
    }
  }

  /// A streaming writer gives the same bytes as one that keeps them all, wherever its chunks
  /// fall: inside a string, inside a span array, between members.
  @Test(arguments: [1, 3, 7, 64, 1 << 20])
  func streamingWritesTheSameBytes(chunkSize: Int) {
    func write(into writer: inout JSONWriter) {
      writer.beginObject()
      writer.key("text")
      writer.string("ligne\nsuivante « é » \"q\" " + String(repeating: "x", count: 50))
      writer.key("sentences")
      writer.spanArray((0..<20).map { TextSpan(start: $0, end: $0 * 3) })
      writer.key("none")
      writer.spanArray([])
      writer.key("count")
      writer.int(42)
      writer.endObject()
    }
    var whole = JSONWriter()
    write(into: &whole)
    let received = ReceivedBytes()
    var streaming = JSONWriter(streamingTo: { received.append($0) }, chunkSize: chunkSize)
    write(into: &streaming)
    streaming.flush()
    #expect(received.bytes == whole.bytes)
    #expect(streaming.bytes.isEmpty)
  }

  /// What a streaming writer's sink was given; the test writes from one thread only.
  final class ReceivedBytes: @unchecked Sendable {
    var bytes: [UInt8] = []
    func append(_ chunk: UnsafeRawBufferPointer) { bytes.append(contentsOf: chunk) }
  }

  /// JSON string escaping, one scalar at a time.
  static func reference(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u00" + (hex.count == 1 ? "0" : "") + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
