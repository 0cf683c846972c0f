/// Decides, block by block, what is article and what is furniture, after the jusText method
/// (Pomikálek 2011): a first pass from each block's own length, function-word density, link
/// density and cue phrases; a second pass in which short and borderline blocks follow their
/// neighbours, since article paragraphs come in runs and so does boilerplate.
struct TextBoilerplateClassifier {
  var language: Language
  /// Below this many characters a block says too little about itself to be judged alone.
  var shortLength = 40
  /// Above this many characters a dense block is article text on its own.
  var longLength = 160
  var highDensity = 0.28
  var lowDensity = 0.20
  var maximumLinkDensity = 0.35

  static let fewFunctionWords = "few function words"

  func classify(_ blocks: inout [TextBlock]) {
    judgeAlone(&blocks)
    resolveFromNeighbours(&blocks)
  }

  /// The first pass: each block on its own.
  func judgeAlone(_ blocks: inout [TextBlock]) {
    for index in blocks.indices { blocks[index].quality = quality(of: &blocks[index]) }
    // A short article may have no paragraph long enough to be good on its own; its near-good
    // paragraphs are then the best evidence there is.
    if !blocks.contains(where: { $0.quality == .good }) {
      for index in blocks.indices where blocks[index].quality == .nearGood {
        blocks[index].quality = .good
      }
    }
  }

  // MARK: - First pass

  /// Also marks photo credits as captions, while the folded text is at hand.
  func quality(of block: inout TextBlock) -> TextBlock.Quality {
    if let reason = block.markupReason { return .bad(reason) }
    let length = block.text.unicodeScalars.count
    // Cues are looked for only where they can decide: a long block would need two of them,
    // and a long block that names two is article text about cookies or passwords.
    let folded = BoilerplateCues.fold(block.text)
    if block.kind == .text && CaptionCues.looksLikeCaption(folded: folded) { block.kind = .caption }
    let cues = length < 400 ? BoilerplateCues.matches(in: folded) : []
    let strongCues = cues.filter { !$0.isWeak }
    if let first = strongCues.first, length < 200 || strongCues.count >= 2 {
      return .bad(first.reason)
    }
    if let first = cues.first, length < 40 { return .bad(first.reason) }
    if length > 0 && Double(block.linkCharacters) / Double(length) > maximumLinkDensity {
      return .bad(BoilerplateCues.navigation)
    }
    if length < shortLength { return .short }
    let words = Words.split(Substring(folded))
    if readerAddressShare(words) >= 0.12 { return .bad("reader address") }
    let density = StopWords.density(of: words, language: language)
    if density >= highDensity { return length >= longLength ? .good : .nearGood }
    if density >= lowDensity { return .nearGood }
    return .bad(Self.fewFunctionWords)
  }

  /// Forms and banners talk to the reader ("vous", "your"); news prose rarely does, so a high
  /// share of second-person words marks a block as page furniture.
  private func readerAddressShare(_ words: [Substring]) -> Double {
    guard words.count >= 4 else { return 0 }
    var hits = 0
    for word in words {
      switch word {
      case "vous", "votre", "vos", "you", "your", "yours": hits += 1
      default: break
      }
    }
    return Double(hits) / Double(words.count)
  }

  // MARK: - Context pass

  /// The second pass: short and near-good blocks follow their neighbours.
  func resolveFromNeighbours(_ blocks: inout [TextBlock]) {
    // Near-good blocks become good next to good text, bad between boilerplate.
    let firstPass = blocks.map(\.quality)
    // A button or label ("Advertisement", "Share") is furniture but says nothing about its
    // neighbours: like jusText's short blocks, it is looked through.
    let isTiny = blocks.map { $0.text.unicodeScalars.count < shortLength }
    let (goodBefore, goodAfter) = Self.nearestDecidedIsGood(firstPass, lookingThrough: isTiny)
    for index in blocks.indices where firstPass[index] == .nearGood {
      blocks[index].quality =
        goodBefore[index] || goodAfter[index] ? .good : .bad("between boilerplate")
    }
    // Short blocks then follow their neighbours: kept only between article text.
    let secondPass = blocks.map(\.quality)
    let (shortGoodBefore, shortGoodAfter) = Self.nearestDecidedIsGood(
      secondPass, lookingThrough: isTiny)
    for index in blocks.indices where secondPass[index] == .short {
      blocks[index].quality =
        shortGoodBefore[index] && shortGoodAfter[index] ? .good : .bad("short line")
    }
  }

  /// For each block, whether the nearest good-or-bad block before it, and after it, is good;
  /// the document's edges count as bad. Two linear sweeps, so a long run of short lines costs
  /// no more than a short one.
  private static func nearestDecidedIsGood(
    _ qualities: [TextBlock.Quality], lookingThrough isTiny: [Bool]
  ) -> ([Bool], [Bool]) {
    var before = [Bool](repeating: false, count: qualities.count)
    var after = [Bool](repeating: false, count: qualities.count)
    var lastWasGood = false
    for index in qualities.indices {
      before[index] = lastWasGood
      switch qualities[index] {
      case .good: lastWasGood = true
      case .bad: if !isTiny[index] { lastWasGood = false }
      case .nearGood, .short: break
      }
    }
    lastWasGood = false
    for index in qualities.indices.reversed() {
      after[index] = lastWasGood
      switch qualities[index] {
      case .good: lastWasGood = true
      case .bad: if !isTiny[index] { lastWasGood = false }
      case .nearGood, .short: break
      }
    }
    return (before, after)
  }
}
