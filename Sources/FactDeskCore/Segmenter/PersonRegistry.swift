/// The people of one article, merged across the ways it names them, and the memory of who
/// spoke last, which is what pronouns and role nouns resolve to.
///
/// "J-M Blanquer", "Jean-Michel Blanquer" and "M. Blanquer" share a surname and compatible
/// first-name initials, so they are one person, named by the fullest form.
struct PersonRegistry {
  private struct Entry {
    var surname: UInt64
    var initials: [UInt32]
    var nameLength: Int
    var gender: Gender?
    var roleNouns: Set<UInt64>
  }

  private(set) var persons: [FoundPerson] = []
  private var entries: [Entry] = []
  private var bySurname: [UInt64: [Int]] = [:]
  /// One bit per surname hash bucket: most capitalised words of a text are nobody's
  /// surname, and a clear bit answers so without hashing the key again for `bySurname`.
  private var surnameBuckets = SurnameBuckets()
  /// Person indices, most recent speaker or mention last.
  private var recent: [Int] = []
  /// Where the window being read starts in the article: mentions are kept in the
  /// article's offsets, since people outlive the window where they were met.
  var offsetBase = 0

  /// Records a named mention and returns the person it designates.
  mutating func register(
    _ mention: NameMention, text: [Unicode.Scalar], roleNoun: UInt64? = nil
  ) -> Int {
    let words = mention.words
    let surname = WordHash.of(text[words[words.count - 1].start..<words[words.count - 1].end])
    let initials = words.dropLast().map { text[$0.start].lowercasedValue }
    // Names and roles become strings only when they are kept: a person named a thousand
    // times is written once.
    func string(_ span: TextSpan) -> String {
      String(String.UnicodeScalarView(text[span.start..<span.end]))
    }
    let fullness = mention.hasTitle ? 0 : words.count * 1000 + mention.span.length
    let gender = mention.gender ?? mention.roleGender
    let index: Int
    let candidates = bySurname[surname] ?? []
    if let existing = candidates.first(where: {
      let entry = entries[$0]
      return (initials.isEmpty || entry.initials.isEmpty || entry.initials == initials)
        && (gender == nil || entry.gender == nil || entry.gender == gender)
    }) {
      index = existing
      persons[index].mentions.append(mention.span.shifted(by: offsetBase))
      if fullness > entries[index].nameLength {
        persons[index].name = string(mention.span)
        entries[index].nameLength = fullness
        if entries[index].initials.isEmpty { entries[index].initials = initials }
      }
      if persons[index].role == nil, let role = mention.role { persons[index].role = string(role) }
      if entries[index].gender == nil { entries[index].gender = gender }
    } else {
      index = persons.count
      bySurname[surname, default: []].append(index)
      surnameBuckets.insert(surname)
      persons.append(
        FoundPerson(
          name: string(mention.span), role: mention.role.map(string),
          mentions: [mention.span.shifted(by: offsetBase)]))
      entries.append(
        Entry(
          surname: surname, initials: initials, nameLength: fullness, gender: gender,
          roleNouns: []))
    }
    if let roleNoun { entries[index].roleNouns.insert(roleNoun) }
    touch(index)
    return index
  }

  /// Whether a single capitalised word is the surname of somebody already named.
  func isKnownSurname(_ hash: UInt64) -> Bool {
    surnameBuckets.mayContain(hash) && bySurname[hash] != nil
  }

  /// The most recent person compatible with a pronoun of `gender`.
  mutating func resolvePronoun(_ gender: Gender?, at span: TextSpan) -> Int? {
    guard let index = recent.last(where: { isCompatible($0, gender) }) else { return nil }
    if entries[index].gender == nil { entries[index].gender = gender }
    persons[index].mentions.append(span.shifted(by: offsetBase))
    touch(index)
    return index
  }

  /// The most recent person who holds `roleNoun` ("le ministre"), else the most recent
  /// compatible person whose role is unknown; else a new person named by the phrase ("the
  /// mayor"), so that later mentions of the role still find one speaker.
  mutating func resolveRole(
    _ roleNoun: UInt64, gender: Gender?, at span: TextSpan, text: [Unicode.Scalar]
  ) -> Int {
    let holder =
      recent.last { entries[$0].roleNouns.contains(roleNoun) }
      ?? recent.last { entries[$0].roleNouns.isEmpty && isCompatible($0, gender) }
    guard let index = holder else {
      let index = persons.count
      let phrase = String(String.UnicodeScalarView(text[span.start..<span.end]))
      persons.append(
        FoundPerson(name: phrase, role: phrase, mentions: [span.shifted(by: offsetBase)]))
      entries.append(
        Entry(surname: 0, initials: [], nameLength: 0, gender: gender, roleNouns: [roleNoun]))
      touch(index)
      return index
    }
    entries[index].roleNouns.insert(roleNoun)
    persons[index].mentions.append(span.shifted(by: offsetBase))
    touch(index)
    return index
  }

  /// Marks `index` as the latest speaker, so pronouns that follow resolve to them.
  mutating func touch(_ index: Int) {
    if let position = recent.lastIndex(of: index) { recent.remove(at: position) }
    recent.append(index)
    // Pronouns reach back a few speakers at most; a short list keeps lookups constant.
    if recent.count > 32 { recent.removeFirst() }
  }

  private func isCompatible(_ index: Int, _ gender: Gender?) -> Bool {
    gender == nil || entries[index].gender == nil || entries[index].gender == gender
  }
}

/// A bit set over the top bits of word hashes: a filter that says "no" for certain and
/// "maybe" otherwise.
private struct SurnameBuckets {
  /// 65,536 bits: a few percent set even for the thousands of people of a long corpus.
  private var words = [UInt64](repeating: 0, count: 1024)

  mutating func insert(_ hash: UInt64) {
    let bucket = Self.bucket(hash)
    words[bucket >> 6] |= 1 << UInt64(bucket & 63)
  }

  func mayContain(_ hash: UInt64) -> Bool {
    let bucket = Self.bucket(hash)
    return words[bucket >> 6] >> UInt64(bucket & 63) & 1 != 0
  }

  /// The top 16 bits after a multiply, which spreads every bit of the hash into them.
  private static func bucket(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 48)
  }
}
