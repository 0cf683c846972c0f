import FactDeskCore
import Foundation
import Testing

/// The review commands as an editor meets them: messages, exit codes, and no trace on failure.
/// Claims come from the Store API, as the segmenter will write them.
@Suite struct ReviewCommandTests {
  let folder = TemporaryFolder()
  var store: String { folder.path("review.db") }

  init() throws {
    let store = try Store(path: folder.path("review.db"))
    let text = "Titre\n\nLe budget de l'équipement atteint 178 M€. La pluie tombe sur Paris."
    let body = text.unicodeScalars.count
    let article = CleanArticle(
      source: "a.txt", raw: Data(text.utf8), sha256: String(repeating: "a", count: 64), text: text,
      paragraphs: [
        .init(span: TextSpan(start: 0, end: 5), role: .headline),
        .init(span: TextSpan(start: 7, end: body), role: .body),
      ],
      metadata: ArticleMetadata(title: "Titre", language: .french))
    let segmentation = Segmentation(
      language: .french,
      claims: [
        FoundClaim(span: TextSpan(start: 7, end: 48), score: 0.9, reasons: ["amount"]),
        FoundClaim(span: TextSpan(start: 49, end: body), score: 0.2, reasons: []),
      ])
    _ = try store.add(
      article, segmentation: segmentation,
      context: ChangeContext(editor: "tester", command: "load a.txt"))
  }

  func run(_ commands: [String], editor: String = "tester") throws -> FactDeskBinary.Result {
    try FactDeskBinary.run(
      ["--db", store] + commands.flatMap { ["-c", $0] }, environment: ["FACTDESK_EDITOR": editor])
  }

  func eventCount() throws -> String {
    String(try run([".mode csv", "history"]).output.components(separatedBy: "\r\n").count)
  }

  @Test func mistakesGetOneClearLineAndWriteNothing() throws {
    let events = try eventCount()
    let cases: [(String, String)] = [
      (
        "verdict c1 vria",
        "unknown label vria; did you mean vrai? (labels: true, mostly-true, mixed, mostly-false, false, misleading, unverifiable, vrai)"
      ),
      ("verdict c9 false", "no claim c9 (claims are c1…c2)"),
      (
        "source c1 ftp://x.org",
        "ftp://x.org is not a web address; a source URL starts with http:// or https://"
      ),
      ("source c1 https://", "https:// has no host; expected like https://example.org/page"),
      ("link c1 supports c1", "c1 cannot be linked to itself (supports links claim -> claim)"),
      (
        "link c1 contradit c2",
        "unknown relation contradit; did you mean contradicts? (relations: supports, contradicts, repeats, same-as, cites, said-by)"
      ),
      ("link c1 said-by c2", "said-by links quote -> person, not claim -> claim (c1 -> c2)"),
      ("tag a1 budget", "a1 is not a claim or quote ID (like c7, q4)"),
      ("status c1 verified", "a claim becomes verified with a verdict: verdict c1 LABEL"),
      ("note c1 \"\"", "a note needs some text"),
      (
        "scale remove fasle",
        "unknown label fasle; did you mean false? (labels: true, mostly-true, mixed, mostly-false, false, misleading, unverifiable, vrai)"
      ),
    ]
    _ = try run(["scale add vrai --name Vrai --value 5"])
    for (command, message) in cases {
      let result = try run([command])
      #expect(result.status == 1, "\(command)")
      #expect(result.output == "-c:1: error: \(message)\n", "\(command)")
    }
    #expect(Int(try eventCount())! == Int(events)! + 1)
  }

