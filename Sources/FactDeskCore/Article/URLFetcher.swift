import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

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
    let receiver = Receiver(maximumBytes: maximumBytes)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
    defer { session.invalidateAndCancel() }
    var request = URLRequest(url: url)
    request.setValue("text/html, text/plain;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
    request.setValue("factdesk", forHTTPHeaderField: "User-Agent")
    session.dataTask(with: request).resume()
    // The delegate runs on the session's queue; a little grace beyond the timeout lets its own
    // timeout error arrive first.
    if receiver.finished.wait(timeout: .now() + timeout + 2) == .timedOut {
      throw LoadError.timedOut(url: url.absoluteString, seconds: timeout)
    }
    let outcome = receiver.outcome()
    let name = url.absoluteString
    if outcome.tooLarge {
      throw LoadError.tooLarge(source: name, bytes: outcome.data.count, limit: maximumBytes)
    }
    if let error = outcome.error { throw mapped(error, url: name, timeout: timeout) }
    guard let response = outcome.response as? HTTPURLResponse else {
      throw LoadError.network(url: name, reason: "no HTTP response")
    }
    guard (200..<300).contains(response.statusCode) else {
      throw LoadError.httpStatus(url: name, status: response.statusCode)
    }
    let contentType = (response.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
    let isText =
      contentType.isEmpty || contentType.hasPrefix("text/") || contentType.contains("html")
      || contentType.contains("xml") || contentType.contains("json")
    guard isText else { throw LoadError.nonTextContent(url: name, contentType: contentType) }
    return Download(
      data: outcome.data, finalURL: response.url ?? url, isHTML: contentType.contains("html"),
      charset: charset(in: contentType))
  }

  /// "text/html; charset=ISO-8859-1" gives "iso-8859-1".
  static func charset(in contentType: String) -> String? {
    guard let range = contentType.range(of: "charset=") else { return nil }
    let value = contentType[range.upperBound...].drop { $0 == "\"" || $0 == " " }
    let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    return name.isEmpty ? nil : String(name)
  }

  private static func mapped(_ error: Error, url: String, timeout: TimeInterval) -> LoadError {
    let code = (error as? URLError)?.code
    switch code {
    case .timedOut?: return .timedOut(url: url, seconds: timeout)
    case .notConnectedToInternet?, .cannotFindHost?, .cannotConnectToHost?, .networkConnectionLost?,
      .dnsLookupFailed?:
      return .offline(url: url, reason: error.localizedDescription)
    default: return .network(url: url, reason: error.localizedDescription)
    }
  }

  /// Collects the body as it arrives and cancels once it passes the cap.
  private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private let maximumBytes: Int
    private var data = Data()
    private var response: URLResponse?
    private var error: Error?
    private var tooLarge = false

    init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

    func outcome() -> (data: Data, response: URLResponse?, error: Error?, tooLarge: Bool) {
      lock.lock()
      defer { lock.unlock() }
      return (data, response, error, tooLarge)
    }

    func urlSession(
      _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
      completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
      lock.lock()
      self.response = response
      let declared = response.expectedContentLength
      if declared > Int64(maximumBytes) { tooLarge = true }
      lock.unlock()
      completionHandler(declared > Int64(maximumBytes) ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
      lock.lock()
      defer { lock.unlock() }
      guard !tooLarge else { return }
      self.data.append(data)
      if self.data.count > maximumBytes {
        tooLarge = true
        dataTask.cancel()
      }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?)
    {
      lock.lock()
      if self.response == nil { self.response = task.response }
      self.error = error
      lock.unlock()
      finished.signal()
    }
  }
}
