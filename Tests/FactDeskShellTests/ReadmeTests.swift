import FactDeskShell
import Foundation
import Testing

/// The README's command table is generated from the registry; this keeps the two in step.
/// `FACTDESK_RECORD=1 swift test` rewrites the table.
@Suite struct ReadmeTests {
  static let start = "<!-- commands: generated from the command registry; the tests check it -->\n"
  static let end = "<!-- end of commands -->"

  @Test func commandTableMatchesTheRegistry() throws {
    let url = FactDeskBinary.repositoryRoot.appendingPathComponent("README.md")
    let readme = try String(contentsOf: url, encoding: .utf8)
    let lower = try #require(readme.range(of: Self.start))
    let upper = try #require(readme.range(of: Self.end, range: lower.upperBound..<readme.endIndex))
    let table = HelpText.markdownTable(.standard) + "\n"
    if ProcessInfo.processInfo.environment["FACTDESK_RECORD"] == "1" {
      try readme.replacingCharacters(in: lower.upperBound..<upper.lowerBound, with: table)
        .write(to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(String(readme[lower.upperBound..<upper.lowerBound]) == table)
  }
}
