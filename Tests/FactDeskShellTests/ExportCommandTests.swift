import Foundation
import Testing

/// `export` and `import` as users run them: through the real binary.
@Suite struct ExportCommandTests {
  let directory = TemporaryFolder()
  var store: String { directory.path("store.db") }
  static let article = "Sessions/articles/aef-numerique-blanquer.txt"

  func run(_ commands: String...) throws -> FactDeskBinary.Result {
    try FactDeskBinary.run(["--db", store] + commands.flatMap { ["-c", $0] })
  }

  @Test func csvToStandardOutput() throws {
    let result = try run("load \(Self.article)", "export csv")
    #expect(result.status == 0)
    #expect(result.output.contains("article,claim,status,verdict,rating_value,speaker,claim_text"))
    #expect(result.output.contains("a1,c1,open,"))
  }

  @Test func fileIsWrittenAndNotReplacedWithoutForce() throws {
    let path = directory.path("report.md")
    let first = try run("load \(Self.article)", "export markdown \(path)")
    #expect(first.status == 0)
    #expect(first.output.contains("to \(path)"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("# Fact-check report"))
    let second = try run("export markdown \(path)")
    #expect(second.status == 1)
    #expect(second.output.contains("exists; add --force"))
    let third = try run("export markdown \(path) --force --article a1")
    #expect(third.status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func unwritablePathFails() throws {
    let result = try run("load \(Self.article)", "export json /no/such/dir/out.json")
    #expect(result.status == 1)
    #expect(result.output.contains("cannot write /no/such/dir/out.json"))
  }

  @Test func emptySelectionIsSaidAndStillValid() throws {
    _ = try run("load \(Self.article)")
    let result = try run("export json - --verified")
    #expect(result.status == 0)
    #expect(result.output.contains("nothing to export"))
    let json = result.output.components(separatedBy: "\n").filter { !$0.hasPrefix("warning") }
      .joined(separator: "\n")
    #expect(
      (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
  }

  @Test func claimreviewNeedsURLBaseAndListsUnverifiedClaims() throws {
    let refused = try run("load \(Self.article)", "export claimreview")
    #expect(refused.status == 1)
    #expect(refused.output.contains("claimreview needs --url-base URL"))
    let listed = try run("export claimreview - --url-base https://x.org/checks --org Factuel")
    #expect(listed.status == 0)
    #expect(listed.output.contains("left out c1: not verified"))
    #expect(listed.output.contains("[]"))
  }

  @Test func jsonRoundTripsThroughImport() throws {
    let path = directory.path("store.json")
    _ = try run("load \(Self.article)", "export json \(path)")
    let other = directory.path("other.db")
    let imported = try FactDeskBinary.run(["--db", other, "-c", "import \(path)"])
    #expect(imported.status == 0)
    #expect(imported.output.contains("imported 1 article (a1)"))
    let again = try FactDeskBinary.run(["--db", other, "-c", "export json"])
    #expect(again.output == (try String(contentsOfFile: path, encoding: .utf8)))
  }

  @Test func importRefusesMalformedFilesNamingTheLine() throws {
    let path = directory.path("bad.json")
    try "{\"format\": \"factdesk\",\n\"version\": 1,\n\"articles\": [}".write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try run("import \(path)")
    #expect(result.status == 1)
    #expect(result.output.contains("\(path): line 3:"))
    #expect(result.output.contains("nothing imported"))
  }

  @Test func repeatedArticleOptionsAreAllKept() throws {
    let result = try run("load \(Self.article)", "export csv --article a1 --article a1,a1")
    #expect(result.status == 0)
    let missing = try run("export csv --article a1,a9")
    #expect(missing.status == 1)
    #expect(missing.output.contains("a9"))
  }

  @Test func bratWritesTextAndAnnotations() throws {
    let base = directory.path("doc")
    let result = try run("load \(Self.article)", "export brat \(base)")
    #expect(result.status == 0)
    #expect(FileManager.default.fileExists(atPath: base + ".txt"))
    let annotations = try String(contentsOfFile: base + ".ann", encoding: .utf8)
    #expect(annotations.contains("\tClaim "))
    let toStdout = try run("export brat")
    #expect(toStdout.status == 1)
  }

  @Test func htmlRendersInAHeadlessBrowser() throws {
    let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    guard let browser = browsers.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      print("skipped: no chromium found (apt-get install -y chromium)")
      return
    }
    let page = directory.path("report.html")
    _ = try run("load \(Self.article)", "export html \(page)")
    let screenshot = directory.path("report.png")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(screenshot)",
      "--window-size=1200,2000", "file://\(page)",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let size = (try? FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
    #expect(size > 20_000, "screenshot of \(size) bytes")
  }
}
