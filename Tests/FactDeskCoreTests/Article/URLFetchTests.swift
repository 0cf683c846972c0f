import Foundation
import Testing

@testable import FactDeskCore

/// Fetching over HTTP, against a small server on 127.0.0.1 that the suite starts (Python's
/// http.server with a few scripted routes); never the internet.
@Suite(.serialized) struct URLFetchTests {
  static let serverScript = #"""
    import http.server, sys, time
    PAGE = ("<html><head><title>Essai</title></head><body><article><h1>Un titre de test</h1>"
            "<p>Le gouvernement a présenté mardi un plan de 178 millions d'euros pour équiper "
            "les écoles en ordinateurs, a annoncé le ministre lors d'une conférence de presse.</p>"
            "</article></body></html>").encode("utf-8")
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args): pass
        def send(self, status, kind, body):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def do_GET(self):
            if self.path == "/article.html": self.send(200, "text/html; charset=utf-8", PAGE)
            elif self.path == "/moved":
                self.send_response(302); self.send_header("Location", "/article.html")
                self.send_header("Content-Length", "0"); self.end_headers()
            elif self.path == "/latin1.html":
                self.send(200, "text/html; charset=ISO-8859-1",
                          "<html><body><article><p>Le ministre a présenté son budget à l'Assemblée, où les députés l'ont critiqué.</p></article></body></html>".encode("latin-1"))
            elif self.path == "/photo.png": self.send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
            elif self.path == "/big.html": self.send(200, "text/html", b"<p>" + b"a" * 5000 + b"</p>")
            elif self.path == "/slow.html":
                time.sleep(4); self.send(200, "text/html", PAGE)
            else: self.send(404, "text/plain", b"not found")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

  /// Starts the server and returns it with its base URL; nil when python3 is missing.
  static func startServer() throws -> (Process, String)? {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let python else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", serverScript]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    var line = Data()
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    let port = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return (process, "http://127.0.0.1:\(port)")
  }

  private func withServer(_ body: (String) throws -> Void) throws {
    guard let (server, base) = try Self.startServer() else {
      print("skipping: python3 is not installed, no local HTTP server")
      return
    }
    defer {
      // SIGKILL: a child started from a test thread inherits its blocked SIGTERM.
      kill(server.processIdentifier, SIGKILL)
      server.waitUntilExit()
    }
    try body(base)
  }

  @Test func fetchesAPageAndFollowsRedirects() throws {
    try withServer { base in
      let article = try ArticleLoader.fetch(url: URL(string: base + "/moved")!, timeout: 5)
      #expect(article.metadata.title == "Un titre de test")
      #expect(article.text.contains("178 millions d'euros"))
      #expect(article.source == base + "/moved")
      #expect(article.metadata.site == "127.0.0.1")
    }
  }

  @Test func decodesWithTheCharsetOfTheContentTypeHeader() throws {
    try withServer { base in
      let article = try ArticleLoader.fetch(url: URL(string: base + "/latin1.html")!, timeout: 5)
      #expect(article.text.contains("Le ministre a présenté son budget à l'Assemblée"))
      #expect(article.warnings.isEmpty)
    }
  }

  @Test func reportsANotFoundPage() throws {
    try withServer { base in
      let url = base + "/missing.html"
      #expect(throws: LoadError.httpStatus(url: url, status: 404)) {
        try ArticleLoader.fetch(url: URL(string: url)!, timeout: 5)
      }
    }
  }

  @Test func refusesAnImage() throws {
    try withServer { base in
      let url = base + "/photo.png"
      #expect(throws: LoadError.nonTextContent(url: url, contentType: "image/png")) {
        try ArticleLoader.fetch(url: URL(string: url)!, timeout: 5)
      }
    }
  }

  @Test func givesUpAfterTheTimeout() throws {
    try withServer { base in
      let url = base + "/slow.html"
      let started = Date()
      #expect(throws: LoadError.timedOut(url: url, seconds: 1)) {
        try ArticleLoader.fetch(url: URL(string: url)!, timeout: 1)
      }
      #expect(Date().timeIntervalSince(started) < 3.5)
    }
  }

  @Test func capsTheDownloadSize() throws {
    try withServer { base in
      let url = base + "/big.html"
      do {
        _ = try ArticleLoader.fetch(
          url: URL(string: url)!, options: .init(maximumBytes: 1000), timeout: 5)
        Issue.record("a 5 KB page passed a 1 KB cap")
      } catch let error as LoadError {
        guard case .tooLarge(let source, let bytes, let limit) = error else {
          Issue.record("expected a size error, got \(error)")
          return
        }
        #expect(source == url)
        #expect(bytes > limit)
        #expect(limit == 1000)
      }
    }
  }

  @Test func saysWhenNothingListens() throws {
    // Port 9 (discard) is closed on a test machine: the connection is refused at once.
    let url = "http://127.0.0.1:9/article.html"
    do {
      _ = try ArticleLoader.fetch(url: URL(string: url)!, timeout: 5)
      Issue.record("a closed port answered")
    } catch let error as LoadError {
      guard case .offline = error else {
        Issue.record("expected an offline error, got \(error)")
        return
      }
      #expect(error.description.hasPrefix(url + ": cannot reach the server"))
    }
  }

  @Test func refusesOtherSchemes() {
    #expect(throws: LoadError.unsupportedURL("ftp://example.org/a")) {
      try ArticleLoader.fetch(url: URL(string: "ftp://example.org/a")!, timeout: 1)
    }
  }
}
