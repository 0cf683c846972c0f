/// Writes an article as the members of a JSON object that the caller has already opened, so
/// that a pipeline can add its own members (sentences, quotes, claims) to the same object.
///
/// Offsets are Unicode scalars into `text`, as everywhere in factdesk. The text goes through a
/// byte-level escaper: for a 20 MB article this is the bulk of the output.
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
    writer.rawValue(quoted(article.text))
    writer.key("paragraphs")
    writer.beginArray()
    for paragraph in article.paragraphs {
      writer.beginObject()
      writer.key("start")
      writer.int(paragraph.span.start)
      writer.key("end")
      writer.int(paragraph.span.end)
      writer.key("role")
      writer.string(paragraph.role.rawValue)
      writer.endObject()
    }
    writer.endArray()
    writer.key("references")
    writer.beginArray()
    for reference in article.references {
      writer.beginObject()
      writer.key("start")
      writer.int(reference.start)
      writer.key("end")
      writer.int(reference.end)
      writer.endObject()
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

  /// `text` as a quoted JSON string, escaping byte by byte: only '"', '\\' and controls
  /// need it, and every other byte of valid UTF-8 is copied as is.
  static func quoted(_ text: String) -> String {
    var text = text
    return text.withUTF8 { escape($0) }
  }

  private static func escape(_ source: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(source.count + source.count / 16 + 2)
    output.append(UInt8(ascii: "\""))
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    var runStart = 0
    for index in 0..<source.count {
      let byte = source[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      runStart = index + 1
      output.append(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
      case 0x0A: output.append(UInt8(ascii: "n"))
      case 0x0D: output.append(UInt8(ascii: "r"))
      case 0x09: output.append(UInt8(ascii: "t"))
      default:
        output.append(contentsOf: [
          UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
          hex[Int(byte & 0xF)],
        ])
      }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    output.append(UInt8(ascii: "\""))
    return String(decoding: output, as: UTF8.self)
  }
}
