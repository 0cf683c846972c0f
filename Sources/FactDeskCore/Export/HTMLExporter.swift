/// The report as one self-contained, accessible page: inline CSS, no scripts, nothing fetched.
/// Verdict badges carry their text, not only a colour; every piece of article text, note and
/// source is HTML-escaped.
public struct HTMLExporter: Exporter {
  public var depth: Store.ExportDepth { .review }
  private var verdictCounts: [String: Int] = [:]
  private var scale: [ExportRatingLabel] = []

  public init() {}

  static let style = """
    body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
    color:#1a1a1a;background:#fff}
    h1,h2,h3{line-height:1.2}
    .meta{color:#444}
    .badge{display:inline-block;padding:0 .5em;border-radius:.3em;border:1px solid #333;\
    font-weight:bold;font-size:.9em}
    .v-true,.v-mostly-true{background:#d7f5dc}
    .v-mixed{background:#fff3c4}
    .v-false,.v-mostly-false{background:#ffd6d6}
    .v-misleading{background:#ffe3c4}
    .v-none{background:#eee}
    .text{white-space:pre-wrap;border-left:3px solid #ccc;padding-left:1rem}
    mark{background:#fff0a0;outline:1px dotted #806000}
    .quote{font-style:italic;text-decoration:underline dotted}
    blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #888}
    table{border-collapse:collapse}
    th,td{border:1px solid #999;padding:.2em .6em;text-align:left}
    """

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    scale = context.ratingScale
    out.write(
      """
      <!DOCTYPE html>
      <html lang="\(HTMLExporter.escape(context.language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Fact-check report</title>
      <style>
      \(HTMLExporter.style)
      </style>
      </head>
      <body>
      <main>
      <h1>Fact-check report</h1>

      """)
    if let organisation = context.organisation {
      out.write("<p class=\"meta\">Published by \(HTMLExporter.escape(organisation)).</p>\n")
    }
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    let article = bundle.article
    out.report.articles += 1
    out.write("<section aria-labelledby=\"\(article.id)\">\n")
    out.write(
      "<h2 id=\"\(article.id)\" lang=\"\(HTMLExporter.escape(article.language))\">"
        + "\(HTMLExporter.escape(article.title ?? "(untitled)"))</h2>\n<ul class=\"meta\">\n")
    out.write("<li>Source: \(HTMLExporter.link(article.url, text: article.source))</li>\n")
    if !article.authors.isEmpty {
      out.write(
        "<li>Authors: \(HTMLExporter.escape(article.authors.joined(separator: ", ")))</li>\n")
    }
    if let published = article.published {
      out.write("<li>Published: <time datetime=\"\(published)\">\(published)</time></li>\n")
    }
    if let site = article.site { out.write("<li>Site: \(HTMLExporter.escape(site))</li>\n") }
    out.write("</ul>\n")
    if bundle.claims.isEmpty { out.write("<p>No claims selected in this article.</p>\n") }
    for claim in bundle.claims {
      out.report.claims += 1
      verdictCounts[claim.verdict?.label ?? "(\(claim.status))", default: 0] += 1
      writeClaim(claim, of: article, to: out)
    }
    out.report.quotes += bundle.quotes.count
    out.write("<h3>Article text</h3>\n<div class=\"text\" lang=\"\(article.language)\">")
    writeMarkedText(bundle, to: out)
    out.write("</div>\n</section>\n")
  }

  public mutating func end(to out: ExportWriter) throws {
    out.write(
      "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<table>\n"
        + "<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Claims</th></tr></thead>\n"
        + "<tbody>\n")
    var written = Set<String>()
    for label in scale where verdictCounts[label.label] != nil {
      out.write(
        "<tr><td>\(HTMLExporter.escape(label.alternateName))</td>"
          + "<td>\(verdictCounts[label.label]!)</td></tr>\n")
      written.insert(label.label)
    }
    for (key, count) in verdictCounts.sorted(by: { $0.key < $1.key }) where !written.contains(key) {
      out.write("<tr><td>\(HTMLExporter.escape(key))</td><td>\(count)</td></tr>\n")
    }
    out.write(
      "<tr><th scope=\"row\">Total</th><td>\(verdictCounts.values.reduce(0, +))</td></tr>\n"
        + "</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n")
  }

  // MARK: - Parts

  private func writeClaim(_ claim: ExportClaim, of article: ExportArticle, to out: ExportWriter) {
    let label = claim.verdict?.label ?? "none"
    out.write(
      "<article id=\"\(claim.id)\" aria-labelledby=\"h-\(claim.id)\">\n"
        + "<h3 id=\"h-\(claim.id)\">\(claim.id) <span class=\"badge v-\(HTMLExporter.escape(label))\">"
        + "Verdict: \(HTMLExporter.escape(ExportText.verdictText(claim)))</span></h3>\n")
    let context = ExportText.inContext(claim.span, in: article.scalars)
    out.write(
      "<blockquote>\(HTMLExporter.escape(context.before))<mark>"
        + "\(HTMLExporter.escape(context.exact))</mark>\(HTMLExporter.escape(context.after))"
        + "</blockquote>\n<ul>\n")
    if let speaker = claim.speaker {
      var who = HTMLExporter.escape(speaker.name)
      if let role = speaker.role { who += " (\(HTMLExporter.escape(role)))" }
      out.write("<li>Speaker: \(who)</li>\n")
    }
    if let verdict = claim.verdict {
      if let value = verdict.ratingValue, let best = verdict.bestRating {
        out.write("<li>Rating: \(value) of \(best)</li>\n")
      }
      if let note = verdict.note {
        out.write("<li>Verdict note: \(HTMLExporter.escape(note))</li>\n")
      }
      out.write(
        "<li>Verified by \(HTMLExporter.escape(verdict.editor)) on "
          + "<time datetime=\"\(HTMLExporter.escape(verdict.decidedAt))\">"
          + "\(HTMLExporter.escape(verdict.decidedAt))</time></li>\n")
    }
    if !claim.tags.isEmpty {
      out.write("<li>Tags: \(HTMLExporter.escape(claim.tags.joined(separator: ", ")))</li>\n")
    }
    for source in claim.sources {
      out.write("<li>Evidence: \(HTMLExporter.link(source.url, text: source.title ?? source.url))")
      if let accessed = source.accessed {
        out.write(", accessed \(HTMLExporter.escape(accessed))")
      }
      if let excerpt = source.excerpt { out.write(": “\(HTMLExporter.escape(excerpt))”") }
      out.write("</li>\n")
    }
    for note in claim.notes {
      out.write(
        "<li>Note by \(HTMLExporter.escape(note.editor)) "
          + "(\(HTMLExporter.escape(ExportText.day(note.writtenAt)))): "
          + "\(HTMLExporter.escape(note.text))</li>\n")
    }
    out.write("</ul>\n</article>\n")
  }

  /// The article text cut at every claim and quote boundary; each piece is wrapped in the
  /// marks of the spans covering it, so overlapping claims and quotes never mis-nest.
  private func writeMarkedText(_ bundle: ExportBundle, to out: ExportWriter) {
    let text = bundle.article.scalars
    var cuts = Set([0, text.count])
    for claim in bundle.claims { cuts.formUnion([claim.span.start, claim.span.end]) }
    for quote in bundle.quotes { cuts.formUnion([quote.span.start, quote.span.end]) }
    let points = cuts.filter { $0 >= 0 && $0 <= text.count }.sorted()
    for (start, end) in zip(points, points.dropFirst()) where start < end {
      let claim = bundle.claims.first { $0.span.start <= start && end <= $0.span.end }
      let inQuote = bundle.quotes.contains { $0.span.start <= start && end <= $0.span.end }
      let piece = HTMLExporter.escape(text[TextSpan(start: start, end: end)])
      var html = piece
      if inQuote { html = "<span class=\"quote\">\(html)</span>" }
      if let claim {
        html =
          "<mark title=\"claim \(claim.id): \(HTMLExporter.escape(ExportText.verdictText(claim)))\">"
          + "\(html)</mark>"
      }
      out.write(html)
    }
  }

  static func link(_ url: String?, text: String) -> String {
    guard let url, url.hasPrefix("http://") || url.hasPrefix("https://") else {
      return escape(text)
    }
    return "<a href=\"\(escape(url))\">\(escape(text))</a>"
  }

  /// Escapes the five characters HTML gives meaning to, in text and in attribute values.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}

extension ExportContext {
  /// The page language: the articles' when they share one, else English.
  var language: String { "en" }
}
