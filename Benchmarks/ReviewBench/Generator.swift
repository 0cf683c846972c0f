import FactDeskCore
import Foundation
import GRDB

/// Deterministic claim texts: French sentences built from a fixed vocabulary, with numbers
/// and names, so full-text search and similarity see realistic term frequencies.
struct ClaimText {
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  mutating func next(_ bound: Int) -> Int {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Int(state % UInt64(bound))
  }

  static let subjects = [
    "Le budget", "Le nombre d'élèves", "La dette", "Le chômage", "Le prix de l'énergie",
    "La part des énergies renouvelables", "Le déficit", "Le nombre de postes", "La population",
    "Le taux de pauvreté", "L'équipement numérique", "La dépense de santé",
  ]
  static let verbs = [
    "atteint", "a baissé de", "a augmenté de", "dépasse", "représente", "s'élève à",
  ]
  static let names = [
    "Jean-Michel Blanquer", "l'Insee", "Eurostat", "Bercy", "la Cour des comptes", "l'OCDE",
    "Marseille", "Lyon", "Lille", "Bordeaux", "Nantes", "Toulouse",
  ]
  static let vocabulary: [String] = {
    let stems = [
      "école", "collège", "lycée", "université", "hôpital", "commune", "région", "entreprise",
      "salarié", "retraite", "impôt", "logement", "transport", "énergie", "agriculture",
      "industrie", "recherche", "culture", "sécurité", "justice", "armée", "santé", "climat",
      "forêt", "eau", "numérique", "tablette", "enseignant", "formation", "apprentissage",
    ]
    let suffixes = ["", "s", "public", "rural", "urbain", "national", "local", "régional"]
    return stems.flatMap { stem in suffixes.map { $0.isEmpty ? stem : "\(stem) \($0)" } }
  }()

  mutating func sentence() -> String {
    let subject = Self.subjects[next(Self.subjects.count)]
    let verb = Self.verbs[next(Self.verbs.count)]
    let topic = Self.vocabulary[next(Self.vocabulary.count)]
    let other = Self.vocabulary[next(Self.vocabulary.count)]
    let amount = next(5000) + 1
    let unit = ["M€", "%", "milliards d'euros", "postes"][next(4)]
    let name = Self.names[next(Self.names.count)]
    return
      "\(subject) pour \(topic) et \(other) \(verb) \(amount) \(unit) en \(2010 + next(17)) selon \(name)."
  }
}

enum Generator {
  /// Articles with claims through the Store API, as the segmenter writes them.
  static func articles(
    into store: Store, count: Int, claimsEach: Int, seed: UInt64 = 1
  ) throws {
    var text = ClaimText(seed: seed)
    let context = ChangeContext(editor: "generator", command: "generate")
    for number in 0..<count {
      var body = ""
      var spans: [TextSpan] = []
      var offset = 0
      for _ in 0..<claimsEach {
        let sentence = text.sentence()
        let length = sentence.unicodeScalars.count
        spans.append(TextSpan(start: offset, end: offset + length))
        body += sentence + " "
        offset += length + 1
      }
      let article = CleanArticle(
        source: "generated-\(number).txt", raw: Data(body.utf8),
        sha256: String(format: "%064x", number + 1), text: body,
        paragraphs: [.init(span: TextSpan(start: 0, end: offset), role: .body)],
        metadata: ArticleMetadata(title: "Article \(number)", language: .french))
      let segmentation = Segmentation(
        language: .french, sentences: spans,
        claims: spans.map { FoundClaim(span: $0, score: 0.7, reasons: ["amount"]) })
      _ = try store.add(article, segmentation: segmentation, context: context)
    }
  }

  /// The same shape of data written with bound statements in one transaction: the way to
  /// reach a million claims in seconds rather than minutes.
  static func bulk(path: String, articles: Int, claimsEach: Int, seed: UInt64 = 2) throws {
    let queue = try DatabaseQueue(path: path)
    var text = ClaimText(seed: seed)
    try queue.write { db in
      let article = try db.makeStatement(
        sql: """
          INSERT INTO article (id, source, sha256, raw, text, title, language, loaded_at, loaded_by)
          VALUES (?, ?, ?, x'', ?, ?, 'fr', '2026-01-01T00:00:00Z', 'generator')
          """)
      let paragraph = try db.makeStatement(
        sql:
          #"INSERT INTO paragraph (article_id, position, start, "end", role) VALUES (?, 1, 0, ?, 'body')"#
      )
      let sentence = try db.makeStatement(
        sql: #"INSERT INTO sentence (article_id, start, "end") VALUES (?, ?, ?)"#)
      let claim = try db.makeStatement(
        sql: """
          INSERT INTO claim (article_id, start, "end", text, score, reasons, origin, created_at)
          VALUES (?, ?, ?, ?, ?, '["amount"]', 'segmenter', '2026-01-01T00:00:00Z')
          """)
      for number in 1...articles {
        var body = ""
        var rows: [(Int, Int, String)] = []
        var offset = 0
        for _ in 0..<claimsEach {
          let sentenceText = text.sentence()
          let length = sentenceText.unicodeScalars.count
          rows.append((offset, offset + length, sentenceText))
          body += sentenceText + " "
          offset += length + 1
        }
        try article.execute(arguments: [
          number, "generated-\(number).txt", String(format: "%064x", number), body,
          "Article \(number)",
        ])
        try paragraph.execute(arguments: [number, offset])
        for (start, end, claimText) in rows {
          try sentence.execute(arguments: [number, start, end])
          try claim.execute(arguments: [
            number, start, end, claimText, Double(text.next(100)) / 100,
          ])
        }
      }
    }
  }

  /// Tags one claim in two hundred "suivi", unless the store has that tag: a filter too
  /// common to seek its claims one by one and too rare to find by testing each match.
  static func tagFollowedClaims(path: String, seed: UInt64 = 3) throws {
    let queue = try DatabaseQueue(path: path)
    var random = ClaimText(seed: seed)
    try queue.write { db in
      guard try Int.fetchOne(db, sql: "SELECT count(*) FROM tag WHERE name = 'suivi'") == 0
      else { return }
      let claims = try Int.fetchOne(db, sql: "SELECT max(id) FROM claim") ?? 0
      try db.execute(sql: "INSERT INTO tag (name) VALUES ('suivi')")
      let tag = db.lastInsertedRowID
      let insert = try db.makeStatement(
        sql: "INSERT OR IGNORE INTO claim_tag (claim_id, tag_id) VALUES (?, ?)")
      for _ in 0..<claims / 200 { try insert.execute(arguments: [random.next(claims) + 1, tag]) }
    }
  }
}
