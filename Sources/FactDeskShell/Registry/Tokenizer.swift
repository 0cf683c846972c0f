/// Splits a command line into words the way a shell user expects.
///
/// `"…"` and `'…'` group words; a backslash escapes the next character (inside double quotes
/// too), and `\n` and `\t` stand for a line break and a tab; `#` at the start of a word
/// begins a comment. Everything else, « » and accents
/// included, passes through untouched: the tokenizer works on Unicode scalars, never bytes.
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

  /// Works on Unicode scalars: the marks that matter are ASCII, and looking up Character
  /// properties for every letter was most of what tokenizing a line cost. A combining mark
  /// after an escaped letter still follows it, so the words come out the same.
  private static func scan(_ line: String) -> Scan {
    var result = Scan()
    // `word` collects UTF-8 bytes in one reused buffer: appending scalar by scalar to a
    // String was a tenth of what a review command cost. `inWord` tells an empty quoted
    // word ("") from no word at all.
    var word = WordBuffer()
    var inWord = false
    var quote: Unicode.Scalar?
    var escaping = false
    for scalar in line.unicodeScalars {
      if escaping {
        word.append(escaped(scalar))
        escaping = false
        continue
      }
      if scalar == "\\" && quote != "'" {
        escaping = true
        inWord = true
        continue
      }
      if let open = quote {
        if scalar == open {
          quote = nil
        } else {
          word.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"", "'":
        quote = scalar
        inWord = true
      case "#" where !inWord:
        result.partial = nil
        return result
      case _ where isWhitespace(scalar):
        if inWord { result.words.append(word.take()) }
        inWord = false
      default:
        word.append(scalar)
        inWord = true
      }
    }
    if let quote {
      result.failure = .unterminatedQuote(Character(quote))
    } else if escaping {
      result.failure = .danglingEscape
    }
    result.partial = inWord ? word.take() : nil
    return result
  }

  /// The bytes of the word being scanned.
  private struct WordBuffer {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(64) }

    mutating func append(_ scalar: Unicode.Scalar) {
      if scalar.isASCII {
        bytes.append(UInt8(scalar.value))
      } else {
        bytes.append(contentsOf: scalar.utf8)
      }
    }

    /// The word so far as a String; the buffer starts over, keeping its storage.
    mutating func take() -> String {
      defer { bytes.removeAll(keepingCapacity: true) }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// White space as `Character.isWhitespace` has it, with ASCII answered without a lookup.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? (scalar == " " || (0x09...0x0D).contains(scalar.value))
      : scalar.properties.isWhitespace
  }

  /// What a backslash makes of the next character: `\n` and `\t` stand for a line break and
  /// a tab, since a command is one line; anything else stands for itself.
  private static func escaped(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "n": "\n"
    case "t": "\t"
    default: scalar
    }
  }
}
