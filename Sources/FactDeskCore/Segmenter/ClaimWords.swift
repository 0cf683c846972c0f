/// Words that make a sentence worth checking, or less so. The scorer names each family in
/// the reasons it gives, so an editor can see why a sentence was flagged.
enum ClaimWords {
  static let months = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "hier", "yesterday",
  ]

  static let comparisons = [
    "plus", "moins", "davantage", "hausse", "baisse", "baissé", "baissée", "augmenté", "augmentée",
    "augmente", "augmentation", "grimpé", "bondi", "reculé", "chuté", "progressé", "diminuée",
    "diminué", "diminue", "diminution", "doublé", "triplé", "progressé", "progression",
    "recul", "reculé", "chuté", "chute", "dépassé", "dépasse", "supérieur", "supérieure",
    "inférieur", "inférieure", "contre", "comparé", "rapport", "more", "less", "fewer",
    "higher", "lower", "increase", "increased", "increases", "decrease", "decreased", "rose",
    "risen", "fell", "fallen", "grew", "grown", "doubled", "tripled", "dropped", "declined",
    "than", "compared", "versus", "exceeded", "exceeds", "up", "down", "jumped", "surged",
  ]

  static let superlatives = [
    "record", "premier", "première", "dernier", "dernière", "meilleur", "meilleure", "pire",
    "jamais", "inédit", "inédite", "most", "least", "largest", "biggest", "highest", "lowest",
    "best", "worst", "first", "ever", "fastest", "greatest", "smallest", "only",
    "seul", "seule", "principal", "principale", "majorité", "majority",
  ]

  static let causal = [
    "car", "parce", "cause", "raison", "grâce", "entraîné", "entraîne", "provoqué", "provoque",
    "conséquence", "because", "due", "caused", "causes", "led", "result", "resulted",
    "therefore", "consequently", "thanks", "since", "donc", "ainsi", "permis", "permet",
  ]

  static let statistical = [
    "moyenne", "taux", "médiane", "statistique", "statistiques", "sondage", "étude",
    "enquête", "données", "chiffres", "chiffre", "part", "proportion", "nombre", "total",
    "budget", "population", "average", "rate", "median", "statistics", "survey", "poll",
    "study", "data", "figures", "share", "proportion", "number", "total", "percentage",
    "capita", "unemployment", "chômage", "inflation", "croissance", "growth", "gdp", "pib",
  ]

  static let currencies = [
    "euros", "euro", "dollars", "dollar", "livres", "pounds", "yuan", "yens", "francs",
    "€", "$", "£", "¥", "m€", "md€", "mds", "k€",
  ]
  static let percent = ["%", "pour", "percent", "per", "pourcentage", "points"]

  /// Opinion, wish and obligation: what somebody thinks should be, which cannot be checked.
  static let opinion = [
    "faut", "doit", "doivent", "devrait", "devraient", "souhaitable", "souhaite", "souhaiter",
    "souhaitent", "espère", "pense", "crois", "important", "importance", "nécessaire",
    "essentiel", "should", "must", "ought", "hope", "hopes", "believe", "believes", "think",
    "thinks", "feel", "feels", "wish", "wishes", "want", "wants", "beautiful", "great",
    "terrible", "magnifique", "formidable", "honte", "scandaleux", "j'aime", "love", "hate",
    "valoriser", "importante", "needs", "need", "opinion", "prefer", "préfère", "vouloir",
  ]

  static let future = [
    "sera", "seront", "va", "vont", "pourrait", "pourraient", "prochain", "prochaine",
    "prochainement", "bientôt", "organisera", "aura", "auront", "will", "shall", "going",
    "upcoming", "next", "tomorrow", "demain", "would", "could", "might", "may", "invite",
    "invités", "rendez-vous",
  ]

  static let factualVerbs = [
    "est", "sont", "était", "étaient", "a", "ont", "avait", "compte", "comptait", "représente",
    "représentait", "atteint", "atteignait", "coûte", "coûté", "totalise", "emploie",
    "prévoient", "prévoit", "fournis", "fournit", "annoncée", "annoncé", "adopté", "voté",
    "signé", "créé", "lancé", "accueilli", "accueille", "enregistré", "dépensé", "financé",
    "is", "are", "was", "were", "has", "have", "had", "counts", "represents", "reached",
    "costs", "cost", "employs", "spent", "funded", "signed", "passed", "voted", "launched",
    "created", "recorded", "received", "killed", "died", "won", "lost", "owns",
  ]

  static let numberWords = [
    "million", "millions", "milliard", "milliards", "billion", "billions", "trillion",
    "thousand", "thousands", "hundred", "hundreds", "mille", "centaine", "centaines",
    "dizaine", "dizaines", "moitié", "tiers", "quart", "half", "third", "quarter", "dozen",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "cent",
    "two", "three", "four", "five", "seven", "eight", "nine", "ten", "twenty", "fifty",
  ]
}
