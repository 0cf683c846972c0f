import CCurl
import Foundation

/// Downloads one web page synchronously: redirects followed, a time limit on the whole
/// transfer, a size cap enforced while the bytes arrive, and one clear error for each way a
/// download fails (offline, timeout, HTTP error, an image instead of a page).
enum URLFetcher {
  struct Download {
    var data: Data
    var finalURL: URL
    var isHTML: Bool
    /// The charset named in the Content-Type header, if any.
    var charset: String?
  }

  static func fetch(url: URL, timeout: TimeInterval, maximumBytes: Int) throws -> Download {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
      throw LoadError.unsupportedURL(url.absoluteString)
    }
    let name = url.absoluteString
    let body = BodyCollector(maximumBytes: maximumBytes)
    var result = web_fetch_result()
    withExtendedLifetime(body) {
      web_fetch(
        name, Int(timeout * 1000), BodyCollector.receive, Unmanaged.passUnretained(body).toOpaque(),
        &result)
    }
    if body.tooLarge {
      throw LoadError.tooLarge(source: name, bytes: body.bytesOffered, limit: maximumBytes)
    }
    try checkTransfer(result, url: name, timeout: timeout)
    guard (200..<300).contains(result.http_status) else {
      throw LoadError.httpStatus(url: name, status: result.http_status)
    }
    let contentType = text(of: result.content_type).lowercased()
    let isText =
      contentType.isEmpty || contentType.hasPrefix("text/") || contentType.contains("html")
      || contentType.contains("xml") || contentType.contains("json")
    guard isText else { throw LoadError.nonTextContent(url: name, contentType: contentType) }
    return Download(
      data: body.data, finalURL: URL(string: text(of: result.final_url)) ?? url,
      isHTML: contentType.contains("html"), charset: charset(in: contentType))
  }

  /// "text/html; charset=ISO-8859-1" gives "iso-8859-1".
  static func charset(in contentType: String) -> String? {
    guard let range = contentType.range(of: "charset=") else { return nil }
    let value = contentType[range.upperBound...].drop { $0 == "\"" || $0 == " " }
    let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    return name.isEmpty ? nil : String(name)
  }

  /// Turns libcurl's outcome into one of the loader's errors; returns when the transfer worked.
  private static func checkTransfer(_ result: web_fetch_result, url: String, timeout: TimeInterval)
    throws
  {
    let reason = text(of: result.message)
    switch result.curl_code {
    case 0: return
    case 28: throw LoadError.timedOut(url: url, seconds: timeout)
    // Could not resolve the proxy or host, could not connect, or the network went away.
    case 5, 6, 7, 55, 56: throw LoadError.offline(url: url, reason: reason)
    default: throw LoadError.network(url: url, reason: reason)
    }
  }

  /// A fixed-size C character array as a Swift string.
  private static func text<Storage>(of characters: Storage) -> String {
    withUnsafeBytes(of: characters) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
  }

  /// Collects the body as it arrives and stops the transfer once it passes the cap.
  private final class BodyCollector {
    let maximumBytes: Int
    private(set) var data = Data()
    private(set) var bytesOffered = 0
    private(set) var tooLarge = false

    init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

    static let receive: web_fetch_sink = { bytes, count, context in
      let collector = Unmanaged<BodyCollector>.fromOpaque(context!).takeUnretainedValue()
      collector.bytesOffered += count
      guard collector.bytesOffered <= collector.maximumBytes else {
        collector.tooLarge = true
        return 1
      }
      if let bytes {
        collector.data.append(
          UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count)
      }
      return 0
    }
  }
}
