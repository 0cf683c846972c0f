/// Finds the quotes of a text, their kinds and speakers, and the speakers of reported
/// statements, in one pass over the sentences.
///
/// Each sentence is tokenised once, with the quoted words left out so that a cue or a name
/// is only looked for in the reporter's words. Names with a title or a stated role become
/// people; cues resolve their subject (a name, a pronoun, "le ministre") to a person; each
/// quote takes the speaker of the nearest cue around it, or of the "(Name)" after it, or
/// else, unless it is a term, the last speaker of its paragraph. The parts of a quote run
/// over several paragraphs, or cut by an incise, share the speaker of the whole.
struct QuoteAnalysis {
  let text: [Unicode.Scalar]
  let sentences: [TextSpan]
  var quotes: [FoundQuote] = []
  /// The people and the last speaker carried over from the article's earlier windows,
  /// updated by this one.
  private(set) var memory: ArticleMemory
  /// The speaker of each sentence that reports speech, by sentence index.
  var sentenceSpeakers: [Int?]
  /// Check-worthiness features of each sentence, measured here because this pass already
  /// tokenises every sentence and tokenising is most of the segmenter's time.
  var claimFeatures: [ClaimFeatures] = []

  private var cuesBySentence: [Int: [Cue]] = [:]
  private var tokens: [Token] = []
  private var reporterTokens: [Token] = []

  /// Reads one window of an article, `text`, whose first scalar is at `windowStart` in the
  /// article; every span stays in the window's offsets except the people's mentions,
  /// which outlive the window.
  init(
    text: [Unicode.Scalar], sentences: [TextSpan], windowStart: Int,
    memory: inout ArticleMemory
  ) {
    self.text = text
    self.sentences = sentences
    // Taken rather than copied: a copy left with the caller would make the first change
    // to the people copy all of them, in every window.
    self.memory = memory
    memory = ArticleMemory()
    self.memory.registry.offsetBase = windowStart
    sentenceSpeakers = Array(repeating: nil, count: sentences.count)
  }

  private var registry: PersonRegistry {
    get { memory.registry }
    _modify { yield &memory.registry }
  }

  private var lastSpeaker: (person: Int, paragraph: Int)? {
    get { memory.lastSpeaker }
    set { memory.lastSpeaker = newValue }
  }

  mutating func run() {
    let marks = QuoteScanner.quotes(in: text)
    let quoted = QuotedRegions(marks)
    var regionCursor = 0
    // Quotes waiting for the sentence where they close, ordered by that sentence.
    var pending = marks.enumerated().map { ($0.offset, sentenceIndex(of: $0.element.close)) }
    pending.sort { ($0.1, $0.0) < ($1.1, $1.0) }
    var pendingCursor = 0
    claimFeatures.reserveCapacity(sentences.count)
    var found: [(open: Int, quote: FoundQuote)] = []
    var paragraph = memory.paragraph

    for (index, sentence) in sentences.enumerated() {
      // An earlier window ended at a blank line, so a window's first sentence opens a
      // paragraph whenever any sentence came before it.
      let opensParagraph =
        index > 0
        ? isParagraphBreak(from: sentences[index - 1].end, to: sentence.start)
        : memory.hasReadSentence
      if opensParagraph { paragraph += 1 }
      let hasQuote = pendingCursor < pending.count && pending[pendingCursor].1 == index
      Tokenizer.tokens(in: text, from: sentence.start, to: sentence.end, into: &tokens)
      let features = ClaimFeatures.measure(
        tokens, text: text, context: SentenceContext(text: text, span: sentence))
      claimFeatures.append(features)
      // Only sentences with a quote or a word that can name a speaker need a closer look.
      if hasQuote || !features.wordClasses.isDisjoint(with: Self.speakerWords) {
        reporterTokens.removeAll(keepingCapacity: true)
        if quoted.mayMeet(from: sentence.start, to: sentence.end, cursor: &regionCursor) {
          for token in tokens where !quoted.contains(token.start, cursor: &regionCursor) {
            reporterTokens.append(token)
          }
        } else {
          reporterTokens.append(contentsOf: tokens)  // most sentences quote nobody
        }
        analyseSentence(index, paragraph: paragraph)
      }
      while pendingCursor < pending.count && pending[pendingCursor].1 == index {
        let mark = marks[pending[pendingCursor].0]
        found.append((mark.open, attribute(mark, closingIn: index, paragraph: paragraph)))
        pendingCursor += 1
      }
    }
    found.sort { $0.open < $1.open }
    quotes = found.map(\.quote)
    shareSpeakersAcrossParagraphs(marks)
    memory.paragraph = paragraph
    memory.hasReadSentence = memory.hasReadSentence || !sentences.isEmpty
  }

  static let speakerWords: WordClass = [
    .cueVerb, .sourcePreposition, .personTitle, .titleAbbreviation, .roleNoun,
  ]

  // MARK: - Sentences

