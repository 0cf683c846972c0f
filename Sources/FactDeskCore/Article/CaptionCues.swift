/// Photo captions end with a credit: "© AFP", "Droits réservés - DR - Philippe Devernay/MENJS",
/// "Photo: Reuters", "(Getty Images)".
enum CaptionCues {
  private static let credits: [[UInt8]] = [
    "©", "droits réservés", "crédit photo", "crédits photo", "crédit :", "photo :", "photo:",
    "photo credit", "photograph:", "photographie :", "getty images", "afp photo", "/afp",
    "/ afp", "reuters/", "/reuters", "/ reuters", "ap photo", "shutterstock", "istock",
    "illustration :", " - dr", "dr - ", "photo by", "credit:", "image:", "/ sipa", "/sipa",
    "hans lucas", "maxppp", "abaca",
  ].map { Array($0.utf8) }

  static func looksLikeCaption(_ text: String) -> Bool {
    guard text.utf8.count <= 800 else { return false }
    return looksLikeCaption(folded: BoilerplateCues.fold(text))
  }

  /// The same test on text already folded by `BoilerplateCues.fold`.
  static func looksLikeCaption(folded: String) -> Bool {
    guard folded.utf8.count <= 800, folded.unicodeScalars.count <= 400 else { return false }
    var lowered = folded
    return lowered.withUTF8 { bytes in
      for start in 0..<bytes.count {
        for credit in creditsByFirstByte[Int(bytes[start])]
        where ByteSearch.matches(bytes, at: start, credit, wholeWord: false) {
          return true
        }
      }
      return false
    }
  }

  /// Credits by their first byte, so the scan tries only those that can start at a position.
  private static let creditsByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for credit in credits { table[Int(credit[0])].append(credit) }
    return table
  }()
}
