/// Verbs of saying, judging and wanting that attach a quote or a reported statement to its
/// speaker, in every form a news text uses them.
///
/// French newswire varies its cues far beyond "dire": "estime le ministre", "défend-il",
/// "précise-t-elle", "a-t-il souligné". Regular -er verbs are listed by stem and conjugated
/// here; the others are listed form by form.
enum CueVerbs {
  /// Stems of regular French -er verbs ("estim" gives estime, estiment, estimait, estimé…).
  static let frenchErStems = [
    "estim", "soulign", "relev", "jug", "ajout", "précis", "assur", "dénonc", "indiqu",
    "souhait", "déclar", "affirm", "expliqu", "annonc", "insist", "rappel", "avanc", "confi",
    "constat", "déplor", "regrett", "martel", "lanc", "racont", "not", "observ", "plaid",
    "prôn", "réclam", "rétorqu", "répliqu", "ironis", "comment", "témoign", "confirm",
    "détaill", "résum", "argument", "revendiqu", "demand", "propos", "tranch", "assen",
    "nuanc", "insist", "alert", "mentionn", "signal", "résum", "pens", "espér",
    "raill", "fustig", "accus", "salu", "interrog", "exhort", "jur",
    "avou", "concéd", "conseill", "recommand",
    "tweet", "dévoil", "évoqu", "pronostiqu", "qualifi", "parl", "raconte", "résum",
  ]

  /// French cues that do not follow the -er pattern, or whose stem changes.
  static let frenchIrregular = [
    "dit", "disent", "disait", "disaient", "dire", "dira", "a dit", "défend", "défendent",
    "défendait", "défendu", "défendre", "prévient", "préviennent", "prévenait", "prévenu",
    "répond", "répondent", "répondait", "répondu", "poursuit", "poursuivi", "poursuivait",
    "conclut", "conclu", "concluait", "reconnaît", "reconnait", "reconnu", "reconnaissait",
    "admet", "admis", "admettait", "promet", "promis", "soutient", "soutiennent", "soutenu",
    "soutenait", "croit", "croyait", "considère", "considèrent", "considérait", "considéré",
    "suggère", "suggéré", "suggérait", "appelle", "appellent", "espère", "espèrent",
    "écrit", "écrivait", "dément", "démenti", "avertit", "averti", "inquiète", "s'inquiète",
    "félicite", "interroge", "rappelle", "rappellent", "lâche", "glisse", "lance", "tonne",
    "juge", "jugent", "jugeait", "jugé", "relève", "relèvent", "relevait", "relevé",
    "précise", "répète", "répété", "martèle", "explique", "insiste", "veut", "voulait",
    "entend", "entendait", "laisse", "tient", "tenait", "résume", "reprend", "repris",
    "confie", "préfère", "préféré", "rétorque", "ajoute", "assure", "souligne", "estime",
    "fit", "reprit", "répondit", "demanda", "ajouta", "cria", "murmura", "s'écria", "écria",
    "continua", "poursuivit", "reprend", "s'exclame", "exclame", "interroge", "lança",
    "réagi", "réagit", "réagissait", "félicité", "félicitée", "réjoui", "réjouie", "réjouit",
    "averti", "avertie", "prévenu", "prévenue", "dit", "écrit", "conclu", "reconnu",
  ]

  static let englishBases = [
    "say", "add", "tell", "state", "claim", "note", "explain", "insist", "warn", "argue",
    "call", "write", "report", "announce", "declare", "assert", "acknowledge", "admit",
    "suggest", "point", "recall", "reply", "respond", "answer", "predict", "promise", "stress",
    "emphasize", "emphasise", "maintain", "contend", "estimate", "testify", "confirm", "deny",
    "comment", "complain", "concede", "observe", "remark", "continue", "conclude", "urge",
    "believe", "think", "caution", "allege", "tweet", "recount", "describe", "reveal",
    "indicate", "propose", "agree", "counter", "charge", "boast", "vow", "pledge", "ask",
    "wonder", "joke", "quip", "shout", "scream", "whisper", "mutter", "exclaim",
    "explain", "announce", "hope", "want", "worry", "fear", "suspect", "stress", "describe",
  ]

  /// English irregular forms.
  static let englishIrregular = [
    "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "written",
    "thought", "thinks", "replied", "replies", "testified", "testifies", "denied", "denies",
    "according", "spoke", "speaks", "put", "puts", "added", "adds", "hoped",
  ]

  /// "pour" counts only opening a sentence before a name and a comma: "Pour Marine Le Pen,
  /// ce bilan est…".
  static let sourcePrepositions = ["selon", "après", "according", "per", "pour"]
  static let auxiliaries = ["a", "avait", "aura", "aurait", "ont", "avaient", "has", "had"]
  static let complementizers = ["que", "qu", "that", "whether", "si"]

  static var frenchForms: [String] {
    var forms = frenchIrregular
    for stem in frenchErStems {
      for ending in ["e", "ent", "ait", "aient", "a", "èrent", "é", "ée", "és", "ées", "er"] {
        forms.append(stem + ending)
      }
    }
    return forms
  }

  static var englishForms: [String] {
    var forms = englishIrregular
    for base in englishBases {
      forms.append(base)
      let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
      let ies = base.hasSuffix("y") && !base.hasSuffix("ay") && !base.hasSuffix("ey")
      forms.append(ies ? String(base.dropLast()) + "ies" : base + "s")
      forms.append(ies ? String(base.dropLast()) + "ied" : stem + "ed")
      forms.append(stem + "ing")
    }
    return forms
  }
}
