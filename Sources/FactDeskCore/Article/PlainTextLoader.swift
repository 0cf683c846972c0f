import Foundation

/// Why a file could not become an article.
public enum PlainLoadError: Error, Equatable, CustomStringConvertible {
  case notFound(String)
  case isDirectory(String)
  case unreadable(String)
  case empty(String)
  case binary(String)
  case notUTF8(String)
  case tooLarge(String, limit: Int)

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file"
    case .isDirectory(let path): "\(path) is a directory"
    case .unreadable(let path): "\(path): permission denied"
    case .empty(let path): "\(path) is empty; nothing to load"
    case .binary(let path): "\(path) looks like a binary file, not text"
    case .notUTF8(let path): "\(path) is not valid UTF-8 text"
    case .tooLarge(let path, let limit):
      "\(path) is larger than \(limit / 1_000_000) MB; not loaded"
    }
  }
}

/// Reads a text file as an article: UTF-8, LF line ends, paragraphs split on blank lines,
/// every paragraph body. The first paragraph is taken as the title.
public enum PlainTextLoader {
  public static let largestFile = 100_000_000

  public static func load(path: String) throws(PlainLoadError) -> CleanArticle {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path)
    }
    guard !isDirectory.boolValue else { throw .isDirectory(path) }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= largestFile else { throw .tooLarge(path, limit: largestFile) }
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
    guard !data.isEmpty else { throw .empty(path) }
    guard !data.contains(0) else { throw .binary(path) }
    guard let decoded = String(validating: data, as: UTF8.self) else { throw .notUTF8(path) }
    let text = decoded.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    let (clean, paragraphs) = paragraphs(of: text)
    guard !paragraphs.isEmpty else { throw .empty(path) }
    let title = ScalarText(clean)[paragraphs[0].span]
    return CleanArticle(
      source: path, raw: data, sha256: SHA256.hexDigest(of: data), text: clean,
      paragraphs: paragraphs, metadata: ArticleMetadata(title: title))
  }

  /// Joins the non-blank paragraphs of `text` with one blank line and records their spans.
  static func paragraphs(of text: String) -> (String, [CleanArticle.Paragraph]) {
    var clean = String.UnicodeScalarView()
    var paragraphs: [CleanArticle.Paragraph] = []
    var offset = 0
    let blocks = text.components(separatedBy: "\n").split(whereSeparator: {
      $0.allSatisfy(\.isWhitespace)
    })
    for block in blocks {
      let paragraph = block.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
      if !paragraphs.isEmpty {
        clean.append(contentsOf: "\n\n".unicodeScalars)
        offset += 2
      }
      let length = paragraph.unicodeScalars.count
      clean.append(contentsOf: paragraph.unicodeScalars)
      paragraphs.append(.init(span: TextSpan(start: offset, end: offset + length), role: .body))
      offset += length
    }
    return (String(clean), paragraphs)
  }
}
