import Foundation

/// Bytes to text: the encoding is taken from a byte-order mark, a declared charset, or the
/// bytes themselves; line ends become LF.
///
/// Scraped articles arrive as UTF-8 most of the time, as Windows-1252 from older French sites
/// now and then, and occasionally as UTF-8 with a few broken bytes. No byte vanishes silently:
/// a guessed encoding or a replaced byte (U+FFFD) is reported as a warning.
public enum TextDecoder {
  public struct Decoded: Sendable {
    public var text: String
    /// The encoding used, as an IANA-style name ("UTF-8", "windows-1252", "UTF-16LE").
    public var encoding: String
    public var warnings: [String]
  }

  /// Decodes `bytes`; `declaredCharset` is what an HTML page or an HTTP header says it is.
  public static func decode(_ bytes: UnsafeRawBufferPointer, declaredCharset: String? = nil)
    -> Decoded
  {
    let units = bytes.bindMemory(to: UInt8.self)
    if units.starts(with: [0xEF, 0xBB, 0xBF]) {
      return decodeUTF8(UnsafeBufferPointer(rebasing: units[3...]), encoding: "UTF-8")
    }
    if units.starts(with: [0xFF, 0xFE]) || units.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(UnsafeBufferPointer(rebasing: units[2...]), littleEndian: units[0] == 0xFF)
    }
    if let declared = declaredCharset.map(normalizedCharsetName), declared == "windows-1252" {
      return Decoded(text: decodeWindows1252(units).text, encoding: declared, warnings: [])
    }
    if let text = String(validating: units, as: UTF8.self) {
      return Decoded(text: text, encoding: "UTF-8", warnings: [])
    }
    // A page that declares another charset Foundation knows (Cyrillic, Central European,
    // Japanese) is decoded as declared.
    if let declared = declaredCharset.map(normalizedCharsetName),
      let encoding = foundationEncodings[declared],
      let text = String(data: Data(units), encoding: encoding)
    {
      return Decoded(text: text, encoding: declared, warnings: [])
    }
    // Not valid UTF-8. Text that is mostly valid multi-byte UTF-8 with a few broken bytes is
    // UTF-8 with damage; text with no valid multi-byte sequence at all is a single-byte
    // encoding, Windows-1252 being the superset of Latin-1 that the web actually uses.
    let census = UTF8Census(units)
    if census.validMultibyte > census.invalid {
      return decodeUTF8(units, encoding: "UTF-8")
    }
    let decoded = decodeWindows1252(units)
    var warnings = ["not valid UTF-8: decoded as Windows-1252 (Latin-1)"]
    if decoded.undefined > 0 {
      warnings.append("\(decoded.undefined) byte(s) undefined in Windows-1252 replaced by U+FFFD")
    }
    return Decoded(text: decoded.text, encoding: "windows-1252", warnings: warnings)
  }

  private static let foundationEncodings: [String: String.Encoding] = [
    "windows-1251": .windowsCP1251, "windows-1250": .windowsCP1250, "iso-8859-2": .isoLatin2,
    "shift_jis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
  ]

  /// Maps the many spellings of the charsets we meet to one name.
  static func normalizedCharsetName(_ name: String) -> String {
    switch name.lowercased().trimmingCharacters(in: .whitespaces) {
    case "utf8", "utf-8": "UTF-8"
    case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
      "iso-8859-15", "us-ascii", "ascii", "x-cp1252":
      "windows-1252"
    default: name.lowercased()
    }
  }

  // MARK: - Decoders

  private static func decodeUTF8(_ units: UnsafeBufferPointer<UInt8>, encoding: String) -> Decoded {
    if let text = String(validating: units, as: UTF8.self) {
      return Decoded(text: text, encoding: encoding, warnings: [])
    }
    let invalid = UTF8Census(units).invalid
    return Decoded(
      text: String(decoding: units, as: UTF8.self), encoding: encoding,
      warnings: ["\(invalid) invalid UTF-8 sequence(s) replaced by U+FFFD"])
  }

  private static func decodeUTF16(_ units: UnsafeBufferPointer<UInt8>, littleEndian: Bool)
    -> Decoded
  {
    var codeUnits: [UInt16] = []
    codeUnits.reserveCapacity(units.count / 2)
    var index = 0
    while index + 1 < units.count {
      let (low, high) =
        littleEndian ? (units[index], units[index + 1]) : (units[index + 1], units[index])
      codeUnits.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    var warnings: [String] = []
    if units.count % 2 == 1 { warnings.append("odd trailing byte in UTF-16 text dropped") }
    let text = String(decoding: codeUnits, as: UTF16.self)
    if String(validating: codeUnits, as: UTF16.self) == nil {
      warnings.append("unpaired UTF-16 surrogates replaced by U+FFFD")
    }
    return Decoded(text: text, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", warnings: warnings)
  }

  private static func decodeWindows1252(_ units: UnsafeBufferPointer<UInt8>) -> (
    text: String, undefined: Int
  ) {
    var scalars = String.UnicodeScalarView()
    var undefined = 0
    for byte in units {
      if byte >= 0x80 && byte < 0xA0 {
        let value = windows1252High[Int(byte - 0x80)]
        if value == 0xFFFD { undefined += 1 }
        scalars.append(Unicode.Scalar(value)!)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return (String(scalars), undefined)
  }

  /// Windows-1252 bytes 0x80–0x9F; the five undefined ones map to U+FFFD.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}

/// Counts of valid multi-byte sequences and invalid bytes in a UTF-8 candidate.
struct UTF8Census {
  var validMultibyte = 0
  var invalid = 0

  init(_ units: UnsafeBufferPointer<UInt8>) {
    var index = 0
    let count = units.count
    while index < count {
      let lead = units[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      var valid = length > 0 && index + length <= count
      if valid {
        for offset in 1..<length where units[index + offset] & 0xC0 != 0x80 { valid = false }
      }
      if valid {
        validMultibyte += 1
        index += length
      } else {
        invalid += 1
        index += 1
      }
    }
  }
}
