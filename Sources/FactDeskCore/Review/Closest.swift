/// The closest word to a mistyped one, for "did you mean" in store messages.
enum Closest {
  static func word(to typed: String, in candidates: [String]) -> String? {
    let lowered = typed.lowercased()
    if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
    let scored = candidates.map { ($0, distance(Array($0.lowercased()), Array(lowered))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, typed.count / 3) ? best.0 : nil
  }

  /// Levenshtein distance over Characters.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
