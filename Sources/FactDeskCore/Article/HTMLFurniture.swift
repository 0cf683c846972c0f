/// What in a page's markup says "not the article": elements that never hold article text,
/// landmark roles, hidden elements, and class or id names of share bars, comment sections,
/// cookie banners and the like.
enum HTMLFurniture {
  /// Elements that never hold article text, dropped with everything inside.
  static let droppedElements: [String: String] = [
    "script": "script", "style": "script", "noscript": "script", "template": "script",
    "svg": "script", "canvas": "script", "iframe": "embed", "object": "embed", "embed": "embed",
    "head": "script", "button": BoilerplateCues.form, "select": BoilerplateCues.form,
    "textarea": BoilerplateCues.form, "input": BoilerplateCues.form, "option": BoilerplateCues.form,
  ]

  /// Elements that usually hold furniture; dropped unless they hold most of the page's text
  /// (ASP.NET pages wrap the whole page in one <form>).
  static let furnitureElements: [String: String] = [
    "form": BoilerplateCues.form, "nav": BoilerplateCues.navigation, "footer": "footer",
    "aside": "aside", "menu": BoilerplateCues.navigation, "dialog": "dialog",
  ]

  /// Reasons not worth listing in `removed` (nobody needs the page's JavaScript back).
  static let silentReasons: Set<String> = ["script", "embed"]

  private static let droppedRoles: [String: String] = [
    "navigation": BoilerplateCues.navigation, "banner": "header", "contentinfo": "footer",
    "complementary": "aside", "search": BoilerplateCues.form, "dialog": "dialog",
    "menu": BoilerplateCues.navigation, "menubar": BoilerplateCues.navigation,
    "alertdialog": "dialog",
  ]

  /// class/id words and the reason they imply. Words are matched whole after splitting names
  /// on "-", "_" and spaces, so "ad" matches "ad-slot" but not "header" or "read".
  private static let nameWords: [String: String] = {
    var table: [String: String] = [:]
    let groups: [(String, [String])] = [
      (
        BoilerplateCues.shareBar,
        ["share", "sharing", "social", "sharebar", "socialshare", "addthis"]
      ),
      (
        BoilerplateCues.comments,
        ["comment", "comments", "disqus", "discussion", "respond", "replies", "reactions"]
      ),
      (
        BoilerplateCues.readAlso,
        [
          "related", "recommended", "recommendations", "outbrain", "taboola", "trending",
          "popular", "mostread", "readmore", "recirc", "more", "promo",
          "also",
        ]
      ),
      (
        BoilerplateCues.subscription,
        ["newsletter", "subscribe", "subscription", "signup", "paywall", "regwall"]
      ),
      (
        BoilerplateCues.cookieBanner,
        ["cookie", "cookies", "consent", "gdpr", "cmp", "didomi", "onetrust"]
      ),
      (
        BoilerplateCues.advertisement,
        ["ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored", "dfp", "banner"]
      ),
      (
        BoilerplateCues.navigation,
        [
          "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "toolbar",
          "masthead", "skip", "pagination", "pager", "topbar", "footer", "rail",
        ]
      ),
      ("popup", ["modal", "popup", "overlay", "tooltip", "dropdown"]),
      (BoilerplateCues.form, ["login", "signin", "search", "searchbox"]),
      ("tags", ["tags", "tag", "tagcloud", "keywords", "topics"]),
      ("author box", ["bio", "authorbio", "author-bio"]),
      ("print", ["print", "noprint"]),
    ]
    for (reason, words) in groups { for word in words { table[word] = reason } }
    return table
  }()

  private static let structuralElements: Set<String> = ["html", "body", "main", "article"]

  /// WordPress and similar systems label the article with its taxonomy ("tag-news",
  /// "category-sport", "post-123"); those words describe the article, not furniture.
  private static let taxonomyPrefixes = [
    "tag-", "category-", "post-", "format-", "type-", "has-", "status-", "postid-", "single",
    "hentry", "entry-",
  ]

  /// Classes that hide an element from sighted readers ("hidden-xs" only hides it on phones).
  private static let hiddenClasses: Set<String> = [
    "hidden", "is-hidden", "u-hidden", "sr-only", "visually-hidden", "visuallyhidden",
    "screen-reader-text", "screen-reader-only", "offscreen", "element-invisible",
  ]

  private static let standfirstWords: Set<String> = [
    "chapo", "chapeau", "standfirst", "lede", "dek", "deck", "kicker-summary", "intro",
    "subtitle", "subheadline", "summary", "excerpt", "description", "lead",
  ]

  /// Whether the element's class or id names the article's lead paragraph.
  static func isStandfirst(_ node: HTMLDocument.Node) -> Bool {
    guard node.name == "p" || node.name == "div" || node.name == "h2" || node.name == "span"
    else { return false }
    for name in [node.attributes["class"], node.attributes["id"]] {
      guard let name, !name.isEmpty else { continue }
      for word in name.lowercased().split(whereSeparator: { " -_:".contains($0) })
      where standfirstWords.contains(String(word)) {
        return true
      }
    }
    return false
  }

  /// Why the element should be dropped, or nil when nothing in its markup says so.
  static func reason(for node: HTMLDocument.Node) -> String? {
    if let reason = droppedElements[node.name] ?? furnitureElements[node.name] { return reason }
    let attributes = node.attributes
    if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return "hidden" }
    if let style = attributes["style"]?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return "hidden"
    }
    if let role = attributes["role"]?.lowercased(), let reason = droppedRoles[role] {
      return reason
    }
    return reasonFromNames(node)
  }

  /// The reason implied by class and id words, if any.
  static func reasonFromNames(_ node: HTMLDocument.Node) -> String? {
    // The article's own wrappers carry names like "tag-politics" or "has-comments".
    guard !structuralElements.contains(node.name),
      node.attributes["itemprop"]?.lowercased() != "articlebody"
    else { return nil }
    for name in [node.attributes["class"], node.attributes["id"]] {
      guard let name, !name.isEmpty else { continue }
      for token in name.lowercased().split(separator: " ") {
        if taxonomyPrefixes.contains(where: { token.hasPrefix($0) }) { continue }
        if hiddenClasses.contains(String(token)) { return "hidden" }
        for word in token.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }) {
          if let reason = nameWords[String(word)] { return reason }
        }
        // Run-together names: "sharebar", "socialshare", "relatedarticles".
        for prefix in runTogetherPrefixes where token.hasPrefix(prefix) {
          return nameWords[prefix]
        }
      }
    }
    return nil
  }

  private static let runTogetherPrefixes = [
    "share", "social", "comment", "related", "newsletter", "cookie", "breadcrumb",
  ]

}
