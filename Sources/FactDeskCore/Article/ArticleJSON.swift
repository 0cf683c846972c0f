/// Writes an article as the members of a JSON object that the caller has already opened, so
/// that a pipeline can add its own members (sentences, quotes, claims) to the same object.
///
/// Offsets are Unicode scalars into `text`, as everywhere in factdesk.
public enum ArticleJSON {
  public static func write(_ article: CleanArticle, into writer: inout JSONWriter) {
    let metadata = article.metadata
    writer.key(static: "source")
    writer.string(article.source)
    writer.key(static: "language")
    writer.string(metadata.language.rawValue)
    writer.key(static: "title")
    writer.string(metadata.title)
    writer.key(static: "authors")
    writer.beginArray()
    for author in metadata.authors { writer.string(author) }
    writer.endArray()
    writer.key(static: "published")
    writer.string(metadata.published)
    writer.key(static: "site")
    writer.string(metadata.site)
    writer.key(static: "sha256")
    writer.string(article.sha256)
    writer.key(static: "text")
    writer.string(article.text)
    writer.key(static: "paragraphs")
    writer.beginArray()
    for paragraph in article.paragraphs {
      writer.beginSpanObject(start: paragraph.span.start, end: paragraph.span.end)
      writer.key(static: "role")
      writer.string(paragraph.role.rawValue)
      writer.endObject()
    }
    writer.endArray()
    writer.key(static: "references")
    writer.beginArray()
    for reference in article.references {
      writer.spanObject(start: reference.start, end: reference.end)
    }
    writer.endArray()
    writer.key(static: "removed")
    writer.beginArray()
    for part in article.removed {
      writer.beginObject()
      writer.key(static: "text")
      writer.string(part.text)
      writer.key(static: "reason")
      writer.string(part.reason)
      writer.endObject()
    }
    writer.endArray()
    writer.key(static: "warnings")
    writer.beginArray()
    for warning in article.warnings { writer.string(warning) }
    writer.endArray()
  }
}
