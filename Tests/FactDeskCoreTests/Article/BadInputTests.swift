import Foundation
import Testing

@testable import FactDeskCore

@Suite struct BadInputTests {
  let directory = TemporaryDirectory()

  @Test func refusesAnEmptyFile() throws {
    let path = try directory.file("input.txt", holding: [])
    #expect(throws: LoadError.empty(source: path)) { try ArticleLoader.load(path: path) }
  }

  @Test func refusesAFileOfBlanks() throws {
    let path = try directory.file("input.txt", holding: Array(" \n\r\n\t\u{A0}\n".utf8))
    #expect(throws: LoadError.empty(source: path)) { try ArticleLoader.load(path: path) }
  }

  @Test func refusesABinaryFile() throws {
    let png: [UInt8] =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
      + Array(repeating: 7, count: 100)
    let path = try directory.file("photo.txt", holding: png)
    #expect(throws: LoadError.binary(source: path)) { try ArticleLoader.load(path: path) }
  }

  @Test func refusesAMissingFileAndADirectory() throws {
    #expect(throws: LoadError.notFound(path: "/nonexistent/article.txt")) {
      try ArticleLoader.load(path: "/nonexistent/article.txt")
    }
    #expect(throws: LoadError.isDirectory(path: "/tmp")) { try ArticleLoader.load(path: "/tmp") }
  }

  @Test func refusesAFileAboveTheLimitBeforeReadingIt() throws {
    // A sparse 200 MB file: if the loader read it, the test would take memory and time.
    let path = try directory.file("input.txt", holding: [])
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 200_000_000)
    try handle.close()
    #expect(throws: LoadError.tooLarge(source: path, bytes: 200_000_000, limit: 100_000_000)) {
      try ArticleLoader.load(path: path)
    }
    let message = LoadError.tooLarge(source: path, bytes: 200_000_000, limit: 100_000_000)
      .description
    #expect(message.hasSuffix("200 MB is more than the 100 MB limit for an article"))
  }

  @Test func refusesHTMLWithoutABody() throws {
    let html =
      "<html><head><title>Rien</title><script>var a = 1;</script></head><body></body></html>"
    #expect(throws: LoadError.self) {
      try ArticleLoader.load(data: Data(html.utf8), source: "empty.html")
    }
    do {
      _ = try ArticleLoader.load(data: Data(html.utf8), source: "empty.html")
    } catch let error as LoadError {
      #expect(error == .htmlWithoutBody(source: "empty.html"))
    }
  }

  @Test func everyMessageIsOneLine() {
    let errors: [LoadError] = [
      .notFound(path: "a"), .unreadable(path: "a", reason: "Permission denied"),
      .empty(source: "a"), .binary(source: "a"), .tooLarge(source: "a", bytes: 1, limit: 0),
      .htmlWithoutBody(source: "a"), .noText(source: "a"), .httpStatus(url: "u", status: 404),
      .nonTextContent(url: "u", contentType: "image/png"), .timedOut(url: "u", seconds: 2),
      .offline(url: "u", reason: "r"), .unsupportedURL("ftp://x"),
    ]
    for error in errors {
      #expect(!error.description.contains("\n"))
      #expect(
        error.description.hasPrefix("a") || error.description.hasPrefix("u")
          || error.description.hasPrefix("ftp"))
    }
    #expect(
      LoadError.httpStatus(url: "u", status: 404).description
        == "u: the server answered HTTP 404 Not Found")
  }
}
