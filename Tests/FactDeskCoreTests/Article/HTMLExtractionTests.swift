import Foundation
import Testing

@testable import FactDeskCore

@Suite struct HTMLExtractionTests {
  static let body = [
    "Le gouvernement a présenté mardi un plan de 178 millions d'euros pour équiper les écoles en ordinateurs, a annoncé le ministre lors d'une conférence de presse à Paris.",
    "Selon le ministère, les premiers équipements seront livrés dans les académies dès la rentrée, et les enseignants recevront une formation spécifique pendant l'été.",
    "Les syndicats jugent cependant que le montant reste insuffisant au regard des besoins, et ils demandent que les collectivités soient associées à la répartition des crédits.",
  ]

  static let page = """
    <!DOCTYPE html>
    <html lang="fr"><head><title>Écoles : un plan numérique | Le Quotidien</title>
    <meta property="og:site_name" content="Le Quotidien">
    <meta property="article:published_time" content="2020-11-05T10:00:00+01:00">
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Claire Dumas"}}</script>
    <style>p { color: red }</style></head>
    <body>
    <header><a href="/">Le Quotidien</a><nav><ul><li><a href="/politique">Politique</a></li><li><a href="/eco">Économie</a></li></ul></nav></header>
    <div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button></div>
    <main><article>
    <h1>Écoles : un plan numérique de 178 millions d'euros</h1>
    <p class="byline">Par Claire Dumas</p>
    <p class="article__chapo">Le ministère promet des ordinateurs dans toutes les écoles d'ici à la fin de l'année prochaine.</p>
    <div class="share-bar"><a href="#">Partager sur Facebook</a> <a href="#">Twitter</a></div>
    <p>\(body[0])</p>
    <figure><img src="a.jpg"><figcaption>Une salle de classe à Lille. © AFP</figcaption></figure>
    <p>\(body[1])</p>
    <h2>Des syndicats sceptiques</h2>
    <p>\(body[2])</p>
    <p style="display:none">Texte caché pour les robots, qui ne doit jamais apparaître dans l'article nettoyé.</p>
    <form action="/newsletter"><p>Recevez notre newsletter chaque matin dans votre boîte e-mail.</p><input type="email"></form>
    </article>
    <section class="comments"><h3>Commentaires</h3><p>Je trouve que ce plan est une très bonne idée pour les élèves de nos écoles et pour les familles.</p></section>
    <aside><h3>À lire aussi</h3><ul><li><a href="/a">Un autre article sur les écoles</a></li></ul></aside>
    </main>
    <footer><p>© 2020 Le Quotidien. Tous droits réservés. Mentions légales.</p></footer>
    </body></html>
    """

  private func load(_ html: String, name: String = "page.html") throws -> CleanArticle {
    try ArticleLoader.load(data: Data(html.utf8), source: name)
  }

  private func texts(_ article: CleanArticle, _ role: ParagraphRole) -> [String] {
    article.paragraphs.filter { $0.role == role }.map { article.text.text(in: $0.span) }
  }

