/// The words of a name while `NameReader` reads it.
///
/// A name is tried at every capitalised word of a sentence that may report speech, and most
/// tries end in nothing ("Poitiers", a sentence's first word), so the first four words, as
/// many as a name usually has, stay inline rather than in an array allocated for each try.
/// Only a name kept as a mention becomes an array.
struct NameWords {
  private static let inlineCount = 4
  private var inline = (TextSpan.empty, TextSpan.empty, TextSpan.empty, TextSpan.empty)
  /// Words after the fourth: a name with capitalised particles ("Jean de La Fontaine")
  /// reads on past four words.
  private var overflow: [TextSpan] = []
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }

  subscript(index: Int) -> TextSpan {
    get {
      precondition(index >= 0 && index < count)
      switch index {
      case 0: return inline.0
      case 1: return inline.1
      case 2: return inline.2
      case 3: return inline.3
      default: return overflow[index - Self.inlineCount]
      }
    }
    set {
      precondition(index >= 0 && index < count)
      switch index {
      case 0: inline.0 = newValue
      case 1: inline.1 = newValue
      case 2: inline.2 = newValue
      case 3: inline.3 = newValue
      default: overflow[index - Self.inlineCount] = newValue
      }
    }
  }

  mutating func append(_ word: TextSpan) {
    count += 1
    if count > Self.inlineCount {
      overflow.append(word)
    } else {
      self[count - 1] = word
    }
  }

  mutating func removeLast() {
    precondition(count > 0)
    if count > Self.inlineCount { overflow.removeLast() }
    count -= 1
  }

  var array: [TextSpan] { (0..<count).map { self[$0] } }
}

extension TextSpan {
  fileprivate static let empty = TextSpan(start: 0, end: 0)
}