  private mutating func analyseSentence(_ index: Int, paragraph: Int) {
    var named: [Int: Int] = [:]  // mention start -> person
    var cursor = 0
    while cursor < reporterTokens.count {
      let token = reporterTokens[cursor]
      guard token.is(.capitalised) || token.has(.personTitle) else {
        cursor += 1
        continue
      }
      if let (mention, next) = qualifiedName(at: cursor) {
        named[mention.span.start] = registry.register(
          mention, text: text, roleNoun: roleNoun(of: mention))
        cursor = next
      } else {
        cursor += 1
      }
    }
    var cues = SpeakerFinder.cues(in: reporterTokens)
    for cueIndex in cues.indices {
      guard let reference = cues[cueIndex].reference else { continue }
      let speaker: Int?
      switch reference {
      case .name(let mention, _) where isUnknownWordOpeningSentence(mention):
        speaker = nil
      case .name(let mention, let roleNoun):
        speaker =
          named[mention.span.start]
          ?? registry.register(
            mention, text: text, roleNoun: roleNoun ?? self.roleNoun(of: mention))
      case .pronoun(let gender, let span):
        speaker = registry.resolvePronoun(gender, at: span)
      case .role(let noun, let gender, let span):
        speaker = registry.resolveRole(noun, gender: gender, at: span, text: text)
      }
      cues[cueIndex].speaker = speaker
      if let speaker {
        registry.touch(speaker)
        lastSpeaker = (speaker, paragraph)
        if sentenceSpeakers[index] == nil { sentenceSpeakers[index] = speaker }
      }
    }
    if !cues.isEmpty { cuesBySentence[index] = cues }
  }

  /// A single capitalised word at the start of the sentence, with no title and nobody of
  /// that name met before: a sentence's first word, not a surname ("Critics warned").
  private func isUnknownWordOpeningSentence(_ mention: NameMention) -> Bool {
    guard mention.words.count == 1, !mention.hasTitle,
      mention.span.start == reporterTokens.first?.start
    else { return false }
    return !registry.isKnownSurname(WordHash.of(text[mention.span.start..<mention.span.end]))
  }

  /// A name worth keeping as a person: with a title, a stated role, or a known surname.
  private func qualifiedName(at index: Int) -> (NameMention, Int)? {
    let token = reporterTokens[index]
    if let (mention, next) = NameReader.name(in: reporterTokens, at: index, allowSingleWord: false)
    {
      var withRole = SpeakerPhrase.withRoleBefore(mention, reporterTokens, nameStart: index)
      if withRole.role == nil { withRole.role = roleAfter(next) }
      if withRole.hasTitle || withRole.role != nil
        || registry.isKnownSurname(surnameHash(of: mention, before: next))
      {
        return (withRole, next)
      }
      return nil
    }
    if token.is(.word), registry.isKnownSurname(token.hash), index > 0 {
      let span = TextSpan(start: token.start, end: token.end)
      let mention = NameMention(
        span: span, words: [span], hasTitle: false, gender: nil, role: nil, roleGender: nil)
      return (mention, index + 1)
    }
    return nil
  }

  /// The hash of a name's last word: that of the token before `next` when it is that
  /// word, as it nearly always is, rather than hashed again from the text.
  private func surnameHash(of mention: NameMention, before next: Int) -> UInt64 {
    let surname = mention.words[mention.words.count - 1]
    if next > 0 && reporterTokens[next - 1].start == surname.start
      && reporterTokens[next - 1].end == surname.end
    {
      return reporterTokens[next - 1].hash
    }
    return WordHash.of(text[surname.start..<surname.end])
  }

  /// ", ministre de l'Éducation nationale," after a name: the role up to the next comma.
  private func roleAfter(_ index: Int) -> TextSpan? {
    guard index + 1 < reporterTokens.count, reporterTokens[index].first == "," else {
      return nil
    }
    var start = index + 1
    if SpeakerPhrase.isArticle(reporterTokens[start]) && start + 1 < reporterTokens.count {
      start += 1
    }
    guard reporterTokens[start].has(.roleNoun) else { return nil }
    var end = start
    while end + 1 < reporterTokens.count && end - start < 8
      && !reporterTokens[end + 1].is(.punctuation)
    {
      end += 1
    }
    return TextSpan(start: reporterTokens[start].start, end: reporterTokens[end].end)
  }

  private func roleNoun(of mention: NameMention) -> UInt64? {
    guard let role = mention.role else { return nil }
    // The role noun itself, not the words before it: "minister" in "Finance Minister".
    var first: UInt64?
    var start = role.start
    while start < role.end {
      var end = start
      while end < role.end && (text[end].isWordLetter || text[end].isHyphen) { end += 1 }
      if end > start {
        let hash = WordHash.of(text[start..<end])
        if Lexicon.classes(ofHash: hash).contains(.roleNoun) { return hash }
        if first == nil { first = hash }
      }
      start = end + 1
    }
    return first
  }

  // MARK: - Quotes

