/// A 64-bit FNV-1a hash of a word, lower-cased, so word lists can be looked up without
/// building a `String` for every token of a 20 MB corpus.
///
/// Typographic and straight apostrophes hash alike, so "aujourd’hui" finds "aujourd'hui".
struct WordHash {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ scalar: Unicode.Scalar) {
    var v = scalar.lowercasedValue
    if v == 0x2019 || v == 0x2BC { v = 0x27 }
    // Four bytes per scalar keeps the hash of "é" distinct from any two ASCII letters.
    for shift in stride(from: 0, to: 32, by: 8) {
      value ^= UInt64((v >> UInt32(shift)) & 0xFF)
      value &*= 0x100_0000_01b3
    }
  }

  static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash = WordHash()
    for scalar in scalars { hash.add(scalar) }
    return hash.value
  }

  static func of(_ word: String) -> UInt64 {
    var hash = WordHash()
    for scalar in word.unicodeScalars { hash.add(scalar) }
    return hash.value
  }
}
