/// A report of checked claims per article that reads as plain text and renders as Markdown.
public struct MarkdownExporter: Exporter {
  public var depth: Store.ExportDepth { .review }
  private var verdictCounts: [String: Int] = [:]
  private var scale: [ExportRatingLabel] = []

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    scale = context.ratingScale
    out.write("# Fact-check report\n")
    if let organisation = context.organisation {
      out.write("\nPublished by \(MarkdownExporter.escape(organisation)).\n")
    }
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    let article = bundle.article
    out.report.articles += 1
    out.write("\n## \(article.id): \(MarkdownExporter.escape(article.title ?? "(untitled)"))\n\n")
    out.write("- Source: \(MarkdownExporter.escape(article.source))\n")
    if !article.authors.isEmpty {
      out.write(
        "- Authors: \(MarkdownExporter.escape(article.authors.joined(separator: ", ")))\n")
    }
    if let published = article.published { out.write("- Published: \(published)\n") }
    if let site = article.site { out.write("- Site: \(MarkdownExporter.escape(site))\n") }
    if bundle.claims.isEmpty { out.write("\nNo claims selected in this article.\n") }
    for claim in bundle.claims {
      out.report.claims += 1
      let verdict = ExportText.verdictText(claim)
      verdictCounts[claim.verdict?.label ?? "(\(claim.status))", default: 0] += 1
      out.write("\n### \(claim.id): \(MarkdownExporter.escape(verdict))\n\n")
      let context = ExportText.inContext(claim.span, in: article.scalars)
      out.write(
        "> \(MarkdownExporter.escape(context.before))**\(MarkdownExporter.escape(context.exact))**"
          + "\(MarkdownExporter.escape(context.after))\n\n")
      if let speaker = claim.speaker {
        out.write("- Speaker: \(MarkdownExporter.escape(speaker.name))")
        if let role = speaker.role { out.write(" (\(MarkdownExporter.escape(role)))") }
        out.write("\n")
      }
      if let rating = claim.verdict {
        out.write("- Verdict: **\(MarkdownExporter.escape(rating.alternateName))**")
        if let value = rating.ratingValue, let best = rating.bestRating {
          out.write(" (\(value) of \(best))")
        }
        out.write("\n")
        if let note = rating.note {
          out.write("- Verdict note: \(MarkdownExporter.escape(note))\n")
        }
        out.write(
          "- Verified by \(MarkdownExporter.escape(rating.editor)) on \(rating.decidedAt)\n")
      }
      if !claim.tags.isEmpty {
        out.write("- Tags: \(claim.tags.map(MarkdownExporter.escape).joined(separator: ", "))\n")
      }
      for source in claim.sources {
        let title = MarkdownExporter.escape(source.title ?? source.url)
        out.write("- Evidence: [\(title)](<\(source.url)>)")
        if let accessed = source.accessed { out.write(", accessed \(accessed)") }
        if let excerpt = source.excerpt {
          out.write(": “\(MarkdownExporter.escape(excerpt))”")
        }
        out.write("\n")
      }
      for note in claim.notes {
        out.write(
          "- Note by \(MarkdownExporter.escape(note.editor)) (\(ExportText.day(note.writtenAt))): "
            + "\(MarkdownExporter.escape(note.text))\n")
      }
    }
  }

  public mutating func end(to out: ExportWriter) throws {
    out.write("\n## Summary\n\n| Verdict | Claims |\n|---|---:|\n")
    var written = Set<String>()
    for label in scale where verdictCounts[label.label] != nil {
      out.write(
        "| \(MarkdownExporter.escape(label.alternateName)) | \(verdictCounts[label.label]!) |\n")
      written.insert(label.label)
    }
    for (key, count) in verdictCounts.sorted(by: { $0.key < $1.key }) where !written.contains(key) {
      out.write("| \(MarkdownExporter.escape(key)) | \(count) |\n")
    }
    let total = verdictCounts.values.reduce(0, +)
    out.write("| **Total** | \(total) |\n")
  }

  /// Backslash-escapes the characters Markdown would read as markup (or HTML), and folds line
  /// breaks, so article text and notes print as written.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#":
        escaped.append("\\")
        escaped.append(character)
      case _ where character.isNewline: escaped.append(" ")
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