  private mutating func attribute(_ mark: QuoteMarks, closingIn sentence: Int, paragraph: Int)
    -> FoundQuote
  {
    let openSentence = sentenceIndex(of: mark.open)
    var best: Cue?
    var bestDistance = Int.max
    for index in openSentence...max(openSentence, sentence) {
      guard let cues = cuesBySentence[index] else { continue }
      // Cues are in text order: look only at the nearest ones on each side of the quote,
      // so a sentence with thousands of quotes and cues stays linear.
      var low = 0
      var high = cues.count
      while low < high {
        let middle = (low + high) / 2
        if cues[middle].span.start < mark.close { low = middle + 1 } else { high = middle }
      }
      for candidate in [
        nearestCue(in: cues, from: low - 1, step: -1),
        nearestCue(in: cues, from: low, step: 1),
      ] {
        guard let cue = candidate else { continue }
        let distance =
          cue.span.start >= mark.close
          ? cue.span.start - mark.close : max(0, mark.open - cue.span.end) + 1
        if distance < bestDistance {
          best = cue
          bestDistance = distance
        }
      }
    }
    let directlyCued = best != nil && bestDistance <= 3
    let sentenceStart = sentences.isEmpty ? 0 : sentences[openSentence].start
    let kind = QuoteClassifier.kind(
      of: mark, in: text, sentenceStart: sentenceStart, directlyCued: directlyCued)
    var quote = FoundQuote(span: mark.content, kind: kind)
    guard kind != .term else { return quote }
    if let best, let speaker = best.speaker {
      quote.speaker = speaker
      quote.cue = string(best.span)
    } else if let speaker = parenthesisedSpeaker(after: mark.close) {
      quote.speaker = speaker
    } else if let lastSpeaker, lastSpeaker.paragraph == paragraph {
      quote.speaker = lastSpeaker.person
    }
    if let speaker = quote.speaker {
      lastSpeaker = (speaker, paragraph)
      if openSentence < sentenceSpeakers.count && sentenceSpeakers[openSentence] == nil {
        sentenceSpeakers[openSentence] = speaker
      }
    }
    return quote
  }

  /// The parts of a quote run over several paragraphs are one utterance: a part without a
  /// speaker (the cue often comes after the last part) takes the speaker of another part.
  private mutating func shareSpeakersAcrossParagraphs(_ marks: [QuoteMarks]) {
    var utteranceOf: [Int: Int] = [:]  // part open -> utterance open
    for mark in marks where mark.utteranceOpen != mark.open || mark.utterance != mark.content {
      utteranceOf[mark.content.start] = mark.utteranceOpen
    }
    guard !utteranceOf.isEmpty else { return }
    var speakers: [Int: (Int, String?)] = [:]
    for quote in quotes {
      if let utterance = utteranceOf[quote.span.start], let speaker = quote.speaker,
        speakers[utterance] == nil
      {
        speakers[utterance] = (speaker, quote.cue)
      }
    }
    for index in quotes.indices where quotes[index].speaker == nil {
      guard let utterance = utteranceOf[quotes[index].span.start],
        let (speaker, cue) = speakers[utterance], quotes[index].kind != .term
      else { continue }
      quotes[index].speaker = speaker
      quotes[index].cue = cue
    }
  }

  /// The first cue with a speaker from `start` in direction `step`, a few cues at most.
  private func nearestCue(in cues: [Cue], from start: Int, step: Int) -> Cue? {
    var index = start
    var looked = 0
    while index >= 0 && index < cues.count && looked < 8 {
      if cues[index].speaker != nil { return cues[index] }
      index += step
      looked += 1
    }
    return nil
  }

  /// `"…" (J-M Blanquer)`: the headline convention of naming the speaker in brackets.
  private mutating func parenthesisedSpeaker(after close: Int) -> Int? {
    let open = SentenceSplitter.nextVisible(text, from: close + 1)
    guard open < text.count, text[open] == "(" else { return nil }
    var end = open + 1
    while end < text.count && text[end] != ")" && end - open < 60 { end += 1 }
    guard end < text.count, text[end] == ")" else { return nil }
    var local: [Token] = []
    Tokenizer.tokens(in: text, from: open + 1, to: end, into: &local)
    guard let (mention, next) = NameReader.name(in: local, at: 0, allowSingleWord: true),
      next == local.count
    else { return nil }
    return registry.register(mention, text: text)
  }

  // MARK: - Helpers

  private func sentenceIndex(of offset: Int) -> Int {
    var low = 0
    var high = sentences.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if sentences[middle].start <= offset { low = middle } else { high = middle - 1 }
    }
    return max(0, low)
  }

  private func isParagraphBreak(from start: Int, to end: Int) -> Bool {
    var breaks = 0
    var cursor = start
    while cursor < end {
      if text[cursor].isLineBreak { breaks += 1 }
      cursor += 1
    }
    return breaks >= 2
  }

  private func string(_ span: TextSpan) -> String {
    String(String.UnicodeScalarView(text[span.start..<span.end]))
  }
}
