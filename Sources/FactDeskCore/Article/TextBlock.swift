/// One unit of an input that is kept or dropped as a whole: a line of plain text, or a block
/// element of an HTML page. Both loaders produce these, and the same classifier judges them.
struct TextBlock {
  /// What the markup says the block is, when there is markup.
  enum Kind: Equatable {
    case text
    case heading(level: Int)
    case listItem
    case caption
    case quote
    case preformatted
    case tableCell
    case standfirst
  }

  /// How a block was judged: content with a role, or boilerplate with a reason.
  enum Verdict: Equatable {
    case undecided
    case content(ParagraphRole)
    case boilerplate(String)
  }

  /// The first-pass class of the jusText method; the context pass resolves short and near-good
  /// blocks from their neighbours.
  enum Quality: Equatable {
    case good
    case nearGood
    case short
    case bad(String)
  }

  var text: String
  /// Blocks with the same group are joined by single newlines in the clean text (lines of one
  /// plain-text paragraph); different groups become separate paragraphs.
  var group: Int
  var kind: Kind = .text
  /// Characters of the text that sit inside links.
  var linkCharacters = 0
  /// Set when the markup already says this is furniture (nav, footer, a share bar…).
  var markupReason: String?
  /// The HTML element that owns the block, or -1 for plain text.
  var element = -1
  var quality: Quality = .short
  var verdict: Verdict = .undecided

  init(text: String, group: Int, kind: Kind = .text) {
    self.text = text
    self.group = group
    self.kind = kind
  }

  var isKept: Bool {
    if case .content = verdict { return true }
    return false
  }
}
