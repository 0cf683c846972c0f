import Foundation

/// schema.org ClaimReview JSON-LD, one object per verified claim, checked against Google's
/// fact-check markup rules before it is written
/// (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
/// `claimReviewed` under 75 characters, a `reviewRating` with `alternateName`, a `url`, an
/// `author` organisation. Claims that cannot give valid markup are listed with why.
public struct ClaimReviewExporter: Exporter {
  /// Google asks for claimReviewed to stay under this many characters.
  public static let claimReviewedLimit = 75
  public var depth: Store.ExportDepth { .review }
  private var json = JSONWriter(reservingCapacity: 1 << 16)
  private var urlBase = ""
  private var organisation = ""

  public init() {}

  public mutating func begin(_ context: ExportContext, to out: ExportWriter) throws {
    guard let urlBase = context.options.urlBase, !urlBase.isEmpty else {
      throw ExportError.missingOption(
        format: "claimreview", option: "--url-base URL",
        why: "Google requires each review's url, on the site that publishes the markup")
    }
    guard urlBase.hasPrefix("https://") || urlBase.hasPrefix("http://") else {
      throw ExportError.invalid("--url-base must be an http(s) URL (got \(urlBase))")
    }
    guard let organisation = context.organisation, !organisation.isEmpty else {
      throw ExportError.missingOption(
        format: "claimreview", option: "--org NAME",
        why: "the review's author is the publishing organisation (or set it once: org setting)")
    }
    self.urlBase = urlBase
    self.organisation = organisation
    json.beginArray()
    out.write(json: &json)
  }

  public mutating func write(_ bundle: ExportBundle, to out: ExportWriter) throws {
    out.report.articles += 1
    for claim in bundle.claims {
      if let problem = ClaimReviewExporter.problem(with: claim) {
        out.report.skip("\(claim.id): \(problem)")
        continue
      }
      out.report.claims += 1
      write(claim, of: bundle.article, report: &out.report)
    }
    out.write(json: &json)
  }

  public mutating func end(to out: ExportWriter) throws {
    json.endArray()
    out.write(json: &json)
    out.write("\n")
  }

  /// Why `claim` cannot be published as ClaimReview, or nil when it can.
  static func problem(with claim: ExportClaim) -> String? {
    guard let verdict = claim.verdict else {
      return "not verified (status \(claim.status)); a review needs a verdict"
    }
    if verdict.alternateName.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      return "the rating \(verdict.label) has no alternateName"
    }
    if claim.text.utf8.allSatisfy(ExportText.isLayoutSpace) {
      return "the claim has no text to review"
    }
    return nil
  }

  private mutating func write(
    _ claim: ExportClaim, of article: ExportArticle, report: inout ExportReport
  ) {
    let verdict = claim.verdict!
    var reviewed = ExportText.collapsingWhitespace(claim.text)
    let limit = ClaimReviewExporter.claimReviewedLimit
    if let short = ExportText.shortenedIfLong(reviewed, under: limit) {
      reviewed = short
      report.warn(
        "\(claim.id): claimReviewed shortened to \(short.unicodeScalars.count) characters "
          + "(Google asks for under \(limit))")
    }
    json.breakLine()
    json.beginObject()
    json.key("@context")
    json.string("https://schema.org")
    json.key("@type")
    json.string("ClaimReview")
    json.key("url")
    json.string(ExportText.reviewURL(base: urlBase, article: article.id, claim: claim.id))
    json.key("claimReviewed")
    json.string(reviewed)
    json.key("datePublished")
    json.string(ExportText.day(verdict.decidedAt))
    json.key("author")
    json.beginObject()
    json.key("@type")
    json.string("Organization")
    json.key("name")
    json.string(organisation)
    json.endObject()
    json.key("reviewRating")
    json.beginObject()
    json.key("@type")
    json.string("Rating")
    if let value = verdict.ratingValue, let best = verdict.bestRating,
      let worst = verdict.worstRating
    {
      json.key("ratingValue")
      json.int(value)
      json.key("bestRating")
      json.int(best)
      json.key("worstRating")
      json.int(worst)
    }
    json.key("alternateName")
    json.string(verdict.alternateName)
    json.endObject()
    json.key("itemReviewed")
    json.beginObject()
    json.key("@type")
    json.string("Claim")
    json.key("author")
    json.beginObject()
    if let speaker = claim.speaker {
      json.key("@type")
      json.string("Person")
      json.key("name")
      json.string(speaker.name)
      if let role = speaker.role {
        json.key("jobTitle")
        json.string(role)
      }
    } else if let author = article.authors.first {
      json.key("@type")
      json.string("Person")
      json.key("name")
      json.string(author)
    } else {
      json.key("@type")
      json.string("Organization")
      json.key("name")
      json.string(article.site ?? article.source)
    }
    json.endObject()
    if let published = article.published {
      json.key("datePublished")
      json.string(published)
    }
    json.key("appearance")
    json.beginObject()
    json.key("@type")
    json.string("CreativeWork")
    if let url = article.url {
      json.key("url")
      json.string(url)
    }
    if let title = article.title {
      json.key("headline")
      json.string(title)
    }
    if let published = article.published {
      json.key("datePublished")
      json.string(published)
    }
    json.endObject()
    json.endObject()
    json.endObject()
  }
}
