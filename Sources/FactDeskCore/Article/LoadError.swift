import Foundation

/// Why an input could not be loaded as an article. Each case prints as one line a user can act
/// on; the messages live together so they read consistently.
public enum LoadError: Error, Equatable, CustomStringConvertible {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  case isDirectory(path: String)
  case empty(source: String)
  case binary(source: String)
  case tooLarge(source: String, bytes: Int, limit: Int)
  case htmlWithoutBody(source: String)
  case noText(source: String)
  case unsupportedURL(String)
  case httpStatus(url: String, status: Int)
  case nonTextContent(url: String, contentType: String)
  case timedOut(url: String, seconds: Double)
  case offline(url: String, reason: String)
  case network(url: String, reason: String)

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot read the file (\(reason))"
    case .isDirectory(let path): "\(path): is a directory, not an article"
    case .empty(let source): "\(source): the file is empty"
    case .binary(let source): "\(source): looks like a binary file, not text or HTML"
    case .tooLarge(let source, let bytes, let limit):
      "\(source): \(Self.megabytes(bytes)) is more than the \(Self.megabytes(limit)) limit for an article"
    case .htmlWithoutBody(let source): "\(source): HTML page with no body text"
    case .noText(let source): "\(source): no article text found (only boilerplate)"
    case .unsupportedURL(let url): "\(url): only http and https URLs can be fetched"
    case .httpStatus(let url, let status):
      "\(url): the server answered HTTP \(status)\(Self.statusName(status))"
    case .nonTextContent(let url, let contentType):
      "\(url): the server sent \(contentType), not text or HTML"
    case .timedOut(let url, let seconds):
      "\(url): no answer within \(Self.seconds(seconds)) (timed out)"
    case .offline(let url, let reason): "\(url): cannot reach the server (\(reason))"
    case .network(let url, let reason): "\(url): download failed (\(reason))"
    }
  }

  private static func statusName(_ status: Int) -> String {
    let names = [
      400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
      410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
      503: "Service Unavailable", 504: "Gateway Timeout",
    ]
    return names[status].map { " " + $0 } ?? ""
  }

  private static func megabytes(_ bytes: Int) -> String {
    bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes) bytes"
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}
