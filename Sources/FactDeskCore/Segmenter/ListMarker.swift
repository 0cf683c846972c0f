/// The marker that opens a list item: "1.", "2.)", "3)", "a.", "•", "⁃9.".
///
/// Items of an inline list ("1. The first item 2. The second item") carry no final period,
/// so the marker of the next item is what ends the previous one.
struct ListMarker: Equatable {
  enum Kind: Equatable {
    case number, letter
    case bullet(UInt32)
  }

  var kind: Kind
  /// The item's number (1 for "a."), or 0 for a bullet.
  var value: Int
  /// The scalar offset just past the marker.
  var end: Int

  /// Whether `self` can be the item after `previous` in the same list.
  func follows(_ previous: ListMarker) -> Bool {
    switch (kind, previous.kind) {
    case (.number, .number), (.letter, .letter): return value == previous.value + 1
    case (.bullet(let a), .bullet(let b)): return a == b
    default: return false
    }
  }

  static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2022, 0x2043, 0x25AA, 0x25CF, 0x2023, 0x2219, 0x25E6, 0x2013, 0x2014, 0x2A:
      return true
    default: return false
    }
  }

  /// Reads a marker starting at `index`, which must begin a word.
  static func parse(_ text: [Unicode.Scalar], at index: Int, end: Int) -> ListMarker? {
    guard index < end else { return nil }
    let first = text[index]
    if isBullet(first) {
      return ListMarker(kind: .bullet(first.value), value: 0, end: index + 1)
    }
    var cursor = index
    var kind = Kind.number
    var value = 0
    if first.isASCIIDigit {
      while cursor < end && text[cursor].isASCIIDigit && cursor - index < 3 {
        value = value * 10 + Int(text[cursor].value - 0x30)
        cursor += 1
      }
    } else if first.value >= 0x61 && first.value <= 0x7A {
      kind = .letter
      value = Int(first.value - 0x60)
      cursor += 1
    } else {
      return nil
    }
    // The number must be followed by "." ".)" or ")" and then a space.
    guard cursor < end else { return nil }
    if text[cursor] == "." {
      cursor += 1
      if cursor < end && text[cursor] == ")" { cursor += 1 }
    } else if text[cursor] == ")" && kind == .number {
      cursor += 1
    } else {
      return nil
    }
    guard cursor < end, text[cursor].isSegmenterSpace else { return nil }
    return ListMarker(kind: kind, value: value, end: cursor)
  }
}
