/// Turns a parsed page into text blocks: one per paragraph, heading, list item, caption or
/// table cell, with whitespace collapsed and link text counted. Furniture named by the markup
/// (nav, footer, forms, hidden elements, share bars…) is dropped whole and listed.
struct HTMLBlockBuilder {
  private let document: HTMLDocument
  private(set) var blocks: [TextBlock] = []
  private(set) var removed: [CleanArticle.RemovedPart] = []

  private static let blockElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre", "figcaption",
    "caption", "td", "th", "div", "section", "article", "main", "header", "ul", "ol", "dl",
    "table", "tr", "figure", "address", "hr", "body", "center", "details", "summary", "tbody",
  ]

  /// Elements named as furniture by class or id are kept anyway when they hold this share of
  /// the page's paragraph text: WordPress puts "tag-…" and "comments-open" on the article.
  private static let protectedShare = 0.5

  /// With `keepEverything`, only what is never text (scripts, styles, form controls) is
  /// dropped; furniture stays.
  init(document: HTMLDocument, start: Int, keepEverything: Bool = false) {
    self.document = document
    let paragraphText = Self.paragraphTextPerNode(document)
    let pageParagraphText = max(1, paragraphText[start])
    var pending = ""
    var pendingLinkCharacters = 0
    // Open elements, innermost last, each with what it implies for the text inside it, so that
    // a block learns its kind and owner in constant time however deep the page nests.
    var open: [OpenElement] = []
    var linkDepth = 0
    var index = start
    let nodes = document.nodes
    let endOfPage = nodes[start].end

    func kindAndOwner() -> (TextBlock.Kind, Int) {
      guard let context = open.last else { return (.text, -1) }
      if case .heading = context.kind { return (context.kind!, context.heading) }
      if let kind = context.kind { return (kind, context.owner) }
      let owner = context.owner
      // The lead paragraph is marked by its class: "chapo", "standfirst", "lede", "dek"…
      if owner >= 0,
        HTMLFurniture.isStandfirst(nodes[owner])
          || (nodes[owner].parent >= 0 && HTMLFurniture.isStandfirst(nodes[nodes[owner].parent]))
      {
        return (.standfirst, owner)
      }
      return (.text, owner)
    }

    func flush() {
      let text = Self.collapsed(pending)
      if !text.isEmpty {
        let (kind, owner) = kindAndOwner()
        var block = TextBlock(text: text, group: blocks.count, kind: kind)
        block.linkCharacters = min(pendingLinkCharacters, text.unicodeScalars.count)
        block.element = owner
        blocks.append(block)
      }
      pending = ""
      pendingLinkCharacters = 0
    }

    // Pages repeat the same class names hundreds of times; judge each combination once.
    var reasonsByNames: [String: String?] = [:]
    func furnitureReason(_ node: HTMLDocument.Node) -> String? {
      let key =
        node.name + "|" + (node.attributes["class"] ?? "") + "|" + (node.attributes["id"] ?? "")
      guard
        node.attributes["style"] == nil && node.attributes["hidden"] == nil
          && node.attributes["aria-hidden"] == nil && node.attributes["role"] == nil
          && node.attributes["itemprop"] == nil
      else { return HTMLFurniture.reason(for: node) }
      if let known = reasonsByNames[key] { return known }
      let reason = HTMLFurniture.reason(for: node)
      reasonsByNames[key] = reason
      return reason
    }

    func close(upTo position: Int) {
      while let last = open.last?.index, nodes[last].end <= position {
        // Flush while the element is still open, so the block knows it was an <h2> or <li>.
        if Self.blockElements.contains(nodes[last].name) { flush() }
        open.removeLast()
        if nodes[last].name == "a" { linkDepth -= 1 }
      }
    }

    while index < endOfPage {
      close(upTo: index)
      let node = nodes[index]
      if node.isText {
        pending += node.text
        if linkDepth > 0 { pendingLinkCharacters += node.text.unicodeScalars.count }
        index += 1
        continue
      }
      if index != start,
        let reason = keepEverything
          ? HTMLFurniture.droppedElements[node.name] : furnitureReason(node),
        HTMLFurniture.droppedElements[node.name] != nil
          || Double(paragraphText[index]) < Double(pageParagraphText) * Self.protectedShare
      {
        if !HTMLFurniture.silentReasons.contains(reason) {
          let text = Self.collapsed(document.text(of: index))
          if !text.isEmpty { removed.append(CleanArticle.RemovedPart(text: text, reason: reason)) }
        }
        index = node.end
        continue
      }
      if node.name == "br" {
        pending += "\u{2028}"  // a line break that whitespace collapsing keeps
      } else if Self.blockElements.contains(node.name) {
        flush()
      }
      if node.name == "a" { linkDepth += 1 }
      if node.end > index + 1 {
        open.append(OpenElement(index: index, name: node.name, parent: open.last))
      } else if node.name == "a" {
        linkDepth -= 1
      }
      index += 1
    }
    close(upTo: Int.max)
    flush()
  }

  static func isBlockElement(_ name: String) -> Bool { blockElements.contains(name) }

  /// Characters of text inside <p> elements, per node, summed up the tree in one backward pass.
  private static func paragraphTextPerNode(_ document: HTMLDocument) -> [Int] {
    let nodes = document.nodes
    var counts = [Int](repeating: 0, count: nodes.count)
    var insideParagraph = [Bool](repeating: false, count: nodes.count)
    for index in nodes.indices {
      let parent = nodes[index].parent
      insideParagraph[index] = nodes[index].name == "p" || (parent >= 0 && insideParagraph[parent])
      if nodes[index].isText && insideParagraph[index] {
        counts[index] = nodes[index].text.utf8.count
      }
    }
    for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
      counts[nodes[index].parent] += counts[index]
    }
    return counts
  }

  /// Collapses runs of ASCII whitespace to one space, keeping explicit line breaks from <br>
  /// (U+2028, E2 80 A8) and the no-break spaces of French typography. Works on bytes.
  static func collapsed(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      var pendingBreak = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
          pendingSpace = true
          index += 1
          continue
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
          pendingBreak = true
          index += 3
          continue
        default:
          break
        }
        if !output.isEmpty {
          if pendingBreak { output.append(0x0A) } else if pendingSpace { output.append(0x20) }
        }
        pendingSpace = false
        pendingBreak = false
        output.append(byte)
        index += 1
      }
      return String(decoding: output, as: UTF8.self)
    }
  }
}

/// An element being walked, with the block owner and kind its text inherits.
private struct OpenElement {
  var index: Int
  /// The innermost block element at or above this one: the block's owner.
  var owner: Int
  /// The kind given by the innermost heading, list item, caption, quote, pre or cell.
  var kind: TextBlock.Kind?
  /// The heading element, when `kind` is a heading (a heading owns its own text).
  var heading: Int

  init(index: Int, name: String, parent: OpenElement?) {
    self.index = index
    owner = HTMLBlockBuilder.isBlockElement(name) ? index : parent?.owner ?? -1
    heading = parent?.heading ?? -1
    switch name {
    case "h1", "h2", "h3", "h4", "h5", "h6":
      kind = .heading(level: Int(String(name.last!)) ?? 2)
      heading = index
    case "li", "dd", "dt": kind = .listItem
    case "figcaption", "caption": kind = .caption
    case "blockquote": kind = .quote
    case "pre": kind = .preformatted
    case "td", "th": kind = .tableCell
    default: kind = parent?.kind
    }
  }
}
