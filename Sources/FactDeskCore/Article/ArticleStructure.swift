/// Gives the classified blocks their roles: headline, subheadings, captions, bylines, body;
/// and turns the rest into boilerplate with a reason.
///
/// The article is taken to run from its headline (or first good block) to its last good
/// block: a photo credit inside that range is a caption, the same line in a footer is not.
struct ArticleStructure {
  var bylines: BylineFinder.Result

  func assignRoles(_ blocks: inout [TextBlock]) {
    guard let firstGood = blocks.firstIndex(where: { $0.quality == .good }),
      let lastGood = blocks.lastIndex(where: { $0.quality == .good })
    else {
      for index in blocks.indices {
        blocks[index].verdict = .boilerplate(reason(of: blocks[index]))
      }
      markBylines(&blocks)
      return
    }
    var groupSizes: [Int: Int] = [:]
    for block in blocks { groupSizes[block.group, default: 0] += 1 }
    let headline = headlineIndex(blocks, firstGood: firstGood, groupSizes: groupSizes)
    let articleStart = headline ?? firstGood
    for index in blocks.indices {
      let block = blocks[index]
      if index == headline {
        blocks[index].verdict = .content(.headline)
      } else if block.kind == .caption && index > articleStart && index < lastGood {
        blocks[index].verdict = .content(.caption)
      } else if block.quality == .good && Self.isPublicationLine(block.text) {
        blocks[index].verdict = .boilerplate("publication date")
      } else if block.quality == .good {
        blocks[index].verdict = .content(
          role(ofKept: block, aloneInGroup: groupSizes[block.group] == 1))
      } else {
        blocks[index].verdict = .boilerplate(reason(of: block))
      }
    }
    markBylines(&blocks)
  }

  private func markBylines(_ blocks: inout [TextBlock]) {
    for index in bylines.blockIndices where index < blocks.count {
      blocks[index].verdict = .content(.byline)
    }
  }

  private func role(ofKept block: TextBlock, aloneInGroup: Bool) -> ParagraphRole {
    switch block.kind {
    case .heading: return .subheading
    case .standfirst: return .standfirst
    case .caption: return .caption
    case .text:
      // In plain text, a short kept line without closing punctuation, alone in its paragraph,
      // is a heading inside the article (plain text has no other way to say so; HTML has <h2>).
      if block.element < 0 && aloneInGroup && looksLikeHeading(block.text) { return .subheading }
      return .body
    default: return .body
    }
  }

  /// The headline is the nearest heading-like line before the first good block: an <h1>, or in
  /// plain text a short line without a final full stop that no cue condemned.
  private func headlineIndex(_ blocks: [TextBlock], firstGood: Int, groupSizes: [Int: Int]) -> Int?
  {
    // The last <h1> before the text: an earlier one is usually the site's logo.
    if let h1 = blocks[...firstGood].lastIndex(where: { $0.kind == .heading(level: 1) }) {
      return h1
    }
    // A plain-text headline is often judged good itself (it has function words and sits next
    // to the first paragraph): take it when it is heading-shaped and body text follows.
    // A headline is a paragraph of its own, not the first line of a hard-wrapped one.
    if looksLikeHeading(blocks[firstGood].text), blocks[firstGood].text.count >= 15,
      blocks[firstGood].kind == .text, blocks[firstGood].element < 0,
      groupSizes[blocks[firstGood].group] == 1,
      blocks[(firstGood + 1)...].contains(where: {
        $0.quality == .good && !looksLikeHeading($0.text)
      })
    {
      return firstGood
    }
    // Otherwise look back over the lines before the text, past bylines, dates and buttons.
    var cursor = firstGood - 1
    while cursor >= 0 && firstGood - cursor <= 8 {
      let block = blocks[cursor]
      cursor -= 1
      if case .bad(let reason) = block.quality, !Self.contextReasons.contains(reason) { continue }
      let isMeta =
        bylines.blockIndices.contains(cursor + 1) || DateFinder.firstDate(in: block.text) != nil
      if !isMeta && looksLikeHeading(block.text) && block.text.count >= 15
        && groupSizes[block.group] == 1
      {
        return cursor + 1
      }
    }
    return nil
  }

  /// "Publié le 5 novembre 2020", "Updated Nov. 19, 2019": the date goes to the metadata.
  static func isPublicationLine(_ text: String) -> Bool {
    guard text.count <= 80 else { return false }
    let lowered = text.lowercased()
    let markers = ["publié", "mis à jour", "modifié le", "published", "updated", "posted"]
    return markers.contains { lowered.hasPrefix($0) } && DateFinder.firstDate(in: text) != nil
  }

  private static let contextReasons: Set<String> = [
    "short line", "between boilerplate", "few function words",
  ]

  func looksLikeHeading(_ text: String) -> Bool {
    guard text.count <= 250 else { return false }
    // A closing quotation mark or bracket does not end a heading: the punctuation before it
    // does ("… noticed," said X. "Most … to work.").
    let core = text.reversed().drop { "\"”»’')]\u{A0}\u{202F} ".contains($0) }
    guard let last = core.first else { return false }
    if Self.containsSentenceBreak(text) { return false }
    return !".!?…:;,".contains(last) || last == "?" && text.count < 120
  }

  /// Whether `text` holds two sentences: a lower-case word, a full stop, question or
  /// exclamation mark (perhaps inside closing quotes), a space, a capital. Two sentences are a
  /// paragraph, not a heading; "M. Dupont" is not a break, as the stop follows a capital.
  static func containsSentenceBreak(_ text: String) -> Bool {
    let characters = Array(text)
    var index = 1
    while index < characters.count - 2 {
      defer { index += 1 }
      guard ".!?".contains(characters[index]), characters[index - 1].isLowercase else { continue }
      var next = index + 1
      while next < characters.count && "\"”»’)".contains(characters[next]) { next += 1 }
      guard next + 1 < characters.count, characters[next] == " " else { continue }
      if characters[next + 1].isUppercase || "\"“«".contains(characters[next + 1]) { return true }
    }
    return false
  }

  private func reason(of block: TextBlock) -> String {
    if case .bad(let reason) = block.quality { return reason }
    return "outside the article"
  }
}
