import Foundation
import Testing

@Suite struct ExitStatusTests {
  let directory = TemporaryFolder()

  var store: String { directory.path("store.db") }

  @Test func successIsZero() throws {
    let result = try FactDeskBinary.run(["--db", store, "-c", "articles"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("id  title"))
  }

  @Test func versionPrintsAndExitsZero() throws {
    let result = try FactDeskBinary.run(["--version"])
    #expect(result.status == 0)
    #expect(result.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
  }

  @Test func failedCommandIsOneAndTheRunGoesOn() throws {
    let result = try FactDeskBinary.run(["--db", store, "-c", "nosuch", "-c", "articles"])
    #expect(result.status == 1)
    #expect(
      result.output.hasPrefix("-c:1: error: unknown command nosuch; .help lists the commands\n"))
    #expect(result.output.contains("id  title"))
  }

  @Test func unreadableStoreIsTwo() throws {
    let result = try FactDeskBinary.run(["--db", directory.url.path, "-c", "articles"])
    #expect(result.status == 2)
    #expect(result.output == "factdesk: \(directory.url.path) is a directory, not a store file\n")
  }

  @Test func missingScriptIsTwoAndTouchesNothing() throws {
    let result = try FactDeskBinary.run(["--db", store, "-f", "nosuch.fd"])
    #expect(result.status == 2)
    #expect(result.output == "factdesk: cannot read nosuch.fd: no such file\n")
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  @Test func bailStopsAtTheFirstFailureWithThree() throws {
    let script = directory.path("bail.fd")
    try "articles\nnosuch\narticles\n".write(toFile: script, atomically: true, encoding: .utf8)
    let result = try FactDeskBinary.run(["--db", store, "--bail", "-f", script])
    #expect(result.status == 3)
    #expect(result.output.components(separatedBy: "id  title").count == 2)
    #expect(result.output.contains("\(script):2: error: unknown command nosuch"))
  }

  @Test func badFlagsAreSixtyFour() throws {
    let result = try FactDeskBinary.run(["--no-such-flag"])
    #expect(result.status == 64)
    #expect(result.output.contains("Unknown option '--no-such-flag'"))
  }

  @Test func scriptOnStandardInputRunsWithoutPrompt() throws {
    let result = try FactDeskBinary.run(["--db", store], input: "articles\nreed\n")
    #expect(result.status == 1)
    #expect(!result.output.contains("factdesk>"))
    #expect(result.output.contains("<stdin>:2: error: unknown command reed; did you mean read?"))
  }

  @Test func quitStopsTheScript() throws {
    let result = try FactDeskBinary.run(["--db", store], input: ".quit\nnosuch\n")
    #expect(result.status == 0)
    #expect(result.output.isEmpty)
  }
}

/// A temporary folder for one test's files, removed afterwards.
final class TemporaryFolder {
  let url: URL
  init() {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("factdesk-shell-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
  deinit { try? FileManager.default.removeItem(at: url) }
}