  @Test func keepsTheArticleAndItsStructure() throws {
    let article = try load(Self.page)
    #expect(texts(article, .body) == Self.body)
    #expect(texts(article, .headline) == ["Écoles : un plan numérique de 178 millions d'euros"])
    #expect(texts(article, .subheading) == ["Des syndicats sceptiques"])
    #expect(texts(article, .caption) == ["Une salle de classe à Lille. © AFP"])
    #expect(texts(article, .byline) == ["Par Claire Dumas"])
    #expect(
      texts(article, .standfirst) == [
        "Le ministère promet des ordinateurs dans toutes les écoles d'ici à la fin de l'année prochaine."
      ])
  }

  @Test func dropsNavigationFormsHiddenShareBarsCommentsAsidesAndFooters() throws {
    let article = try load(Self.page)
    for phrase in [
      "Politique", "cookies", "Facebook", "caché", "newsletter", "bonne idée", "À lire aussi",
      "Tous droits", "color: red",
    ] {
      #expect(!article.text.contains(phrase), "\(phrase) survived")
    }
    let reasons = Set(article.removed.map(\.reason))
    #expect(reasons.isSuperset(of: ["navigation", "form", "hidden", "share bar", "comments"]))
  }

  @Test func readsMetadataFromTheHeadAndJSONLD() throws {
    let metadata = try load(Self.page).metadata
    #expect(metadata.title == "Écoles : un plan numérique de 178 millions d'euros")
    #expect(metadata.authors == ["Claire Dumas"])
    #expect(metadata.published == "2020-11-05")
    #expect(metadata.site == "Le Quotidien")
    #expect(metadata.language == .french)
  }

  @Test func takesTheDeclaredTitleOverALogoHeading() throws {
    let html = """
      <html><head><meta property="og:title" content="Le plan numérique des écoles"></head><body>
      <div class="top"><h1>Le Quotidien</h1></div>
      <div class="story"><p>\(Self.body[0])</p><p>\(Self.body[1])</p></div>
      </body></html>
      """
    let article = try load(html)
    #expect(article.metadata.title == "Le plan numérique des écoles")
    #expect(texts(article, .headline).isEmpty)
    #expect(!article.text.contains("Le Quotidien"))
  }

  @Test func recognisesHTMLByContentWhateverTheName() throws {
    let article = try load(Self.page, name: "download.txt")
    #expect(texts(article, .body) == Self.body)
  }

  @Test func survivesMalformedMarkup() throws {
    let html = """
      <html><body><div><p>Le premier paragraphe de l'article, qui n'est jamais fermé correctement par son auteur
      <p>Un second paragraphe avec <b>du gras <i>mal imbriqué</b> et</i> des attributs sans guillemets <a href=/x?a=1&b=2>ici</a>
      </div></div></span><p>Troisième paragraphe après des balises orphelines, avec &eacute;l&egrave;ve et &unknown; dedans.</p>
      """
    let article = try load(html)
    #expect(article.text.contains("élève"))
    #expect(article.text.contains("Un second paragraphe"))
    #expect(article.paragraphs.allSatisfy { $0.role == .body })
  }

  @Test func walksDeeplyNestedPagesWithoutRecursing() throws {
    let depth = 100_000
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth)
      + "<p>Un paragraphe très profondément imbriqué dans la page, pour vérifier que rien ne déborde.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let article = try load(html)
    #expect(article.text.hasPrefix("Un paragraphe très profondément imbriqué"))
  }

  @Test func staysLinearOnDeepPagesWithTextAtEveryLevel() throws {
    let depth = 50_000
    let html =
      "<html><body><p>Le ministre a présenté son plan devant les députés, qui l'ont longuement débattu pendant la séance.</p>"
      + String(repeating: "<div>et puis ", count: depth) + String(repeating: "</div>", count: depth)
      + "</body></html>"
    let started = Date()
    _ = try? load(html)
    #expect(Date().timeIntervalSince(started) < 20)
  }

  @Test func keepsEverythingWhenAskedToInHTML() throws {
    let article = try ArticleLoader.load(
      data: Data(Self.page.utf8), source: "page.html", options: .init(keepEverything: true))
    #expect(article.text.contains("Je trouve que ce plan"))
    #expect(article.removed.isEmpty)
  }
}

@Suite struct HeadingShapeTests {
  @Test func aQuotedParagraphOfTwoSentencesIsBody() throws {
    let html = """
      <html><body><article><h1>Ridership on city buses rose last year, officials say</h1>
      <p>Ridership on the city's buses grew by 18% in 2023, reaching 41.2 million trips, the \
      transit authority said on Monday, its largest annual increase in a decade.</p>
      <p>"We added frequent service on twelve routes and people noticed," said Maria Okafor. \
      "Most of the new riders are people going to work."</p>
      <p>The authority's budget for 2024 is $312 million, up from $287 million the year before, \
      and fares will not rise before 2026, the director of planning added.</p>
      </article></body></html>
      """
    let article = try ArticleLoader.load(data: Data(html.utf8), source: "page.html")
    #expect(!article.paragraphs.contains { $0.role == .subheading })
  }
}
