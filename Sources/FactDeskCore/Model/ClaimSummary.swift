/// The review status of a claim: open -> in-progress -> verified (has a verdict) or dismissed.
public enum ClaimStatus: String, Sendable, Codable, CaseIterable {
  case open
  case inProgress = "in-progress"
  case verified
  case dismissed
}

/// One line of a claim listing.
public struct ClaimSummary: Sendable, Equatable {
  public var id: ClaimID
  public var article: ArticleID
  public var span: TextSpan
  public var text: String
  public var score: Double
  public var status: ClaimStatus
  public var speaker: String?
  public var verdict: String?
}