  @Test func duplicatesAreSaidToBeDuplicates() throws {
    let result = try run([
      "tag c1 budget « éducation »", "tag c1 budget", "link c1 contradicts c2",
      "link c1 contradicts c2", "verdict c1 false", "verdict c1 false",
    ])
    #expect(
      result.output == """
        c1 tagged budget, «, éducation, »
        c1 already tagged budget
        c1 contradicts c2
        c1 already contradicts c2
        c1 verified: false
        c1 already has the verdict false

        """)
  }

  /// bruno looks at c1 in one process; claire changes its verdict from another; bruno's
  /// verdict is then refused until he forces it.
  @Test func aVerdictChangedByAnotherEditorIsReportedUntilForced() throws {
    let process = Process()
    process.executableURL = FactDeskBinary.url
    process.arguments = ["--db", store]
    var environment = ProcessInfo.processInfo.environment
    environment["FACTDESK_EDITOR"] = "bruno"
    environment["FACTDESK_NOW"] = "2026-01-15T09:30:00Z"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data("show c1\n".utf8))
    var seen = Data()
    while !String(decoding: seen, as: UTF8.self).contains("status") {
      seen += output.fileHandleForReading.availableData
    }
    let claire = try run(["verdict c1 mixed"], editor: "claire")
    #expect(claire.output == "c1 verified: mixed\n")
    input.fileHandleForWriting.write(Data("verdict c1 false\nverdict c1 false --force\n".utf8))
    try input.fileHandleForWriting.close()
    let rest = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let transcript = String(decoding: rest, as: UTF8.self)
    #expect(
      transcript.contains(
        "error: the verdict of c1 is now mixed (set by claire), not none as when you last looked; "
          + "show c1 to review it, or repeat with --force to overwrite"))
    #expect(transcript.hasSuffix("c1 verified: false\n"))
    #expect(process.terminationStatus == 1)
  }

  @Test func undoSaysWhatItRevertsAndStopsAtAnotherEditorsChange() throws {
    _ = try run(["verdict c1 false"], editor: "claire")
    _ = try run(["note c1 \"à revoir\""], editor: "bruno")
    let blocked = try run(["undo"], editor: "claire")
    #expect(blocked.status == 1)
    #expect(
      blocked.output.hasPrefix(
        "-c:1: error: cannot undo verdict c1 false (event 2): bruno has changed c1 since"))
    let undone = try run(["undo"], editor: "bruno")
    #expect(undone.output == "undid event 3: note c1 \"à revoir\"\n")
  }

  /// A script runs in batches: the failing command leaves only its error, the others land
  /// with their events, before and after `.batch off`.
  @Test func scriptCommandsStayAtomicInABatch() throws {
    let events = Int(try eventCount())!
    let result = try run([
      "tag c1 budget", "verdict c1 vria", #"note c1 "line one\nline two""#, ".batch off",
      "link c1 contradicts c2", "link c1 contradicts c9",
    ])
    #expect(result.status == 1)
    #expect(result.output.contains("-c:2: error: unknown label vria"))
    #expect(result.output.contains("-c:6: error: no claim c9"))
    #expect(Int(try eventCount())! == events + 3)
    let shown = try run(["show c1"]).output
    #expect(shown.contains("line one\n    line two"))
    #expect(shown.contains("tags:\n  budget\nlinks:\n  contradicts c2\nnotes:"))
    #expect(shown.contains("status   open"))
  }

  /// A script read by another shares its batch: its failing command leaves no trace, the
  /// commands around it, in both scripts, land.
  @Test func aReadScriptSharesTheBatchAndStaysAtomic() throws {
    let events = Int(try eventCount())!
    let inner = folder.path("inner.fd")
    try "tag c1 budget\nverdict c1 vria\nnote c1 relu\n".write(
      toFile: inner, atomically: true, encoding: .utf8)
    let result = try run(["tag c2 santé", ".read \(inner)", "link c1 supports c2"])
    #expect(result.status == 1)
    #expect(result.output.contains("\(inner):2: error: unknown label vria"))
    #expect(Int(try eventCount())! == events + 4)
    let shown = try run(["show c1"]).output
    #expect(shown.contains("tags:\n  budget\nlinks:\n  supports c2\nnotes:"))
    #expect(shown.contains("relu") && shown.contains("status   open"))
  }

  /// A word in more claims than a search ranks: the listing holds the best of the newest,
  /// and a warning on stderr says the list was cut.
  @Test func aSearchOnACommonWordSaysItRankedOnlyTheNewest() throws {
    let path = folder.path("common.db")
    let store = try Store(path: path)
    let count = ClaimRanking.rankedClaims + 1
    let sentence = "Le budget baisse."
    let length = sentence.unicodeScalars.count
    let text = Array(repeating: sentence, count: count).joined(separator: " ")
    let spans = (0..<count).map {
      TextSpan(start: $0 * (length + 1), end: $0 * (length + 1) + length)
    }
    let article = CleanArticle(
      source: "b.txt", raw: Data(text.utf8), sha256: String(repeating: "b", count: 64), text: text,
      paragraphs: [.init(span: TextSpan(start: 0, end: text.unicodeScalars.count), role: .body)],
      metadata: ArticleMetadata(title: "Budget", language: .french))
    _ = try store.add(
      article,
      segmentation: Segmentation(
        language: .french, claims: spans.map { FoundClaim(span: $0, score: 0.5, reasons: []) }),
      context: ChangeContext(editor: "tester", command: "load b.txt"))
    let result = try FactDeskBinary.run(["--db", path, "-c", ".mode csv", "-c", "search budget"])
    #expect(result.status == 0)
    #expect(
      result.output.contains(
        "warning: more than \(ClaimRanking.rankedClaims) claims match; these are the best of the "
          + "newest \(ClaimRanking.rankedClaims)"))
    #expect(
      result.output.hasPrefix(
        "id,article,claim,match\r\nc\(count),a1,c\(count),Le [budget] baisse.\r\n"))
    #expect(!result.output.contains("c1,a1,"))
  }
}
