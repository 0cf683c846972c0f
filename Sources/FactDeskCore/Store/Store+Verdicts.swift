import Foundation
import GRDB

extension Store {
  // MARK: - Status

  /// Sets a claim's status to open, in-progress or dismissed; `verified` comes with a verdict.
  @discardableResult
  public func setStatus(
    _ status: ClaimStatus, of claim: ClaimID, context: ChangeContext
  ) throws -> ChangeResult {
    try write { db in
      let state = try claimState(claim, in: db)
      guard status != .verified else {
        throw StoreError.refused(
          "a claim becomes verified with a verdict: verdict \(claim) LABEL")
      }
      if state.status == status { return .unchanged }
      if let label = try currentVerdict(of: claim, in: db)?.label {
        throw StoreError.refused(
          "\(claim) has the verdict \(label); clear it first with verdict \(claim) --clear")
      }
      try db.cachedStatement(sql: "UPDATE claim SET status = ? WHERE id = ?").execute(arguments: [
        status.rawValue, claim.rawValue,
      ])
      try record(
        context, "status", target: claim.description, article: state.article,
        before: Store.state(["status": state.status.rawValue]),
        after: Store.state(["status": status.rawValue]), in: db)
      return .changed
    }
  }

  // MARK: - Verdicts

  /// The claim's verdict was changed by someone else since the editor last saw it.
  public struct VerdictChanged: Error, Equatable, CustomStringConvertible {
    public var claim: ClaimID
    public var seen: String?
    public var current: String?
    public var editor: String?

    public var description: String {
      "the verdict of \(claim) is now \(current ?? "none")"
        + (editor.map { " (set by \($0))" } ?? "")
        + ", not \(seen ?? "none") as when you last looked"
    }
  }

  /// Sets the verdict of a claim (its status becomes verified), optionally with a source.
  ///
  /// `expected` is the verdict the editor last saw (`.some(nil)` for none); when given and the
  /// stored verdict differs, nothing is written and `VerdictChanged` is thrown.
  @discardableResult
  public func setVerdict(
    _ label: String, on claim: ClaimID, note: String? = nil, sourceURL: String? = nil,
    expected: String?? = nil, context: ChangeContext
  ) throws -> ChangeResult {
    try write { db in
      let (state, current) = try claimAndVerdict(claim, label: label, in: db)
      if let expected, expected != current?.label {
        throw VerdictChanged(
          claim: claim, seen: expected, current: current?.label, editor: current?.editor)
      }
      if current?.label == label && current?.note == note && sourceURL == nil
        && state.status == .verified
      {
        return .unchanged
      }
      var sourceID: Int64?
      if let sourceURL {
        sourceID = try insertSource(
          claim: claim, url: sourceURL, title: nil, excerpt: nil, accessed: nil,
          editor: context.editor, in: db)
      }
      try db.cachedStatement(
        sql: """
          INSERT INTO verdict (claim_id, label, note, editor, decided_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (claim_id) DO UPDATE SET label = excluded.label, note = excluded.note,
            editor = excluded.editor, decided_at = excluded.decided_at
          """
      ).run(
        .integer(claim.rawValue), .text(label), .text(note), .text(context.editor),
        .text(timestamp()))
      // A claim already verified keeps its row: rewriting the same status still rewrites
      // the row and its entry in `claim_by_status`.
      if state.status != .verified {
        try db.cachedStatement(sql: "UPDATE claim SET status = 'verified' WHERE id = ?").run(
          .integer(claim.rawValue))
      }
      try record(
        context, "verdict", target: claim.description, article: state.article,
        before: verdictState(current, status: state.status),
        after: Store.state([
          "label": label, "note": note, "editor": context.editor, "decided_at": timestamp(),
          "status": ClaimStatus.verified.rawValue, "source": sourceID.map(String.init),
        ]), in: db)
      return .changed
    }
  }

