/// Lines of dialogue opened by a dash instead of quotation marks, as French prose and
/// interviews write them: "— Nous partons demain, dit-il." The whole line is the quote;
/// `InciseSplitter` then cuts out the incise that names the speaker.
///
/// A dash also opens list items ("– la réforme des retraites ;"), so a line counts only
/// when a capital follows the dash and the line ends like a sentence.
enum DialogueLines {
  /// The dialogue line starting at `lineStart`, if that line is one. Called at each line
  /// start by `QuoteScanner`, it reads further only after a dash.
  static func dialogue(in text: [Unicode.Scalar], lineStart start: Int) -> QuoteMarks? {
    var dash = start
    while dash < text.count && text[dash].isSegmenterSpace && !text[dash].isLineBreak {
      dash += 1
    }
    guard dash + 2 < text.count, text[dash] == "—" || text[dash] == "–",
      text[dash + 1].isSegmenterSpace
    else { return nil }
    var end = dash
    while end < text.count && !text[end].isLineBreak { end += 1 }
    guard let content = QuoteScanner.trimmedContent(text, from: dash + 1, to: end),
      text[content.start].isUppercaseLetter
    else { return nil }
    var last = content.end - 1
    while last > content.start && text[last].isClosingPunctuation { last -= 1 }
    guard text[last].isSentenceTerminator else { return nil }
    return QuoteMarks(style: .dash, open: dash, close: end, content: content)
  }
}
