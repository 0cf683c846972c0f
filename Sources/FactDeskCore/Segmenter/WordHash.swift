/// A 64-bit FNV-1a hash of a word, lower-cased, so word lists can be looked up without
/// building a `String` for every token of a 20 MB corpus.
///
/// Typographic and straight apostrophes hash alike, so "aujourd’hui" finds "aujourd'hui".
/// One multiply per scalar (of its whole 21-bit value) keeps the token scan cheap; with a
/// few thousand listed words, a collision with a text word is vanishingly unlikely.
struct WordHash {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  mutating func add(_ scalar: Unicode.Scalar) {
    var v = scalar.lowercasedValue
    if v == 0x2019 || v == 0x2BC { v = 0x27 }
    value = (value ^ UInt64(v)) &* 0x100_0000_01b3
  }

  /// `add` for a scalar already lower-cased and known not to be an apostrophe.
  @inline(__always)
  mutating func addLowercased(_ value: UInt32) {
    self.value = (self.value ^ UInt64(value)) &* 0x100_0000_01b3
  }

  /// Adds the lower-case ASCII letters from `start` up to the first other scalar (or `end`)
  /// and returns where they stop.
  @inline(__always)
  mutating func addLowercaseASCIIRun(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int
  ) -> Int {
    guard start < end else { return start }
    // A range that is not empty has a base address: no test for one on every run.
    let base = text.baseAddress.unsafelyUnwrapped
    // A pointer walk: an index into the buffer cost two more additions per letter.
    var hash = value
    var letter = base + start
    let stop = base + end
    repeat {
      let v = letter.pointee.value
      guard v &- 0x61 < 26 else { break }
      hash = (hash ^ UInt64(v)) &* 0x100_0000_01b3
      letter += 1
    } while letter < stop
    value = hash
    // The letters read, by unsigned arithmetic: `letter - base` divides with a sign fix-up.
    return start
      &+ Int(
        truncatingIfNeeded: (UInt(bitPattern: letter) &- UInt(bitPattern: base + start))
          / UInt(MemoryLayout<Unicode.Scalar>.stride))
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

/// An open-addressing table from word hashes to classes. `Dictionary` hashes its keys again
/// with SipHash on every lookup; the words are already hashed, so a masked probe is enough,
/// and it is most of the cost of reading a token. The slots live in memory allocated once
/// for the life of the process, so a lookup touches no reference counts.
///
/// About half the words of a text are listed (function words) and half are not, in no
/// order a branch predictor could learn, so a lookup tells the two apart without a branch:
/// it reads the word's home slot and keeps its classes only if the key matches. Only when
/// some listed word was pushed past that slot (marked in the slot, and rare in a table
/// kept at most a quarter full) does it walk on.
struct WordTable: @unchecked Sendable {
  /// A key and its classes side by side, so a lookup touches one cache line, not two:
  /// the table is larger than the L1 cache, and the window's text competes for L2.
  private struct Slot {
    var key: UInt64 = 0
    /// The classes in the low 32 bits, and `overflowBit` when a key whose home is this
    /// slot was stored further on.
    var entry: UInt64 = 0
  }

  private let slots: UnsafeMutablePointer<Slot>
  private let mask: Int
  private static let overflowBit: UInt64 = 1 << 32

  init(_ table: [UInt64: WordClass]) {
    var capacity = 16
    while capacity < table.count * 4 { capacity *= 2 }
    mask = capacity - 1
    slots = .allocate(capacity: capacity)
    slots.initialize(repeating: Slot(), count: capacity)
    for (key, classes) in table {
      let home = Self.slot(key, mask)
      var slot = home
      while slots[slot].key != 0 { slot = (slot + 1) & mask }
      if slot != home { slots[home].entry |= Self.overflowBit }
      slots[slot].key = key
      slots[slot].entry |= UInt64(classes.rawValue)
    }
  }

  /// A table of word lists, each word hashed as the tokenizer hashes it and given its
  /// list's class; a word in several lists has all their classes.
  init(lists: [(words: [String], wordClass: WordClass)]) {
    var table: [UInt64: WordClass] = [:]
    for (words, wordClass) in lists {
      for word in words { table[WordHash.of(word), default: []].insert(wordClass) }
    }
    self.init(table)
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  @inline(__always)
  func classes(of key: UInt64) -> WordClass {
    let home = Self.slot(key, mask)
    let slot = slots[home]
    if _slowPath(slot.entry & Self.overflowBit != 0 && slot.key != key) {
      return probe(key, after: home)
    }
    let kept = slot.key == key ? slot.entry : 0
    return WordClass(rawValue: UInt32(truncatingIfNeeded: kept))
  }

  /// The classes of a key that is not in its home slot, where some other key is: it is
  /// further along, or in no list.
  private func probe(_ key: UInt64, after home: Int) -> WordClass {
    var index = (home + 1) & mask
    while true {
      let slot = slots[index]
      if slot.key == key { return WordClass(rawValue: UInt32(truncatingIfNeeded: slot.entry)) }
      if slot.key == 0 { return [] }
      index = (index + 1) & mask
    }
  }
}
