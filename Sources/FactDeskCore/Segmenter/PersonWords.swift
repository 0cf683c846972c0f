/// Words that designate people: role nouns, pronouns, titles and the determiners that tell
/// a speaker's grammatical gender, which is what pronoun resolution matches on.
enum PersonWords {
  static let roleNouns = [
    // French
    "ministre", "président", "présidente", "secrétaire", "maire", "député", "députée",
    "sénateur", "sénatrice", "directeur", "directrice", "porte-parole", "préfet", "préfète",
    "recteur", "rectrice", "chef", "cheffe", "responsable", "professeur", "professeure",
    "chercheur", "chercheuse", "économiste", "avocat", "avocate", "délégué", "déléguée",
    "conseiller", "conseillère", "adjoint", "adjointe", "patron", "patronne", "fondateur",
    "fondatrice", "dirigeant", "dirigeante", "syndicaliste", "commissaire", "procureur",
    "procureure", "juge", "élu", "élue", "candidat", "candidate", "sociologue", "historien",
    "historienne", "médecin", "expert", "experte", "spécialiste", "entraîneur", "sélectionneur",
    "gouverneur", "ambassadeur", "ambassadrice", "chancelier", "chancelière", "premier",
    "première", "vice-président", "vice-présidente", "pdg", "dg", "coordinateur",
    "coordinatrice", "rapporteur", "rapporteure", "présidente-directrice", "inspecteur",
    "inspectrice", "doyen", "doyenne", "co-fondateur", "cofondateur", "cofondatrice",
    "journaliste", "porte-parole", "militant", "militante", "habitant", "habitante",
    // English
    "minister", "president", "secretary", "mayor", "senator", "governor", "spokesman",
    "spokeswoman", "spokesperson", "director", "chief", "executive", "chairman",
    "chairwoman", "chair", "professor", "economist", "lawyer", "attorney", "official",
    "officer", "analyst", "researcher", "leader", "manager", "head", "founder", "ceo",
    "representative", "congressman", "congresswoman", "candidate", "judge", "prosecutor",
    "commissioner", "chancellor", "ambassador", "coach", "scientist", "expert", "author",
    "superintendent", "sheriff", "councilman", "councilwoman", "councillor", "diplomat",
    "historian", "doctor", "physician", "principal", "dean", "adviser", "advisor", "aide",
    "treasurer", "general", "colonel", "captain", "inspector", "detective", "chairperson",
    "journalist", "activist", "resident", "owner", "student", "teacher", "worker",
    "councilmember", "councilwoman", "assemblyman", "assemblywoman", "lawmaker", "legislator",
  ]

  static let malePronouns = ["il", "he", "him", "his", "lui"]
  static let femalePronouns = ["elle", "she", "her"]
  static let maleDeterminers = ["le", "du", "au", "ce", "cet", "un"]
  static let femaleDeterminers = ["la", "cette", "une"]

  /// Spelled-out titles and abbreviated ones (without their period).
  static let titles = [
    "m", "mm", "mme", "mmes", "mlle", "me", "dr", "pr", "mr", "mrs", "ms", "miss", "sir",
    "madame", "monsieur", "mademoiselle", "maître", "docteur", "professor", "prof", "lord",
    "lady", "dame", "sen", "rep", "gov", "gen", "rev", "mister",
  ]
  static let femaleTitles = ["mme", "mmes", "mlle", "mrs", "ms", "miss", "madame", "lady", "dame"]
  static let maleTitles = ["m", "mm", "mr", "monsieur", "sir", "lord", "mister"]

  /// Words that mark a byline or a photo credit rather than a statement.
  static let creditWords = [
    "journaliste", "rédaction", "photo", "crédit", "droits", "réservés", "afp", "reuters",
    "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale",
    "journalist", "reporter", "correspondent", "staff", "writer", "credit", "getty", "images",
    "ap", "copyright", "©", "dr",
  ]

  /// Particles that join the words of a name: "Jean de La Fontaine", "Ludwig van Beethoven".
  static let nameParticles = [
    "de", "van", "von", "da", "di", "del", "der", "bin", "ibn", "al", "du", "le", "la",
  ]
}