  /// Removes a claim's verdict; the claim goes back to in-progress.
  @discardableResult
  public func clearVerdict(
    of claim: ClaimID, expected: String?? = nil, context: ChangeContext
  ) throws -> ChangeResult {
    try write { db in
      let state = try claimState(claim, in: db)
      let current = try currentVerdict(of: claim, in: db)
      if let expected, expected != current?.label {
        throw VerdictChanged(
          claim: claim, seen: expected, current: current?.label, editor: current?.editor)
      }
      guard let current else { return .unchanged }
      try db.cachedStatement(sql: "DELETE FROM verdict WHERE claim_id = ?").execute(arguments: [
        claim.rawValue
      ])
      try db.cachedStatement(sql: "UPDATE claim SET status = 'in-progress' WHERE id = ?").execute(
        arguments: [claim.rawValue])
      try record(
        context, "verdict-clear", target: claim.description, article: state.article,
        before: verdictState(current, status: state.status),
        after: Store.state(["label": nil, "status": ClaimStatus.inProgress.rawValue]), in: db)
      return .changed
    }
  }

  /// The current verdict of a claim, if any.
  public func verdict(of claim: ClaimID) throws -> Verdict? {
    try read { db in
      _ = try claimState(claim, in: db)
      return try currentVerdict(of: claim, in: db)
    }
  }

  func currentVerdict(of claim: ClaimID, in db: Database) throws -> Verdict? {
    try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT label, note, editor, decided_at FROM verdict WHERE claim_id = ?"),
      arguments: [claim.rawValue]
    ).map {
      Verdict(
        label: $0["label"], note: $0["note"], editor: $0["editor"], decidedAt: $0["decided_at"])
    }
  }

  /// The claim's article and status and its current verdict, checking that the claim exists
  /// and that `label` is on the scale: one query where three would each cost a statement
  /// step, and a verdict is a quarter of a review script's commands.
  private func claimAndVerdict(
    _ claim: ClaimID, label: String, in db: Database
  ) throws -> (state: (article: ArticleID, status: ClaimStatus), verdict: Verdict?) {
    let found = try db.cachedStatement(
      sql: """
        SELECT c.article_id, c.status, v.label, v.note, v.editor, v.decided_at,
               EXISTS (SELECT 1 FROM rating_label WHERE label = ?)
        FROM claim c LEFT JOIN verdict v ON v.claim_id = c.id
        WHERE c.id = ?
        """
    ).firstRow(.text(label), .integer(claim.rawValue)) { row in
      (
        state: (
          article: ArticleID(row.integer(0)),
          status: row.text(1).flatMap(ClaimStatus.init(rawValue:)) ?? .open
        ),
        verdict: row.text(2).map {
          Verdict(
            label: $0, note: row.text(3), editor: row.text(4) ?? "", decidedAt: row.text(5) ?? "")
        },
        labelIsKnown: row.integer(6) != 0
      )
    }
    guard let found else {
      throw try unknownItem(claim.description, table: "claim", prefix: "c", in: db)
    }
    // An unknown label: the slow path reads the scale to suggest the closest one.
    if !found.labelIsKnown { _ = try ratingLabel(named: label, in: db) }
    return (found.state, found.verdict)
  }

  private func verdictState(_ verdict: Verdict?, status: ClaimStatus) -> String {
    Store.state([
      "label": verdict?.label, "note": verdict?.note, "editor": verdict?.editor,
      "decided_at": verdict?.decidedAt, "status": status.rawValue,
    ])
  }

  /// The stored spelling of a label, or an error suggesting the closest one.
  func ratingLabel(named label: String, in db: Database) throws -> String {
    // The label is almost always right: one index look-up, and the whole scale only to
    // suggest a correction.
    if try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM rating_label WHERE label = ?)"),
      arguments: [label]) == true
    {
      return label
    }
    let labels = try String.fetchAll(
      db.cachedStatement(sql: "SELECT label FROM rating_label ORDER BY position"))
    if labels.contains(label) { return label }
    let suggestion = Closest.word(to: label, in: labels)
    throw StoreError.refused(
      "unknown label \(label)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        + " (labels: \(labels.joined(separator: ", ")))")
  }
}
