/// Finds who wrote an article in its bylines, which sit before or after the body:
/// "Par Claire Dumas", "By Jane Doe and John Roe", "Luce Burnod, journaliste", or a contact
/// box ("Vous souhaitez contacter" followed by the name).
enum BylineFinder {
  struct Result: Equatable {
    var authors: [String] = []
    /// Blocks that are bylines and are kept with that role.
    var blockIndices: [Int] = []
  }

  /// Looks only at short blocks at the edges of the document and of its article text: a name
  /// after "par" in the middle of the body is a quote's speaker or an agent, not the author.
  static func find(in blocks: [TextBlock], window: Int = 12) -> Result {
    var result = Result()
    var candidates = Array(blocks.indices.prefix(window)) + Array(blocks.indices.suffix(window))
    // In a page, the byline sits next to the article rather than at the page's edges.
    if let first = blocks.firstIndex(where: { $0.quality == .good }),
      let last = blocks.lastIndex(where: { $0.quality == .good })
    {
      candidates += Array(max(0, first - 8)..<min(blocks.count, first + 3))
      candidates += Array(max(0, last - 2)..<min(blocks.count, last + 8))
    }
    var seen = Set<Int>()
    for index in candidates where seen.insert(index).inserted {
      guard blocks[index].text.utf8.count <= 400 else { continue }
      let text = ArticleAssembler.trimmed(blocks[index].text)
      guard text.count <= 120 else { continue }
      var found = names(inByline: text)
      if found.isEmpty, index > 0, isContactPrompt(blocks[index - 1].text) {
        found = names(inRoleLine: text, requireRole: false)
      }
      guard !found.isEmpty else { continue }
      for name in found where !result.authors.contains(name) { result.authors.append(name) }
      result.blockIndices.append(index)
    }
    return result
  }

  /// Names in "Par X", "By X and Y", "X, journaliste".
  static func names(inByline text: String) -> [String] {
    let lowered = text.lowercased()
    for prefix in ["par ", "by ", "written by ", "texte : ", "propos recueillis par "]
    where lowered.hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      let cut = rest.firstIndex { ",|–—(\n".contains($0) } ?? rest.endIndex
      let names = splitNames(String(rest[..<cut]))
      return names.allSatisfy(PersonName.looksLikeName) ? names : []
    }
    return names(inRoleLine: text, requireRole: true)
  }

  private static let roles = [
    "journaliste", "journalist", "correspondant", "correspondante", "correspondent",
    "reporter", "rédacteur", "rédactrice", "envoyé spécial", "envoyée spéciale", "editor",
    "staff writer", "chef de rubrique", "writer",
  ]

  /// "Luce Burnod, journaliste"; with `requireRole` false a bare name also counts.
  private static func names(inRoleLine text: String, requireRole: Bool) -> [String] {
    let parts = text.split(separator: ",", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard let first = parts.first, PersonName.looksLikeName(first) else { return [] }
    if parts.count == 2 {
      let role = parts[1].lowercased()
      guard roles.contains(where: { role.hasPrefix($0) || role.hasSuffix(" " + $0) }) else {
        return []
      }
    } else if requireRole {
      return []
    }
    return [first]
  }

  private static func isContactPrompt(_ text: String) -> Bool {
    let folded = BoilerplateCues.fold(text)
    return folded.contains("vous souhaitez contacter") || folded.contains("contact the author")
      || folded.contains("contacter l'auteur") || folded.contains("contacter le journaliste")
  }

  private static func splitNames(_ text: String) -> [String] {
    var normalized = text
    for separator in [" and ", " et ", " & "] {
      normalized = normalized.replacingOccurrences(of: separator, with: ",")
    }
    return normalized.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}

/// The shape of a person's name as bylines write it: two to five words, each capitalised or a
/// particle ("de", "van", "le"), initials allowed ("J.-M.").
enum PersonName {
  private static let particles: Set<String> = [
    "de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "da", "di", "del", "bin", "al",
  ]

  static func looksLikeName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (2...5).contains(words.count), text.count <= 60 else { return false }
    var capitalised = 0
    for word in words {
      if particles.contains(word.lowercased()) { continue }
      guard let first = word.first, first.isUppercase else { return false }
      guard word.allSatisfy({ $0.isLetter || "-.'’".contains($0) }) else { return false }
      capitalised += 1
    }
    return capitalised >= 2
  }
}
