import Foundation

/// What a page says about itself outside the article text: <title>, <meta> tags (Open Graph,
/// article:*, author, date), JSON-LD (schema.org NewsArticle and kin) and <html lang>.
struct HTMLPageMetadata {
  var title: String?
  var headline: String?
  var authors: [String] = []
  var published: String?
  var site: String?
  var language: Language?

  init(_ document: HTMLDocument) {
    var meta: [String: String] = [:]
    for node in document.nodes where node.name == "meta" {
      let key =
        (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"])?
        .lowercased()
      if let key, let content = node.attributes["content"], !content.isEmpty, meta[key] == nil {
        meta[key] = ArticleAssembler.trimmed(content)
      }
    }
    for (index, node) in document.nodes.enumerated() {
      switch node.name {
      case "title" where title == nil:
        title = HTMLBlockBuilder.collapsed(document.text(of: index))
      case "script" where node.attributes["type"]?.lowercased() == "application/ld+json":
        readJSONLD(document.text(of: index))
      case "time" where published == nil:
        if node.attributes["itemprop"] == "datePublished" || node.attributes["pubdate"] != nil {
          published = node.attributes["datetime"].flatMap(DateFinder.firstDate)
        }
      case "html":
        if let lang = node.attributes["lang"]?.lowercased() {
          language = lang.hasPrefix("fr") ? .french : lang.hasPrefix("en") ? .english : .other
        }
      default: break
      }
    }
    headline = headline ?? meta["og:title"] ?? meta["twitter:title"]
    site = site ?? meta["og:site_name"] ?? meta["application-name"]
    if authors.isEmpty,
      let author = meta["author"] ?? meta["article:author"] ?? meta["sailthru.author"],
      !author.hasPrefix("http")
    {
      authors = [author]
    }
    let dateKeys = [
      "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
      "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time",
    ]
    published =
      published ?? dateKeys.lazy.compactMap { meta[$0].flatMap(DateFinder.firstDate) }.first
  }

  /// Reads the first article-like object of a JSON-LD block; pages often wrap it in @graph or
  /// an array.
  private mutating func readJSONLD(_ text: String) {
    guard let data = text.data(using: .utf8),
      let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return }
    var queue: [Any] = [json]
    while !queue.isEmpty {
      let item = queue.removeFirst()
      if let array = item as? [Any] {
        queue += array
        continue
      }
      guard let object = item as? [String: Any] else { continue }
      if let graph = object["@graph"] { queue.append(graph) }
      let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
      guard
        types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" })
      else { continue }
      headline = headline ?? (object["headline"] as? String)
      if published == nil, let date = object["datePublished"] as? String {
        published = DateFinder.firstDate(in: date)
      }
      if authors.isEmpty { authors = Self.names(object["author"]) }
      if site == nil, let publisher = object["publisher"] as? [String: Any] {
        site = publisher["name"] as? String
      }
    }
  }

  private static func names(_ value: Any?) -> [String] {
    switch value {
    case let name as String: return name.hasPrefix("http") ? [] : [name]
    case let object as [String: Any]: return (object["name"] as? String).map { [$0] } ?? []
    case let array as [Any]: return array.flatMap { names($0) }
    default: return []
    }
  }
}
