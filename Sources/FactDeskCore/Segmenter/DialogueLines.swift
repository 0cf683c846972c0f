/// Lines of dialogue opened by a dash instead of quotation marks, as French prose and
/// interviews write them: "— Nous partons demain, dit-il." The whole line is the quote;
/// `InciseSplitter` then cuts out the incise that names the speaker.
///
/// A dash also opens list items ("– la réforme des retraites ;"), so a line counts only
/// when a capital follows the dash and the line ends like a sentence.
enum DialogueLines {
  static func quotes(in text: [Unicode.Scalar]) -> [QuoteMarks] {
    var found: [QuoteMarks] = []
    var lineStart = 0
    let count = text.count
    while lineStart < count {
      var lineEnd = lineStart
      while lineEnd < count && !text[lineEnd].isLineBreak { lineEnd += 1 }
      if let quote = dialogue(in: text, from: lineStart, to: lineEnd) { found.append(quote) }
      lineStart = lineEnd + 1
    }
    return found
  }

  private static func dialogue(in text: [Unicode.Scalar], from start: Int, to end: Int)
    -> QuoteMarks?
  {
    var dash = start
    while dash < end && text[dash].isSegmenterSpace { dash += 1 }
    guard dash + 2 < end, text[dash] == "—" || text[dash] == "–",
      text[dash + 1].isSegmenterSpace
    else { return nil }
    guard let content = QuoteScanner.trimmedContent(text, from: dash + 1, to: end),
      text[content.start].isUppercaseLetter
    else { return nil }
    var last = content.end - 1
    while last > content.start && text[last].isClosingPunctuation { last -= 1 }
    guard text[last].isSentenceTerminator else { return nil }
    return QuoteMarks(style: .dash, open: dash, close: end, content: content, depth: 0)
  }
}
