import Foundation

/// Loads an article from bytes, a file, standard input or a URL, and returns it clean: decoded,
/// LF-normalised, boilerplate removed and listed, paragraphs with roles, metadata.
public struct ArticleLoader {
  public struct Options: Sendable {
    /// Forces the language instead of guessing it from stop words or `<html lang>`.
    public var language: Language?
    /// Forces the title.
    public var title: String?
    /// Keeps the whole input (`--raw`, `--no-clean`): no boilerplate removal.
    public var keepEverything: Bool
    /// Inputs above this many bytes are refused before they are read.
    public var maximumBytes: Int

    public init(
      language: Language? = nil, title: String? = nil, keepEverything: Bool = false,
      maximumBytes: Int = 100_000_000
    ) {
      self.language = language
      self.title = title
      self.keepEverything = keepEverything
      self.maximumBytes = maximumBytes
    }
  }

  // MARK: - Entry points

  /// Loads an article from bytes already in memory; `source` names it in messages.
  public static func load(data: Data, source: String, options: Options = Options()) throws
    -> CleanArticle
  {
    try load(data: data, source: source, options: options, headerCharset: nil)
  }

  /// `headerCharset` is what an HTTP Content-Type header said; it outranks `<meta charset>`,
  /// as in browsers.
  static func load(data: Data, source: String, options: Options, headerCharset: String?) throws
    -> CleanArticle
  {
    guard !data.isEmpty else { throw LoadError.empty(source: source) }
    guard data.count <= options.maximumBytes else {
      throw LoadError.tooLarge(source: source, bytes: data.count, limit: options.maximumBytes)
    }
    let sniffed = try data.withUnsafeBytes { raw -> (TextDecoder.Decoded, Bool) in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard !InputSniffer.looksBinary(bytes) else { throw LoadError.binary(source: source) }
      let isHTML = InputSniffer.looksLikeHTML(bytes, name: source)
      let charset = headerCharset ?? (isHTML ? InputSniffer.declaredCharset(bytes) : nil)
      return (TextDecoder.decode(raw, declaredCharset: charset), isHTML)
    }
    var (decoded, isHTML) = sniffed
    // UTF-16 hides its tags from the byte sniffer behind NULs: look again at the decoded text.
    if !isHTML && decoded.encoding.hasPrefix("UTF-16") {
      var prefix = String(decoded.text.prefix(4096))
      isHTML = prefix.withUTF8 { InputSniffer.looksLikeHTML($0, name: source) }
    }
    return try load(
      decoded: decoded, isHTML: isHTML, raw: data, sha256: SHA256.hex(of: data), source: source,
      options: options)
  }

  /// Cleans decoded text; `raw` and `sha256` are the bytes it came from and their digest.
  static func load(
    decoded: TextDecoder.Decoded, isHTML: Bool, raw: Data, sha256: String, source: String,
    options: Options
  ) throws -> CleanArticle {
    let text = LineEnds.normalized(decoded.text)
    // Only blanks is as empty as no bytes at all (stops at the first visible character).
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw LoadError.empty(source: source)
    }
    var article =
      isHTML
      ? try loadHTML(text, source: source, options: options)
      : try loadText(text, source: source, options: options)
    article.raw = raw
    article.sha256 = sha256
    article.warnings = decoded.warnings + article.warnings
    return article
  }

  /// Loads a file; "-" reads standard input. The size is checked before anything is read.
  public static func load(path: String, options: Options = Options()) throws -> CleanArticle {
    let data = try FileReader.read(path: path, maximumBytes: options.maximumBytes)
    return try load(data: data, source: path, options: options)
  }

  /// Downloads an http(s) URL and loads what it returns.
  public static func fetch(url: URL, options: Options = Options(), timeout: TimeInterval = 30)
    throws -> CleanArticle
  {
    let download = try URLFetcher.fetch(
      url: url, timeout: timeout, maximumBytes: options.maximumBytes)
    var name = download.finalURL.absoluteString
    if download.isHTML && !name.lowercased().hasSuffix(".html") { name += "#.html" }
    var article = try load(
      data: download.data, source: name, options: options, headerCharset: download.charset)
    article.source = url.absoluteString
    if article.metadata.site == nil, let host = url.host {
      article.metadata.site = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
    return article
  }

  // MARK: - Plain text

  private static func loadText(_ text: String, source: String, options: Options) throws
    -> CleanArticle
  {
    // Boilerplate is judged with the stop words of the language the text is written in; a
    // language the caller forces names the article (and drives the segmenter) but must not
    // make English prose look like a French menu.
    let detected = StopWords.detectLanguage(text.prefix(65_536))
    let language = options.language ?? detected
    if options.keepEverything {
      let paragraphs = LineEnds.paragraphSpans(in: text).map {
        CleanArticle.Paragraph(span: $0, role: .body)
      }
      guard !paragraphs.isEmpty else { throw LoadError.noText(source: source) }
      return CleanArticle(
        source: source, raw: Data(), sha256: "", text: text, paragraphs: paragraphs,
        metadata: ArticleMetadata(title: options.title, language: language))
    }
    var blocks = PlainTextExtractor.blocks(from: text)
    guard !blocks.isEmpty else { throw LoadError.noText(source: source) }
    TextBoilerplateClassifier(language: detected).classify(&blocks)
    PlainTextExtractor.keepWrappedParagraphsWhole(&blocks)
    return try assemble(
      blocks, removed: [], page: nil, language: language, source: source, options: options)
  }

  // MARK: - HTML

  private static func loadHTML(_ text: String, source: String, options: Options) throws
    -> CleanArticle
  {
    guard let document = HTMLDocument(utf8: text) else {
      throw LoadError.htmlWithoutBody(source: source)
    }
    let extractor = HTMLExtractor(
      document: document, language: options.language, keepEverything: options.keepEverything)
    guard !extractor.blocks.isEmpty else { throw LoadError.htmlWithoutBody(source: source) }
    return try assemble(
      extractor.blocks, removed: extractor.removed, page: extractor.page,
      language: extractor.language, source: source, options: options)
  }

  // MARK: - Assembly

  private static func assemble(
    _ classified: [TextBlock], removed: [CleanArticle.RemovedPart], page: HTMLPageMetadata?,
    language: Language, source: String, options: Options
  ) throws -> CleanArticle {
    var blocks = classified
    let bylines = BylineFinder.find(in: blocks)
    if !options.keepEverything {
      ArticleStructure(bylines: bylines).assignRoles(&blocks)
    }
    let assembled = ArticleAssembler(blocks: blocks)
    guard !assembled.paragraphs.isEmpty else { throw LoadError.noText(source: source) }
    let metadata = MetadataExtractor.metadata(
      blocks: blocks, page: page, bylines: bylines, language: language, source: source,
      title: options.title)
    return CleanArticle(
      source: source, raw: Data(), sha256: "", text: assembled.text,
      paragraphs: assembled.paragraphs, removed: removed + assembled.removed,
      references: assembled.references, metadata: metadata)
  }
}
