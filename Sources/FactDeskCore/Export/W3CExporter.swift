/// W3C Web Annotation JSON-LD: an AnnotationCollection whose one AnnotationPage holds an
/// annotation per claim and per quote. Targets carry a TextQuoteSelector (32 characters of
/// prefix and suffix) and a TextPositionSelector in Unicode code points, as the model requires
/// (https://www.w3.org/TR/annotation-model/#text-position-selector).
public struct W3CExporter: Exporter {
  public var depth: Store.ExportDepth { .review }
  private var json = JSONWriter(reservingCapacity: 1 << 16)
  private var base = "urn:factdesk"
  private var count = 0

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    if let urlBase = context.options.urlBase {
      base = urlBase.hasSuffix("/") ? String(urlBase.dropLast()) : urlBase
    }
    json.beginObject()
    json.key("@context")
    json.string("http://www.w3.org/ns/anno.jsonld")
    json.key("id")
    json.string("\(base)/annotations")
    json.key("type")
    json.string("AnnotationCollection")
    json.key("label")
    json.string("factdesk claims and quotes")
    json.key("first")
    json.beginObject()
    json.key("id")
    json.string("\(base)/annotations/page1")
    json.key("type")
    json.string("AnnotationPage")
    json.key("startIndex")
    json.int(0)
    json.key("items")
    json.beginArray()
    out.write(json: &json)
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    out.report.articles += 1
    for claim in bundle.claims {
      out.report.claims += 1
      writeClaim(claim, of: bundle.article)
    }
    for quote in bundle.quotes {
      out.report.quotes += 1
      writeQuote(quote, of: bundle.article)
    }
    out.write(json: &json)
  }

  public mutating func end(to out: ExportWriter) throws {
    json.endArray()
    json.endObject()
    json.key("total")
    json.int(count)
    json.endObject()
    out.write(json: &json)
    out.write("\n")
  }

  // MARK: - Annotations

  private mutating func writeClaim(_ claim: ExportClaim, of article: ExportArticle) {
    var motivations: [String] = []
    if claim.verdict != nil { motivations.append("assessing") }
    if !claim.tags.isEmpty { motivations.append("tagging") }
    if !claim.notes.isEmpty || claim.verdict?.note != nil { motivations.append("commenting") }
    if !claim.sources.isEmpty { motivations.append("linking") }
    if motivations.isEmpty { motivations.append("highlighting") }
    let creator = claim.verdict?.editor ?? (claim.origin == "editor" ? nil : "factdesk")
    begin(
      id: "\(base)/\(article.id)/\(claim.id)", motivations: motivations,
      created: claim.verdict?.decidedAt ?? claim.createdAt, creator: creator,
      isSoftware: claim.verdict == nil && claim.origin == "segmenter")
    let hasBody =
      claim.verdict != nil || !claim.tags.isEmpty || !claim.notes.isEmpty
      || !claim.sources.isEmpty
    if hasBody {
      json.key("body")
      json.beginArray()
    }
    if let verdict = claim.verdict {
      textualBody(verdict.alternateName, purpose: "assessing")
      if let note = verdict.note { textualBody(note, purpose: "commenting") }
    }
    for tag in claim.tags { textualBody(tag, purpose: "tagging") }
    for note in claim.notes { textualBody(note.text, purpose: "commenting") }
    for source in claim.sources {
      json.beginObject()
      json.key("type")
      json.string("SpecificResource")
      json.key("source")
      json.string(source.url)
      json.key("purpose")
      json.string("linking")
      json.endObject()
    }
    if hasBody { json.endArray() }
    target(claim.span, of: article)
    json.endObject()
  }

  private mutating func writeQuote(_ quote: ExportQuote, of article: ExportArticle) {
    var motivations = ["identifying"]
    if !quote.tags.isEmpty { motivations.append("tagging") }
    if !quote.notes.isEmpty { motivations.append("commenting") }
    begin(
      id: "\(base)/\(article.id)/\(quote.id)", motivations: motivations,
      created: article.loadedAt, creator: "factdesk", isSoftware: true)
    json.key("body")
    json.beginArray()
    textualBody("\(quote.kind) quote", purpose: "classifying")
    if let speaker = quote.speaker {
      textualBody("said by \(speaker.name)", purpose: "identifying")
    }
    for tag in quote.tags { textualBody(tag, purpose: "tagging") }
    for note in quote.notes { textualBody(note.text, purpose: "commenting") }
    json.endArray()
    target(quote.span, of: article)
    json.endObject()
  }

  private mutating func begin(
    id: String, motivations: [String], created: String, creator: String?, isSoftware: Bool
  ) {
    count += 1
    json.breakLine()
    json.beginObject()
    json.key("@context")
    json.string("http://www.w3.org/ns/anno.jsonld")
    json.key("id")
    json.string(id)
    json.key("type")
    json.string("Annotation")
    json.key("motivation")
    if motivations.count == 1 {
      json.string(motivations[0])
    } else {
      json.beginArray()
      for motivation in motivations { json.string(motivation) }
      json.endArray()
    }
    json.key("created")
    json.string(created)
    if let creator {
      json.key("creator")
      json.beginObject()
      json.key("type")
      json.string(isSoftware ? "Software" : "Person")
      json.key("name")
      json.string(creator)
      json.endObject()
    }
  }

  private mutating func textualBody(_ value: String, purpose: String) {
    json.beginObject()
    json.key("type")
    json.string("TextualBody")
    json.key("value")
    json.string(value)
    json.key("format")
    json.string("text/plain")
    json.key("purpose")
    json.string(purpose)
    json.endObject()
  }

  private mutating func target(_ span: TextSpan, of article: ExportArticle) {
    let scalars = article.scalars.scalars
    let end = min(span.end, scalars.count)
    let start = min(span.start, end)
    let context = ExportText.contextLength
    json.key("target")
    json.beginObject()
    json.key("source")
    json.string(article.iri)
    json.key("selector")
    json.beginArray()
    json.beginObject()
    json.key("type")
    json.string("TextQuoteSelector")
    // Written from the scalar array directly: no String per selector part.
    json.key("exact")
    json.string(scalars: scalars[start..<end])
    json.key("prefix")
    json.string(scalars: scalars[max(0, start - context)..<start])
    json.key("suffix")
    json.string(scalars: scalars[end..<min(scalars.count, end + context)])
    json.endObject()
    json.beginObject()
    json.key("type")
    json.string("TextPositionSelector")
    json.key("start")
    json.int(span.start)
    json.key("end")
    json.int(span.end)
    json.endObject()
    json.endArray()
    json.endObject()
  }
}
