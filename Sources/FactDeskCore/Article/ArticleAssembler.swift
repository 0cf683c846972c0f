import Foundation

/// Joins the kept blocks into the clean text ("\n\n" between paragraphs, "\n" between lines of
/// one plain-text paragraph) and lists the dropped ones with their reasons.
struct ArticleAssembler {
  private(set) var text = ""
  private(set) var paragraphs: [CleanArticle.Paragraph] = []
  private(set) var removed: [CleanArticle.RemovedPart] = []
  private(set) var references: [TextSpan] = []
  private var scalarCount = 0

  init(blocks: [TextBlock]) {
    var current: (text: String, role: ParagraphRole, group: Int)?
    for block in blocks {
      let trimmed = Self.trimmed(block.text)
      guard !trimmed.isEmpty else { continue }
      switch block.verdict {
      case .content(let role):
        if let open = current, open.group == block.group, open.role == role {
          current?.text += "\n" + trimmed
        } else {
          if let open = current { append(open.text, role: open.role) }
          current = (trimmed, role, block.group)
        }
      case .boilerplate(let reason):
        removed.append(CleanArticle.RemovedPart(text: trimmed, reason: reason))
      case .undecided:
        removed.append(CleanArticle.RemovedPart(text: trimmed, reason: "unclassified"))
      }
    }
    if let open = current { append(open.text, role: open.role) }
  }

  private mutating func append(_ paragraph: String, role: ParagraphRole) {
    if !text.isEmpty {
      text += "\n\n"
      scalarCount += 2
    }
    let length = paragraph.unicodeScalars.count
    references += ReferenceFinder.references(in: paragraph, offset: scalarCount)
    paragraphs.append(
      CleanArticle.Paragraph(
        span: TextSpan(start: scalarCount, end: scalarCount + length), role: role))
    text += paragraph
    scalarCount += length
  }

  /// Trims spaces, tabs and no-break spaces at both ends of each line; inside a line the
  /// no-break spaces are French typography and stay.
  static func trimmed(_ text: String) -> String {
    var lines: [Substring.UnicodeScalarView] = []
    for line in text.unicodeScalars.split(separator: "\n") {
      guard let first = line.firstIndex(where: { !isTrimmable($0) }),
        let last = line.lastIndex(where: { !isTrimmable($0) })
      else { continue }
      lines.append(line[first...last])
    }
    guard lines.count != 1 || lines[0].count != text.unicodeScalars.count else { return text }
    var result = String.UnicodeScalarView()
    for (index, line) in lines.enumerated() {
      if index > 0 { result.append("\n") }
      result.append(contentsOf: line)
    }
    return String(result)
  }

  private static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{202F}", "\u{2007}", "\u{FEFF}",
      "\u{2028}":
      true
    default: false
    }
  }
}
