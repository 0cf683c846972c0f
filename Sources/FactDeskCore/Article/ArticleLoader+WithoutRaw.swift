import Foundation

extension ArticleLoader {
  /// Loads a file as `load(path:options:)` does, for a caller that does not keep the raw
  /// bytes: `raw` is left empty. A plain text file in UTF-8, the common case, is read
  /// straight into the text's storage, so that its bytes are never held twice, as bytes and
  /// as text (20 MB each for a 20 MB file); anything else loads as usual.
  public static func loadWithoutRaw(path: String, options: Options = Options()) throws
    -> CleanArticle
  {
    guard var text = try FileReader.readUTF8Text(path: path, maximumBytes: options.maximumBytes)
    else {
      var article = try load(path: path, options: options)
      article.raw = Data()
      return article
    }
    let (isBinary, isHTML, digest) = text.withUTF8 { bytes in
      (
        InputSniffer.looksBinary(bytes), InputSniffer.looksLikeHTML(bytes, name: path),
        SHA256.hex(of: UnsafeRawBufferPointer(bytes))
      )
    }
    guard !isBinary else { throw LoadError.binary(source: path) }
    guard !isHTML else {
      // A page may declare another charset, which outranks valid UTF-8: decode its bytes.
      var article = try load(data: Data(text.utf8), source: path, options: options)
      article.raw = Data()
      return article
    }
    let decoded = TextDecoder.Decoded(text: text, encoding: "UTF-8", warnings: [])
    return try load(
      decoded: decoded, isHTML: false, raw: Data(), sha256: digest, source: path,
      options: options)
  }
}
