import Foundation

/// Cheap looks at the first bytes of an input: is it binary, is it HTML, what charset does it
/// declare. Only a prefix is examined so that a large file costs nothing here.
enum InputSniffer {
  static let prefixLength = 65_536

  /// NUL bytes or many control characters mean a binary file (an image, a PDF, a zip).
  /// UTF-16 text with a byte-order mark is the one legitimate source of NULs.
  static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
    let prefix = bytes.prefix(prefixLength)
    var controls = 0
    for byte in prefix where byte < 0x20 {
      switch byte {
      case 0: return true
      case 0x09, 0x0A, 0x0C, 0x0D: continue
      default: controls += 1
      }
    }
    return controls * 10 > prefix.count
  }

  /// HTML is recognised by content, not only by name: a doctype or an <html>, <head>, <body>
  /// tag near the start, or several common block tags.
  static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> Bool {
    let lowerName = name.lowercased()
    if lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm") || lowerName.hasSuffix(".xhtml")
    {
      return true
    }
    // Searched as bytes: Foundation's `String.contains` goes through CFString and cost
    // more than the rest of loading a small article.
    let head = lowercasedPrefixBytes(bytes, length: 4096)
    let trimmed = head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    func startsWith(_ marker: String) -> Bool { trimmed.starts(with: marker.utf8) }
    func has(_ marker: String) -> Bool { Self.find(Array(marker.utf8), in: head) }
    if startsWith("<!doctype html") || startsWith("<html") || startsWith("<?xml") && has("<html") {
      return true
    }
    if has("<html") || has("<head>") || has("<body") { return true }
    let markers = ["<p>", "<div", "<br>", "<a href", "</p>", "<meta "]
    return markers.filter(has).count >= 2
  }

  /// Whether `needle` occurs in `haystack`: a plain scan, enough for a 4 KB prefix.
  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
    let first = needle[0]
    for start in 0...(haystack.count - needle.count) where haystack[start] == first {
      if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }

  /// The charset an HTML page declares in `<meta charset>` or `http-equiv` Content-Type.
  static func declaredCharset(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let head = lowercasedPrefix(bytes, length: 8192)
    guard let range = head.range(of: "charset=") else { return nil }
    let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
    let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    return name.isEmpty ? nil : String(name)
  }

  /// The first bytes as ASCII-lowercased text; non-ASCII bytes become "?" (enough for tags).
  private static func lowercasedPrefix(_ bytes: UnsafeBufferPointer<UInt8>, length: Int) -> String {
    String(decoding: lowercasedPrefixBytes(bytes, length: length), as: UTF8.self)
  }

  /// The first `length` bytes, ASCII capitals lowered and other bytes past ASCII as "?".
  private static func lowercasedPrefixBytes(_ bytes: UnsafeBufferPointer<UInt8>, length: Int)
    -> [UInt8]
  {
    bytes.prefix(length).map { byte -> UInt8 in
      if byte >= 0x80 { return UInt8(ascii: "?") }
      return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
  }
}
