/// The store (or chosen articles) as one JSON document that `import` reads back: every
/// article with its text, structure, quotes, persons, claims and their review, and the event
/// log. One article or event per line, so two exports diff line by line.
public struct JSONExporter: Exporter {
  /// The format version written; `import` refuses newer ones.
  public static let version = 1
  public var depth: Store.ExportDepth { .full }
  private var json = JSONWriter(reservingCapacity: 1 << 16)
  private var context: ExportContext?

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    self.context = context
    json.beginObject()
    json.key("format")
    json.string("factdesk")
    json.key("version")
    json.int(JSONExporter.version)
    json.breakLine()
    json.key("ratingScale")
    json.beginArray()
    for label in context.ratingScale {
      json.beginObject()
      json.key("label")
      json.string(label.label)
      json.key("position")
      json.int(label.position)
      optionalInt("ratingValue", label.ratingValue)
      optionalInt("bestRating", label.bestRating)
      optionalInt("worstRating", label.worstRating)
      json.key("alternateName")
      json.string(label.alternateName)
      json.endObject()
    }
    json.endArray()
    json.breakLine()
    json.key("articles")
    json.beginArray()
    out.write(json: &json)
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    out.report.articles += 1
    out.report.claims += bundle.claims.count
    out.report.quotes += bundle.quotes.count
    let article = bundle.article
    json.breakLine()
    json.beginObject()
    json.key("id")
    json.string(article.id.description)
    json.key("source")
    json.string(article.source)
    json.key("sha256")
    json.string(article.sha256)
    json.key("title")
    json.string(article.title)
    json.key("authors")
    json.beginArray()
    for author in article.authors { json.string(author) }
    json.endArray()
    json.key("published")
    json.string(article.published)
    json.key("site")
    json.string(article.site)
    json.key("language")
    json.string(article.language)
    json.key("loadedAt")
    json.string(article.loadedAt)
    json.key("loadedBy")
    json.string(article.loadedBy)
    json.key("text")
    json.string(article.text)
    json.key("paragraphs")
    json.beginArray()
    for paragraph in bundle.paragraphs {
      json.beginObject()
      span(paragraph.span)
      json.key("role")
      json.string(paragraph.role)
      json.endObject()
    }
    json.endArray()
    json.key("sentences")
    json.beginArray()
    for sentence in bundle.sentences {
      json.beginArray()
      json.int(sentence.start)
      json.int(sentence.end)
      json.endArray()
    }
    json.endArray()
    json.key("persons")
    json.beginArray()
    for person in bundle.persons {
      json.beginObject()
      json.key("id")
      json.string(person.id.description)
      json.key("name")
      json.string(person.name)
      json.key("role")
      json.string(person.role)
      json.key("mentions")
      json.beginArray()
      for mention in person.mentions {
        json.beginArray()
        json.int(mention.start)
        json.int(mention.end)
        json.endArray()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.key("quotes")
    json.beginArray()
    for quote in bundle.quotes {
      json.beginObject()
      json.key("id")
      json.string(quote.id.description)
      span(quote.span)
      json.key("kind")
      json.string(quote.kind)
      json.key("speaker")
      json.string(quote.speaker?.id.description)
      json.key("cue")
      json.string(quote.cue)
      tags(quote.tags)
      notes(quote.notes)
      json.endObject()
    }
    json.endArray()
    json.key("claims")
    json.beginArray()
    for claim in bundle.claims { write(claim) }
    json.endArray()
    json.key("links")
    json.beginArray()
    for link in bundle.links {
      json.beginObject()
      json.key("id")
      json.int(Int(link.id))
      json.key("relation")
      json.string(link.relation)
      json.key("from")
      json.string(link.from)
      json.key("to")
      json.string(link.to)
      json.key("editor")
      json.string(link.editor)
      json.key("createdAt")
      json.string(link.createdAt)
      json.endObject()
    }
    json.endArray()
    notes(bundle.articleNotes)
    json.endObject()
    out.write(json: &json)
  }

  public mutating func end(to out: ExportWriter) throws {
    json.endArray()
    json.breakLine()
    json.key("events")
    json.beginArray()
    if let context {
      try context.store.exportEvents(context.selection) { event in
        json.breakLine()
        write(event)
        if json.bytes.count > 1 << 18 {
          out.write(json: &json)
          try out.flushIfFull()
        }
      }
    }
    json.endArray()
    json.endObject()
    out.write(json: &json)
    out.write("\n")
  }

  // MARK: - Parts

  private mutating func write(_ claim: ExportClaim) {
    json.breakLine()
    json.beginObject()
    json.key("id")
    json.string(claim.id.description)
    span(claim.span)
    json.key("text")
    json.string(claim.text)
    json.key("score")
    json.double(claim.score, decimals: 6)
    json.key("reasons")
    json.rawValue(claim.reasonsJSON)
    json.key("speaker")
    json.string(claim.speaker?.id.description)
    json.key("origin")
    json.string(claim.origin)
    json.key("status")
    json.string(claim.status)
    json.key("createdAt")
    json.string(claim.createdAt)
    json.key("verdict")
    if let verdict = claim.verdict {
      json.beginObject()
      json.key("label")
      json.string(verdict.label)
      json.key("note")
      json.string(verdict.note)
      json.key("editor")
      json.string(verdict.editor)
      json.key("decidedAt")
      json.string(verdict.decidedAt)
      json.endObject()
    } else {
      json.null()
    }
    json.key("sources")
    json.beginArray()
    for source in claim.sources {
      json.beginObject()
      json.key("id")
      json.int(Int(source.id))
      json.key("url")
      json.string(source.url)
      json.key("title")
      json.string(source.title)
      json.key("excerpt")
      json.string(source.excerpt)
      json.key("accessed")
      json.string(source.accessed)
      json.key("editor")
      json.string(source.editor)
      json.key("addedAt")
      json.string(source.addedAt)
      json.endObject()
    }
    json.endArray()
    tags(claim.tags)
    notes(claim.notes)
    json.endObject()
  }

  private mutating func write(_ event: ExportEvent) {
    json.beginObject()
    json.key("id")
    json.int(Int(event.id))
    json.key("at")
    json.string(event.at)
    json.key("editor")
    json.string(event.editor)
    json.key("command")
    json.string(event.command)
    json.key("action")
    json.string(event.action)
    json.key("target")
    json.string(event.target)
    json.key("article")
    json.string(event.articleID.map { ArticleID($0).description })
    json.key("before")
    if let before = event.before { json.rawValue(before) } else { json.null() }
    json.key("after")
    if let after = event.after { json.rawValue(after) } else { json.null() }
    optionalInt("undoes", event.undoes.map(Int.init))
    optionalInt("undoneBy", event.undoneBy.map(Int.init))
    json.endObject()
  }

  private mutating func span(_ span: TextSpan) {
    json.key("start")
    json.int(span.start)
    json.key("end")
    json.int(span.end)
  }

  private mutating func tags(_ tags: [String]) {
    json.key("tags")
    json.beginArray()
    for tag in tags { json.string(tag) }
    json.endArray()
  }

  private mutating func notes(_ notes: [ExportNote]) {
    json.key("notes")
    json.beginArray()
    for note in notes {
      json.beginObject()
      json.key("id")
      json.int(Int(note.id))
      json.key("text")
      json.string(note.text)
      json.key("editor")
      json.string(note.editor)
      json.key("writtenAt")
      json.string(note.writtenAt)
      json.endObject()
    }
    json.endArray()
  }

  private mutating func optionalInt(_ key: String, _ value: Int?) {
    json.key(key)
    if let value { json.int(value) } else { json.null() }
  }
}
