/// Character classes the segmenter asks about, answered fast for Latin text.
///
/// The scanners run over every scalar of an article, so ASCII and Latin-1 answers come from
/// comparisons; only rarer scripts fall back to `Unicode.Scalar.Properties`, which is slow.
extension Unicode.Scalar {
  /// Spaces, tabs and line breaks, plus the no-break spaces French typography puts inside
  /// « » and before ; : ! ? (U+00A0, U+202F) and the thin spaces some sites use.
  var isSegmenterSpace: Bool {
    let v = value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return v == 0xA0 || v == 0x202F || (v >= 0x2000 && v <= 0x200A) || v == 0x3000
      || v == 0x1680 || v == 0x205F || v == 0x2028 || v == 0x2029 || v == 0x85
  }

  var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }

  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

  /// A letter of any script; marks count too, so "é" written as e + U+0301 stays one word.
  var isWordLetter: Bool {
    let v = value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    if v < 0x100 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 || v == 0xAA || v == 0xBA }
    if v < 0x250 { return true }
    if v >= 0x300 && v < 0x370 { return true }
    return properties.isAlphabetic
  }

  var isUppercaseLetter: Bool {
    let v = value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
    return properties.isUppercase
  }

  var isLowercaseLetter: Bool {
    let v = value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    if v < 0x100 { return v >= 0xDF && v != 0xF7 || v == 0xAA || v == 0xBA }
    return properties.isLowercase
  }

  /// The lower-case value used for word lookups; one scalar in, one scalar out.
  var lowercasedValue: UInt32 {
    let v = value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v | 0x20 : v }
    if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 ? v + 0x20 : v }
    guard properties.isUppercase else { return v }
    return properties.lowercaseMapping.unicodeScalars.first?.value ?? v
  }

  /// Sentence-final punctuation: . ! ? and the one-character ellipsis.
  var isSentenceTerminator: Bool {
    value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026 || value == 0x203C
      || value == 0x2047 || value == 0x2048 || value == 0x2049
  }

  /// Marks that may close a sentence after its terminator: quotes and brackets.
  var isClosingPunctuation: Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A: return true
    default: return false
    }
  }

  /// Marks that may open a sentence before its first word: quotes, brackets, dashes, bullets.
  var isOpeningPunctuation: Bool {
    switch value {
    case 0x22, 0x27, 0x28, 0x5B, 0xAB, 0x2018, 0x201C, 0x2039, 0x2013, 0x2014, 0x2D, 0x2022,
      0x2043, 0x25AA, 0x25CF, 0x2023, 0x2219, 0x2A, 0xBF, 0xA1:
      return true
    default: return false
    }
  }

  /// The apostrophes that join "l'", "d’", "aujourd'hui" and "don't".
  var isApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x2BC }

  var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
}
