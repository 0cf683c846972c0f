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
    let head = lowercasedPrefix(bytes, length: 4096)
    let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
      || trimmed.hasPrefix("<?xml")
        && head.contains("<html")
    {
      return true
    }
    if head.contains("<html") || head.contains("<head>") || head.contains("<body") { return true }
    let markers = ["<p>", "<div", "<br>", "<a href", "</p>", "<meta "]
    return markers.filter { head.contains($0) }.count >= 2
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
    String(
      decoding: bytes.prefix(length).map { byte -> UInt8 in
        if byte >= 0x80 { return UInt8(ascii: "?") }
        return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      }, as: UTF8.self)
  }
}
