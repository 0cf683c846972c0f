/// Phrases that mark a line or block as page furniture rather than article, in French and
/// English, each with the reason reported in `removed`.
///
/// Body text can mention cookies or passwords, so a cue alone condemns only short blocks;
/// longer ones need two cues (see `TextBoilerplateClassifier`).
enum BoilerplateCues {
  static let cookieBanner = "cookie banner"
  static let form = "form"
  static let errorMessage = "error message"
  static let readAlso = "read-also"
  static let contact = "contact"
  static let navigation = "navigation"
  static let subscription = "subscription"
  static let shareBar = "share bar"
  static let legal = "legal notice"
  static let comments = "comments"
  static let advertisement = "advertisement"

  private static let table: [(reason: String, phrases: [String])] = [
    (
      cookieBanner,
      [
        "cookie", "consentement", "~consent", "continuer sans accepter", "tout accepter",
        "accept all", "données personnelles", "personal data", "rgpd", "gdpr", "~traceurs",
        "partenaires utilisent", "our partners use", "privacy settings", "~paramétrer",
      ]
    ),
    (
      form,
      [
        "mot de passe", "password", "champs obligatoires", "champ obligatoire", "required field",
        "adresse e-mail", "adresse mail", "email address", "e-mail address", "~identifiant",
        "se connecter", "connectez-vous", "log in", "~login", "sign in", "sign up",
        "créer un compte", "création du compte", "création de compte", "create an account",
        "~votre compte", "~your account", "~valider", "~submit", "renseignez", "veuillez remplir",
        "choix minimum", "sélections possibles", "numéro de téléphone", "phone number",
        "vos coordonnées", "~coordonnées", "forgot your", "mot de passe oublié",
      ]
    ),
    (
      errorMessage,
      [
        "erreur est survenue", "an error occurred", "an error has occurred",
        "something went wrong", "n'est pas valide", "ne sont pas valides", "is not valid",
        "is invalid", "ne correspondent pas", "do not match", "veuillez réessayer",
        "please try again", "page introuvable", "page not found", "javascript is disabled",
        "activez javascript", "enable javascript", "~your browser",
      ]
    ),
    (
      readAlso,
      [
        "à lire aussi", "lire aussi", "à lire également", "read also", "~read more", "see also",
        "voir aussi", "sur le même sujet", "related articles", "related stories",
        "more stories", "recommended for you", "you may also like", "you might also like",
        "les plus lus", "most read", "most popular", "retrouvez tous nos", "~à découvrir",
        "dans la même rubrique", "plus d'articles",
      ]
    ),
    (
      contact,
      [
        "vous souhaitez contacter", "contactez-nous", "contact us", "nous contacter",
        "service.clients", "service client", "customer service", "customer support",
      ]
    ),
    (
      navigation,
      [
        "revenir en haut", "retour en haut", "back to top", "skip to content", "skip to main",
        "aller au contenu", "~menu", "~fermer", "~close", "~voir plus", "~voir moins", "~show more",
        "~show less", "page suivante", "page précédente", "next page", "previous page",
        "bienvenue sur", "welcome to", "~accueil", "home page", "~breadcrumb", "~en savoir plus",
        "~learn more", "click here", "cliquez ici",
      ]
    ),
    (
      subscription,
      [
        "abonnez-vous", "~abonnement", "s'abonner", "~subscribe", "~subscription", "~newsletter",
        "essai gratuit", "test gratuit", "free trial", "sans engagement", "tester ",
        "réservé aux abonnés", "subscribers only", "déjà abonné", "already a subscriber",
        "accès libre", "~premium", "demande de test", "~inscription", "inscrivez-vous",
        "offre spéciale", "special offer", "paywall",
      ]
    ),
    (
      shareBar,
      [
        "partager sur", "partager cet article", "share this", "share on", "~facebook",
        "~twitter", "~linkedin", "~whatsapp", "~pinterest", "envoyer par e-mail", "email this",
        "~imprimer", "print this",
      ]
    ),
    (
      legal,
      [
        "tous droits réservés", "all rights reserved", "mentions légales",
        "conditions d'utilisation",
        "conditions générales", "terms of use", "terms of service", "terms and conditions",
        "politique de confidentialité", "privacy policy", "copyright ©",
      ]
    ),
    (
      comments,
      [
        "~commentaires", "~comments", "laisser un commentaire", "leave a comment",
        "réagissez", "join the conversation", "log in to comment",
      ]
    ),
    (
      advertisement,
      ["~publicité", "~advertisement", "~sponsored", "~sponsorisé", "contenu sponsorisé"]
    ),
  ]

  /// A cue found in a text. Weak cues are single words that body text also uses ("Facebook",
  /// "menu"); they count only in very short blocks such as buttons and links.
  struct Match: Equatable {
    var reason: String
    var isWeak: Bool
  }

  /// Every cue found in `lowered`, which must come from `fold`. Phrases written "~word" in the
  /// table are weak.
  static func matches(in lowered: String) -> [Match] {
    var found: [Match] = []
    for (reason, phrases) in table {
      for phrase in phrases {
        let isWeak = phrase.hasPrefix("~")
        if contains(lowered, isWeak ? String(phrase.dropFirst()) : phrase) {
          found.append(Match(reason: reason, isWeak: isWeak))
        }
      }
    }
    return found
  }

  /// Lower-cases and folds the typographic apostrophe so one phrase list fits both spellings.
  static func fold(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "’", with: "'")
  }

  /// Substring search that treats short single-word cues as whole words ("menu" must not
  /// match "menus" in a restaurant review, "close" not "closed").
  private static func contains(_ text: String, _ phrase: String) -> Bool {
    guard let range = text.range(of: phrase) else { return false }
    if phrase.contains(" ") || phrase.count > 8 { return true }
    var searchStart = text.startIndex
    var candidate: Range<String.Index>? = range
    while let found = candidate {
      let before =
        found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      let startsWord = before.map { !$0.isLetter } ?? true
      let endsWord = after.map { !$0.isLetter } ?? true
      if startsWord && endsWord { return true }
      searchStart = found.upperBound
      candidate = text.range(of: phrase, range: searchStart..<text.endIndex)
    }
    return false
  }
}
