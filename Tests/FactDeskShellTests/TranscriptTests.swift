import Foundation
import Testing

/// Every `Sessions/NAME.fd` runs through the real binary with `--echo`; what it prints
/// (standard output and error interleaved) and its exit status must match `NAME.out`.
/// `FACTDESK_RECORD=1 swift test` writes the transcripts anew, on purpose.
@Suite struct TranscriptTests {
  static let sessions = FactDeskBinary.repositoryRoot.appendingPathComponent("Sessions")

  static var scripts: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? [])
      .filter { $0.hasSuffix(".fd") }.sorted()
  }

  @Test func thereAreSessionsToCheck() {
    #expect(!Self.scripts.isEmpty)
  }

  @Test(arguments: TranscriptTests.scripts)
  func transcriptMatches(script: String) throws {
    let folder = TemporaryFolder()
    let result = try FactDeskBinary.run(
      ["--db", folder.path("session.db"), "--echo", "-f", "Sessions/\(script)"])
    let transcript = result.output + "[exit \(result.status)]\n"
    let expectedURL = Self.sessions.appendingPathComponent(
      String(script.dropLast(3)) + ".out")
    if ProcessInfo.processInfo.environment["FACTDESK_RECORD"] == "1" {
      try transcript.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    if transcript != expected {
      let got = transcript.components(separatedBy: "\n")
      let want = expected.components(separatedBy: "\n")
      let line =
        zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(got.count, want.count)
      Issue.record(
        """
        \(script) differs from its transcript at line \(line + 1):
          expected: \(line < want.count ? want[line] : "<end>")
          got:      \(line < got.count ? got[line] : "<end>")
        """)
    }
  }
}
