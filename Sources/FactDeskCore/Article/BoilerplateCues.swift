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

  private struct Phrase {
    var bytes: [UInt8]
    var reason: String
    var isWeak: Bool
    /// Short single words must match whole ("menu" is not "menus", "close" not "closed").
    var wholeWord: Bool
  }

  /// The table as UTF-8 byte strings, searched with a byte scan: Foundation's string search
  /// was most of the time spent on a page.
  private static let phrases: [Phrase] = table.flatMap { reason, list in
    list.map { raw in
      let isWeak = raw.hasPrefix("~")
      let phrase = isWeak ? String(raw.dropFirst()) : raw
      return Phrase(
        bytes: Array(phrase.utf8), reason: reason, isWeak: isWeak,
        wholeWord: !phrase.contains(" ") && phrase.count <= 8)
    }
  }

  /// Phrase indices by their first byte, so a scan tries only the phrases that can start at
  /// each position.
  private static let phrasesByFirstByte: [[Int]] = {
    var table = [[Int]](repeating: [], count: 256)
    for (index, phrase) in phrases.enumerated() { table[Int(phrase.bytes[0])].append(index) }
    return table
  }()

  /// Every cue found in `folded`, which must come from `fold`.
  static func matches(in folded: String) -> [Match] {
    var text = folded
    return text.withUTF8 { bytes in
      var seen = [Bool](repeating: false, count: phrases.count)
      var found: [Match] = []
      for start in 0..<bytes.count {
        for candidate in phrasesByFirstByte[Int(bytes[start])] where !seen[candidate] {
          let phrase = phrases[candidate]
          if ByteSearch.matches(bytes, at: start, phrase.bytes, wholeWord: phrase.wholeWord) {
            seen[candidate] = true
            found.append(Match(reason: phrase.reason, isWeak: phrase.isWeak))
          }
        }
      }
      return found
    }
  }

  /// Lower-cases and folds the typographic apostrophe so one phrase list fits both spellings.
  static func fold(_ text: String) -> String {
    // ASCII text (most English, and every menu of short words) needs no Unicode case mapping.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    var lowered = text.lowercased()
    // ’ is E2 80 99 in UTF-8; replacing it by "'" on the bytes keeps the text valid UTF-8.
    return lowered.withUTF8 { bytes -> String in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var index = 0
      var changed = false
      while index < bytes.count {
        if bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
          && bytes[index + 2] == 0x99
        {
          output.append(UInt8(ascii: "'"))
          index += 3
          changed = true
        } else {
          output.append(bytes[index])
          index += 1
        }
      }
      return changed
        ? String(decoding: output, as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
    }
  }
}
