/// The closest word to a mistyped one, for "did you mean" in store messages.
enum Closest {
  static func word(to typed: String, in candidates: [String]) -> String? {
    let lowered = typed.lowercased()
    if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
    let scored = candidates.map { ($0, distance(Array($0.lowercased()), Array(lowered))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, typed.count / 3) ? best.0 : nil
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    EditDistance.between(a, b)
  }
}
