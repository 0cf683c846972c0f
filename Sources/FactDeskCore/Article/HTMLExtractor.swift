/// Finds the article in a parsed page: blocks from the markup, a first judgement of each, then
/// the element that holds most of the good text (the article container), then the jusText
/// context pass inside it.
///
/// Choosing a container first is what lifts precision above plain jusText: long comment
/// threads and teaser lists outside the container cannot leak in, however wordy they are.
struct HTMLExtractor {
  var blocks: [TextBlock]
  var removed: [CleanArticle.RemovedPart]
  var page: HTMLPageMetadata
  var language: Language

  /// Share of the page's good text the chosen container must hold.
  private static let containerShare = 0.7

  private static let articleBodyNames: Set<String> = [
    "articlebody", "article-body", "article__body", "story-body", "entry-content",
    "post-content", "article-content", "articlecontent", "story-content", "post-body",
    "content-body", "body-text", "article-text", "story__body", "article__content",
    "post-entry", "entry-body", "articletext", "storybody", "article-body-content",
  ]

  init(document: HTMLDocument, language requested: Language?, keepEverything: Bool) {
    page = HTMLPageMetadata(document)
    let start = document.nodes.firstIndex { $0.name == "body" } ?? 0
    let builder = HTMLBlockBuilder(
      document: document, start: start, keepEverything: keepEverything)
    blocks = builder.blocks
    removed = keepEverything ? [] : builder.removed
    let sample = blocks.lazy.map(\.text).prefix(200).joined(separator: " ")
    let detected =
      page.language.flatMap { $0 == .other ? nil : $0 }
      ?? StopWords.detectLanguage(Substring(sample.prefix(20_000)))
    language = requested ?? detected
    if keepEverything {
      for index in blocks.indices { blocks[index].verdict = .content(.body) }
      return
    }
    let classifier = TextBoilerplateClassifier(language: detected)
    classifier.judgeAlone(&blocks)
    let container = Self.articleContainer(document, blocks: blocks, start: start)
    for index in blocks.indices {
      if !document.contains(container, max(0, blocks[index].element)) {
        // Headings outside stay out of the text too; the headline is found by its tag.
        blocks[index].quality = .bad("outside the article")
      } else if blocks[index].quality == .nearGood
        || blocks[index].quality == .bad(TextBoilerplateClassifier.fewFunctionWords)
      {
        // Inside the container, borderline paragraphs (short news paragraphs, quotes, recipe
        // lines, tables of figures) are the article's own: the container was chosen for
        // holding the good text. Cues and link density still apply.
        blocks[index].quality = .good
      }
    }
    classifier.resolveFromNeighbours(&blocks)
    demoteLogoHeadings()
  }

  /// An <h1> that shares no words with the title the page declares (og:title, JSON-LD
  /// headline) is the site's logo or a section name, not the headline.
  private mutating func demoteLogoHeadings() {
    guard let declared = page.headline else { return }
    let declaredWords = Set(Self.contentWords(declared))
    guard !declaredWords.isEmpty else { return }
    for index in blocks.indices where blocks[index].kind == .heading(level: 1) {
      let words = Self.contentWords(blocks[index].text)
      let shared = words.filter { declaredWords.contains($0) }.count
      if shared * 2 < min(words.count, declaredWords.count) { blocks[index].kind = .text }
    }
  }

  /// Words that carry meaning: not function words, not one or two letters.
  private static func contentWords(_ text: String) -> [Substring] {
    Words.lowercased(in: Substring(text)).filter { word in
      word.count > 2 && !StopWords.french.contains(String(word))
        && !StopWords.english.contains(String(word))
    }
  }

  /// The element holding the article: a marked-up article body when it holds most of the good
  /// text, else the deepest element holding `containerShare` of it.
  static func articleContainer(_ document: HTMLDocument, blocks: [TextBlock], start: Int) -> Int {
    let nodes = document.nodes
    var goodText = [Int](repeating: 0, count: nodes.count)
    var total = 0
    for block in blocks where block.element >= 0 {
      let weight: Int
      switch block.quality {
      case .good: weight = block.text.utf8.count
      case .nearGood: weight = block.text.utf8.count / 2
      default: continue
      }
      total += weight
      var cursor = block.element
      var steps = 0
      while cursor >= 0 && steps < 200 {
        goodText[cursor] += weight
        cursor = nodes[cursor].parent
        steps += 1
      }
    }
    guard total > 0 else { return start }
    var marked: Int?
    for index in nodes.indices where goodText[index] * 10 >= total * 6 {
      guard isMarkedArticleBody(nodes[index]) else { continue }
      if goodText[index] > goodText[marked ?? index] || marked == nil { marked = index }
    }
    if let marked { return marked }
    var container = start
    descending: while true {
      var child = container + 1
      while child < nodes[container].end {
        if Double(goodText[child]) >= Double(total) * containerShare {
          container = child
          continue descending
        }
        child = nodes[child].end
      }
      return container
    }
  }

  private static func isMarkedArticleBody(_ node: HTMLDocument.Node) -> Bool {
    if node.attributes["itemprop"]?.lowercased() == "articlebody" { return true }
    guard let classes = node.attributes["class"]?.lowercased() else { return false }
    return classes.split(separator: " ").contains { articleBodyNames.contains(String($0)) }
  }
}
