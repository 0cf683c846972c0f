import Foundation

/// Gathers an article's metadata from what the page declares and what its text shows: the
/// headline, bylines, a dated line near the top or bottom, the site, the language.
enum MetadataExtractor {
  static func metadata(
    blocks: [TextBlock], page: HTMLPageMetadata?, bylines: BylineFinder.Result,
    language: Language, source: String, title requestedTitle: String?
  ) -> ArticleMetadata {
    let headline = blocks.first { $0.verdict == .content(.headline) }?.text
    let title =
      requestedTitle ?? headline ?? page?.headline
      ?? page?.title.map(withoutSiteSuffix)
    let authors =
      bylines.authors.isEmpty ? (page?.authors ?? []).compactMap(cleanedAuthor) : bylines.authors
    let published = page?.published ?? datedLine(in: blocks)
    return ArticleMetadata(
      title: title.map { ArticleAssembler.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 },
      authors: authors, published: published,
      site: page?.site ?? site(fromSource: source) ?? siteNamed(in: blocks),
      language: language)
  }

  /// A publication line: "Publié le 5 novembre 2020 à 10h", "Updated Nov. 5, 2020". Only
  /// short lines near the edges count; dates in the body are events, not the article's date.
  private static func datedLine(in blocks: [TextBlock]) -> String? {
    let edges = Array(blocks.prefix(15)) + Array(blocks.suffix(8))
    let markers = ["publié", "mis à jour", "published", "updated", "posted", "modifié", "le "]
    for block in edges where block.text.utf8.count <= 240 {
      let lowered = block.text.lowercased()
      guard
        markers.contains(where: { lowered.hasPrefix($0) || lowered.contains(" \($0)") })
          || block.verdict == .content(.byline)
      else { continue }
      if let date = DateFinder.firstDate(in: block.text) { return date }
    }
    return nil
  }

  /// The site a scraped text names in its furniture: "bienvenue sur le site d’AEF info",
  /// "Welcome to The Daily Example", "© 2019 Le Quotidien".
  static func siteNamed(in blocks: [TextBlock]) -> String? {
    let markers = [
      "bienvenue sur le site de ", "bienvenue sur le site d'", "bienvenue sur le site d’",
      "bienvenue sur ", "welcome to ", "©",
    ]
    for block in blocks.prefix(40) + blocks.suffix(20) where block.text.utf8.count <= 200 {
      let lowered = block.text.lowercased()
      for marker in markers {
        guard let range = lowered.range(of: marker) else { continue }
        let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
        var name = String(block.text.dropFirst(offset))
        name = String(name.drop { $0.isNumber || $0 == " " || $0 == "-" })
        if let cut = name.firstIndex(where: { ".!,|:;".contains($0) }) {
          name = String(name[..<cut])
        }
        name = ArticleAssembler.trimmed(name)
        let words = name.split(separator: " ")
        if (1...5).contains(words.count), words.first?.first?.isUppercase == true { return name }
      }
    }
    return nil
  }

  /// A declared author as a name: "By TOM KRISHER, AP Auto Writer" gives "Tom Krisher".
  static func cleanedAuthor(_ raw: String) -> String? {
    var name = ArticleAssembler.trimmed(raw)
    for prefix in ["by ", "par ", "written by "] where name.lowercased().hasPrefix(prefix) {
      name = String(name.dropFirst(prefix.count))
    }
    if let cut = name.firstIndex(where: { ",|(".contains($0) }) { name = String(name[..<cut]) }
    name = ArticleAssembler.trimmed(name)
    if name == name.uppercased() && name.contains(where: \.isLetter) { name = name.capitalized }
    return name.isEmpty ? nil : name
  }

  /// "Title | Site" and "Title - Site": the part before the last separator.
  private static func withoutSiteSuffix(_ title: String) -> String {
    for separator in [" | ", " - ", " — ", " – ", " :: "] {
      if let range = title.range(of: separator, options: .backwards),
        range.lowerBound > title.startIndex
      {
        return String(title[..<range.lowerBound])
      }
    }
    return title
  }

  /// The host of a URL source, without "www.".
  private static func site(fromSource source: String) -> String? {
    guard source.hasPrefix("http://") || source.hasPrefix("https://"),
      let host = URL(string: source)?.host
    else { return nil }
    return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }
}
