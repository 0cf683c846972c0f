/// What the reading of one window of an article leaves for the next: the people met so
/// far and who spoke last, so that a pronoun or "le ministre" in a later paragraph still
/// finds its speaker, and the count of paragraphs, by which a quote without a cue takes the
/// last speaker only within its own paragraph.
struct ArticleMemory {
  var registry = PersonRegistry()
  /// The latest speaker and the paragraph where they spoke.
  var lastSpeaker: (person: Int, paragraph: Int)?
  /// The paragraph of the latest sentence read.
  var paragraph = 0
  /// Whether any window so far held a sentence: the first sentence of a window then starts
  /// a new paragraph, since windows end at blank lines.
  var hasReadSentence = false
}
