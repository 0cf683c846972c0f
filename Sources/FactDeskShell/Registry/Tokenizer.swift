/// Splits a command line into words the way a shell user expects.
///
/// `"…"` and `'…'` group words; a backslash escapes the next character (inside double quotes
/// too); `#` at the start of a word begins a comment. Everything else, « » and accents
/// included, passes through untouched: the tokenizer works on Characters, never bytes.
public enum Tokenizer {
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case unterminatedQuote(Character)
    case danglingEscape

    public var description: String {
      switch self {
      case .unterminatedQuote(let mark): "unterminated \(mark)…\(mark) quote"
      case .danglingEscape: "a backslash ends the line"
      }
    }
  }

  /// The words of `line`; an empty array for a blank or comment-only line.
  public static func words(of line: String) throws(Failure) -> [String] {
    let scan = scan(line)
    if let failure = scan.failure { throw failure }
    return scan.words + (scan.partial.map { [$0] } ?? [])
  }

  /// What a line holds so far, for completion: finished words and the word being typed
  /// (nil when the line ends in white space).
  public static func partialWords(of line: String) -> (words: [String], current: String?) {
    let scan = scan(line)
    return (scan.words, scan.partial ?? (scan.failure == nil ? nil : ""))
  }

  private struct Scan {
    var words: [String] = []
    var partial: String?
    var failure: Failure?
  }

  private static func scan(_ line: String) -> Scan {
    var result = Scan()
    var word: String?
    var quote: Character?
    var escaping = false
    for character in line {
      if escaping {
        word = (word ?? "") + String(character)
        escaping = false
        continue
      }
      if character == "\\" && quote != "'" {
        escaping = true
        word = word ?? ""
        continue
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else {
          word = (word ?? "") + String(character)
        }
        continue
      }
      switch character {
      case "\"", "'":
        quote = character
        word = word ?? ""
      case "#" where word == nil:
        result.partial = nil
        return result
      case _ where character.isWhitespace:
        if let finished = word { result.words.append(finished) }
        word = nil
      default:
        word = (word ?? "") + String(character)
      }
    }
    if let quote {
      result.failure = .unterminatedQuote(quote)
    } else if escaping {
      result.failure = .danglingEscape
    }
    result.partial = word
    return result
  }
}
