/// Writes an article as the members of a JSON object that the caller has already opened, so
/// that a pipeline can add its own members (sentences, quotes, claims) to the same object.
///
/// Offsets are Unicode scalars into `text`, as everywhere in factdesk.
public enum ArticleJSON {
  public static func write(_ article: CleanArticle, into writer: inout JSONWriter) {
    let metadata = article.metadata
    writer.key("source")
    writer.string(article.source)
    writer.key("language")
    writer.string(metadata.language.rawValue)
    writer.key("title")
    writer.string(metadata.title)
    writer.key("authors")
    writer.beginArray()
    for author in metadata.authors { writer.string(author) }
    writer.endArray()
    writer.key("published")
    writer.string(metadata.published)
    writer.key("site")
    writer.string(metadata.site)
    writer.key("sha256")
    writer.string(article.sha256)
    writer.key("text")
    writer.string(article.text)
    writer.key("paragraphs")
    writer.beginArray()
    for paragraph in article.paragraphs {
      writer.beginSpanObject(start: paragraph.span.start, end: paragraph.span.end)
      writer.key("role")
      writer.string(paragraph.role.rawValue)
      writer.endObject()
    }
    writer.endArray()
    writer.key("references")
    writer.beginArray()
    for reference in article.references {
      writer.spanObject(start: reference.start, end: reference.end)
    }
    writer.endArray()
    writer.key("removed")
    writer.beginArray()
    for part in article.removed {
      writer.beginObject()
      writer.key("text")
      writer.string(part.text)
      writer.key("reason")
      writer.string(part.reason)
      writer.endObject()
    }
    writer.endArray()
    writer.key("warnings")
    writer.beginArray()
    for warning in article.warnings { writer.string(warning) }
    writer.endArray()
  }
}
