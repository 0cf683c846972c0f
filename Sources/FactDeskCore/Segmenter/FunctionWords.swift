/// The commonest function words of French and English: enough to tell the two apart in a
/// paragraph, and to keep "Les" or "The" at a sentence start from passing for a name.
enum FunctionWords {
  static let french = [
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "dans", "pour",
    "par", "sur", "avec", "qui", "que", "quoi", "ne", "pas", "plus", "au", "aux", "ce", "cette",
    "ces", "il", "elle", "ils", "elles", "nous", "vous", "je", "tu", "on", "son", "sa", "ses",
    "leur", "leurs", "mais", "ou", "où", "donc", "car", "été", "être", "avoir", "ont", "était",
    "aussi", "comme", "tout", "tous", "toute", "toutes", "entre", "sans", "sous", "chez",
    "depuis", "selon", "lors", "d", "l", "qu", "n", "s", "c", "j", "m", "t", "y", "en", "à",
    "se", "si", "très", "même", "après", "avant", "ainsi", "dont", "lui", "notre", "nos", "votre",
    "vos", "mon", "ma", "mes", "ton", "ta", "tes", "cet", "fait", "peut", "faut", "déjà",
  ]

  static let english = [
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her",
    "their", "our", "your", "my", "not", "no", "as", "if", "than", "then", "there", "which",
    "who", "whom", "what", "when", "where", "why", "how", "will", "would", "can", "could",
    "should", "do", "does", "did", "about", "into", "after", "before", "over", "also", "just",
    "all", "any", "some", "more", "most", "so", "up", "out", "only", "very", "said", "s", "t",
  ]

  /// Words that, capitalised after an abbreviation such as "U.S." or "etc.", show that a new
  /// sentence began there rather than a name continuing ("the U.S. Government").
  static let sentenceStarters = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "his", "her", "their", "our", "my", "its", "how", "what", "when", "where",
    "why", "who", "but", "and", "so", "if", "in", "on", "at", "after", "before", "however",
    "le", "la", "les", "un", "une", "des", "il", "elle", "ils", "elles", "nous", "on", "ce",
    "cette", "ces", "mais", "et", "dans", "pour", "en", "à", "selon", "depuis", "pourtant",
    "cependant", "ainsi", "alors", "c'est", "c", "l", "d", "qu",
  ]
}
