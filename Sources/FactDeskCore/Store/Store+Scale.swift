import GRDB

extension Store {
  /// The rating scale in its order, most true first.
  public func scale() throws -> [RatingLabel] {
    try read { db in try Store.scale(in: db) }
  }

  static func scale(in db: Database) throws -> [RatingLabel] {
    try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT label, rating_value, best_rating, worst_rating, alternate_name
          FROM rating_label ORDER BY position
          """)
    ).map {
      RatingLabel(
        label: $0["label"], ratingValue: $0["rating_value"], bestRating: $0["best_rating"],
        worstRating: $0["worst_rating"], alternateName: $0["alternate_name"])
    }
  }

  /// Adds a label at the end of the scale. Adding the same label again changes nothing.
  @discardableResult
  public func addLabel(_ label: RatingLabel, context: ChangeContext) throws -> ChangeResult {
    guard !label.label.isEmpty, !label.label.contains(where: \.isWhitespace) else {
      throw StoreError.refused("a label is one word without spaces, not \"\(label.label)\"")
    }
    guard !label.alternateName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw StoreError.refused("a label needs a readable name: --name \"Mostly true\"")
    }
    if let value = label.ratingValue, let best = label.bestRating, let worst = label.worstRating {
      guard worst < best, (worst...best).contains(value) else {
        throw StoreError.refused(
          "rating value \(value) must lie between worst \(worst) and best \(best), worst below best"
        )
      }
    }
    return try write { db in
      if let existing = try Store.scale(in: db).first(where: { $0.label == label.label }) {
        if existing == label { return .unchanged }
        throw StoreError.refused(
          "label \(label.label) is already on the scale; scale rename or scale remove it first")
      }
      try insertLabel(label, position: nil, in: db)
      try record(
        context, "scale-add", target: "scale", article: nil,
        after: Store.state(pairs: labelState(label)), in: db)
      return .changed
    }
  }

  /// Renames a label; verdicts follow (the foreign key cascades).
  public func renameLabel(_ old: String, to new: String, context: ChangeContext) throws {
    guard !new.isEmpty, !new.contains(where: \.isWhitespace) else {
      throw StoreError.refused("a label is one word without spaces, not \"\(new)\"")
    }
    try write { db in
      let old = try ratingLabel(named: old, in: db)
      if try String.fetchOne(
        db.cachedStatement(sql: "SELECT label FROM rating_label WHERE label = ?"), arguments: [new])
        != nil
      {
        throw StoreError.refused("label \(new) is already on the scale")
      }
      try db.cachedStatement(sql: "UPDATE rating_label SET label = ? WHERE label = ?").execute(
        arguments: [new, old])
      try record(
        context, "scale-rename", target: "scale", article: nil,
        before: Store.state(["label": old]), after: Store.state(["label": new]), in: db)
    }
  }

  /// Removes a label no verdict uses.
  public func removeLabel(_ name: String, context: ChangeContext) throws {
    try write { db in
      let name = try ratingLabel(named: name, in: db)
      let label = try Store.scale(in: db).first { $0.label == name }!
      let position = try Int.fetchOne(
        db.cachedStatement(sql: "SELECT position FROM rating_label WHERE label = ?"),
        arguments: [name])
      let used =
        try Int.fetchOne(
          db.cachedStatement(sql: "SELECT count(*) FROM verdict WHERE label = ?"), arguments: [name]
        ) ?? 0
      guard used == 0 else {
        throw StoreError.refused(
          "label \(name) is the verdict of \(used) claim\(used == 1 ? "" : "s"); "
            + "give \(used == 1 ? "it" : "them") another verdict or scale rename it")
      }
      try db.cachedStatement(sql: "DELETE FROM rating_label WHERE label = ?").execute(arguments: [
        name
      ])
      var state = labelState(label)
      state.append(("position", position.map(String.init)))
      try record(
        context, "scale-remove", target: "scale", article: nil,
        before: Store.state(pairs: state), in: db)
    }
  }

  func insertLabel(_ label: RatingLabel, position: Int?, in db: Database) throws {
    // A label put back by undo returns to its place unless a later label took it.
    var position = position
    if let wanted = position,
      try Bool.fetchOne(
        db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM rating_label WHERE position = ?)"),
        arguments: [wanted]) ?? false
    {
      position = nil
    }
    let next =
      (try Int.fetchOne(db.cachedStatement(sql: "SELECT max(position) FROM rating_label")) ?? 0) + 1
    let place = position ?? next
    try db.cachedStatement(
      sql: """
        INSERT INTO rating_label (label, position, rating_value, best_rating, worst_rating,
                                  alternate_name)
        VALUES (?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      label.label, place, label.ratingValue, label.bestRating, label.worstRating,
      label.alternateName,
    ])
  }

  func labelState(_ label: RatingLabel) -> [(String, String?)] {
    [
      ("label", label.label), ("value", label.ratingValue.map(String.init)),
      ("best", label.bestRating.map(String.init)), ("worst", label.worstRating.map(String.init)),
      ("name", label.alternateName),
    ]
  }

  static func label(from state: [String: String?]) -> RatingLabel {
    RatingLabel(
      label: (state["label"] ?? nil) ?? "",
      ratingValue: (state["value"] ?? nil).flatMap { Int($0) },
      bestRating: (state["best"] ?? nil).flatMap { Int($0) },
      worstRating: (state["worst"] ?? nil).flatMap { Int($0) },
      alternateName: (state["name"] ?? nil) ?? "")
  }
}
