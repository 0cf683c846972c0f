/// Cuts plain text into line blocks for the classifier. Each line is judged on its own, because
/// scraped text glues a menu, a button and a heading into one "paragraph"; lines of one
/// blank-line paragraph share a group and are joined again if kept.
enum PlainTextExtractor {
  static func blocks(from text: String) -> [TextBlock] {
    var blocks: [TextBlock] = []
    var group = 0
    var previousWasBlank = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let isBlank = line.unicodeScalars.allSatisfy {
        $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{202F}"
      }
      if isBlank {
        if !previousWasBlank { group += 1 }
        previousWasBlank = true
        continue
      }
      previousWasBlank = false
      var block = TextBlock(text: String(line), group: group)
      if isBullet(line) { block.kind = .listItem }
      blocks.append(block)
    }
    return blocks
  }

  /// Lines of one blank-line paragraph that is mostly article text are all article text: the
  /// short last line of a hard-wrapped paragraph must not be cut off. Lines condemned by a cue
  /// stay condemned.
  static func keepWrappedParagraphsWhole(_ blocks: inout [TextBlock]) {
    var good: [Int: Int] = [:]
    var total: [Int: Int] = [:]
    for block in blocks {
      let length = block.text.utf8.count
      total[block.group, default: 0] += length
      if block.quality == .good { good[block.group, default: 0] += length }
    }
    for index in blocks.indices {
      let group = blocks[index].group
      guard case .bad(let reason) = blocks[index].quality, reason == "short line",
        (good[group] ?? 0) * 2 >= total[group] ?? 0
      else { continue }
      blocks[index].quality = .good
    }
  }

  /// Menu entries and form options in scraped text are bullet lines ("  • Thématiques").
  private static func isBullet(_ line: Substring) -> Bool {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard let first = trimmed.first else { return false }
    return "•◦▪‣·–-*✖".contains(first) && trimmed.dropFirst().first == " "
  }
}
