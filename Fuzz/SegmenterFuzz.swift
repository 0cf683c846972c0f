// libFuzzer entry for the segmenter, compiled together with the Segmenter and Text sources
// into one module by run-segmenter-fuzz.sh (so no `import FactDeskCore`).
//
// Any input must segment without trapping, in time linear in its size, and every span must
// be a non-empty, in-bounds range of scalar offsets with valid person indices. Read in
// windows cut at every blank line it can be cut at, it must segment the same as in one.

@_cdecl("LLVMFuzzerTestOneInput")
public func segmenterFuzzEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  // The first byte picks the language so both rule sets (and detection) are exercised.
  let languages: [Language?] = [nil, .french, .english, .other]
  let language = size > 0 ? languages[Int(bytes[0]) % languages.count] : nil
  let text = String(decoding: bytes, as: UTF8.self)
  let count = text.unicodeScalars.count
  let segmentation = Segmenter.segment(text, language: language, claimThreshold: 0)

  var previousEnd = 0
  for span in segmentation.sentences {
    check(span.start >= previousEnd && span.start < span.end && span.end <= count, "sentence")
    previousEnd = span.end
  }
  for quote in segmentation.quotes {
    check(quote.span.start >= 0 && quote.span.start < quote.span.end, "quote span")
    check(quote.span.end <= count, "quote end")
    check(quote.speaker.map { $0 < segmentation.persons.count } ?? true, "quote speaker")
  }
  for claim in segmentation.claims {
    check(claim.span.start >= 0 && claim.span.end <= count, "claim span")
    check(claim.score >= 0 && claim.score <= 1, "claim score")
    check(claim.speaker.map { $0 < segmentation.persons.count } ?? true, "claim speaker")
  }
  for person in segmentation.persons {
    for mention in person.mentions { check(mention.end <= count, "mention") }
  }
  // Inputs are shorter than a real window, so tiny windows are what cuts them.
  let windowed = Segmenter.segment(
    text, language: language, claimThreshold: 0, windowLength: 1 + Int(size > 1 ? bytes[1] : 0))
  check(windowed == segmentation, "windowed segmentation")
  var writer = JSONWriter()
  writer.beginObject()
  SegmentationJSON.write(segmentation, text: text, into: &writer)
  writer.endObject()
  return 0
}

private func check(_ condition: Bool, _ what: StaticString) {
  if !condition { fatalError("invalid \(what)") }
}
