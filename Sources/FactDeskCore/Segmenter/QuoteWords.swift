/// Words around a quote that say what kind of quote it is.
enum QuoteWords {
  /// Articles and prepositions that, right before a short quote, make it a noun or a name
  /// ("une "prime d'équipement"", "aux "Territoires numériques éducatifs"", "a "tipping
  /// point"") rather than words somebody said.
  static let nounIntroducers = [
    "un", "une", "le", "la", "les", "l", "du", "des", "au", "aux", "de", "d", "ce", "cette",
    "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "type", "baptisé", "baptisée", "en",
    "nommé", "nommée", "appelé", "appelée", "intitulé", "intitulée", "mot",
    "terme", "label", "opération", "programme", "plan", "dispositif",
    "a", "an", "the", "this", "that", "so-called", "called", "named", "dubbed", "term", "word",
    "phrase", "label", "program", "programme", "plan", "operation", "project", "his", "her",
    "their", "its", "our",
  ]
}
