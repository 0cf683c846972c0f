import Foundation
import Testing

/// Each bad input gets one clear line, a non-zero status, and leaves the store as it was.
@Suite struct BadInputTests {
  /// A short article in plain Latin-1-compatible French.
  static let article = """
    Le budget de l'éducation augmente

    Le ministre a annoncé mardi que le budget consacré aux élèves du premier degré atteindra \
    178 millions d'euros en 2021, selon les chiffres présentés devant la commission.

    Les syndicats estiment que cette hausse ne suffira pas à compenser les dépenses engagées \
    pendant la période du confinement, au printemps dernier.

    """

  let directory = TemporaryFolder()
  var store: String { directory.path("store.db") }

  func write(_ data: Data, to name: String) throws -> String {
    let path = directory.path(name)
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  func articleCount() throws -> String {
    try FactDeskBinary.run(["--db", store, "-c", ".mode csv", "-c", "articles"]).output
  }

  @Test func emptyAndBinaryFilesAreRefused() throws {
    let empty = try write(Data(), to: "empty.txt")
    let blank = try write(Data("  \n\n \n".utf8), to: "blank.txt")
    let binary = try write(Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]), to: "program")
    for (path, message) in [
      (empty, "\(empty): the file is empty"),
      (blank, "\(blank): the file is empty"),
      (binary, "\(binary): looks like a binary file, not text or HTML"),
    ] {
      let result = try FactDeskBinary.run(["--db", store, "-c", "load \(path)"])
      #expect(result.status == 1)
      #expect(result.output == "-c:1: error: \(message)\n")
    }
    #expect(try articleCount() == "id,title,lang,paragraphs,sentences,quotes,claims,source\r\n")
  }

  @Test func latin1TextLoadsWithAWarning() throws {
    // The sample article in ISO 8859-1: é is the single byte E9.
    let bytes = Self.article.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    let latin = try write(Data(bytes), to: "latin.txt")
    let result = try FactDeskBinary.run(["--db", store, "-c", "load \(latin)", "-c", "read a1"])
    #expect(result.status == 0)
    #expect(result.output.contains("warning: \(latin): "))
    #expect(result.output.contains("élèves du premier degré"))
  }

  @Test func severalInputsLoadTheGoodOnesAndNameTheBad() throws {
    let good = try write(
      Data("Titre\n\nLe budget atteint 178 M€ en 2020, selon le ministère.\n".utf8), to: "good.txt")
    let missing = directory.path("missing.txt")
    let result = try FactDeskBinary.run(["--db", store, "-c", "load \(good) \(missing)"])
    #expect(result.status == 1)
    #expect(result.output.contains("  not loaded: \(missing): no such file\n"))
    #expect(result.output.hasSuffix("-c:1: error: 1 of 2 inputs not loaded\n"))
    #expect(try articleCount().contains("good.txt"))
  }

  @Test func wrongArgumentsAndUnknownIDsSayWhatIsWrong() throws {
    let article = try write(Data(Self.article.utf8), to: "a.txt")
    let cases: [(String, String)] = [
      ("use", "missing article; usage: use a1"),
      ("use a1 a2", "unexpected a2; usage: use a1"),
      ("use c7", "c7 is not an article ID (like a1)"),
      ("use a7", "no a7 (the only article is a1)"),
      ("read --everything", "read has no option --everything (options: --all, --marked)"),
      ("claims --min-score 3", "--min-score takes a number from 0 to 1, not 3"),
      (#"load "unterminated"#, "unterminated \"…\" quote"),
      (".mode fancy", "unknown mode fancy (modes: table, line, json, csv, markdown)"),
    ]
    for (command, message) in cases {
      let result = try FactDeskBinary.run(["--db", store, "-c", "load \(article)", "-c", command])
      #expect(result.status == 1, "\(command)")
      #expect(result.output.hasSuffix("-c:2: error: \(message)\n"), "\(command): \(result.output)")
    }
  }

  @Test func aLineOfOneMegabyteIsRefusedInOneLine() throws {
    let line = "note c1 " + String(repeating: "x", count: 1_000_000)
    let result = try FactDeskBinary.run(["--db", store], input: line + "\narticles\n")
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("<stdin>:1: error: line longer than 256 KB ignored\n"))
    #expect(result.output.contains("id  title"))
  }

  @Test func fileThatIsNotAStoreIsLeftAlone() throws {
    let notes = try write(Data("just some notes\n".utf8), to: "notes.db")
    let result = try FactDeskBinary.run(["--db", notes, "-c", "articles"])
    #expect(result.status == 2)
    #expect(result.output == "factdesk: \(notes) is not a SQLite database\n")
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "just some notes\n")
  }
}

/// A store the editor may only read: listings work, changes fail in one line, nothing moves.
@Suite struct ReadOnlyStoreTests {
  @Test func readOnlyStoreReadsButRefusesChanges() throws {
    let directory = TemporaryFolder()
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: directory.url.path)
    let store = directory.path("store.db")
    let article = directory.path("a.txt")
    try BadInputTests.article.write(toFile: article, atomically: true, encoding: .utf8)
    #expect(try FactDeskBinary.run(["--db", store, "-c", "load \(article)"]).status == 0)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o555], ofItemAtPath: directory.url.path)
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: directory.url.path)
    }
    // Permission bits do not bind root, so as root the binary runs as "nobody".
    let prefix =
      getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    if !prefix.isEmpty {
      let probe = try FactDeskBinary.run(["--version"], wrappedIn: prefix)
      guard probe.status == 0 else {
        print("skipped: the built binary cannot run as nobody here (\(probe.output))")
        return
      }
    }
    let listing = try FactDeskBinary.run(
      ["--db", store, "-c", ".mode csv", "-c", "claims a1"], wrappedIn: prefix)
    #expect(listing.status == 0, "\(listing.output)")
    #expect(listing.output.hasPrefix("id,score,status"))
    let change = try FactDeskBinary.run(
      ["--db", store, "-c", "claim dismiss c1"], wrappedIn: prefix)
    #expect(change.status == 1)
    #expect(change.output == "-c:1: error: \(store) is read-only; this command needs to write\n")
    let after = try FactDeskBinary.run(
      ["--db", store, "-c", ".mode csv", "-c", "claims a1"], wrappedIn: prefix)
    #expect(after.output == listing.output)
  }
}

/// The editor's corrections to what the segmenter found, and their mistakes.
@Suite struct ClaimEditTests {
  @Test func claimAddAndDismissSayWhatIsWrong() throws {
    let directory = TemporaryFolder()
    let store = directory.path("store.db")
    let article = directory.path("a.txt")
    try BadInputTests.article.write(toFile: article, atomically: true, encoding: .utf8)
    let cases: [(String, String)] = [
      (
        "claim add a1 \"pas dans le texte\"",
        "a1 does not contain \"pas dans le texte\"; check the exact words with read"
      ),
      ("claim add a1 90-20", "90-20: the end must come after the start"),
      ("claim add a1 10-99999", "10-99999 is outside a1, whose text has 351 characters"),
      (
        "claim add a1",
        "claim add needs the claim's exact text or START-END; usage: claim add a1 \"text\""
      ),
      ("claim add c1 \"budget\"", "c1 is not an article ID (like a1)"),
      ("claim dismiss c99", "no claim c99 (the only claim is c1)"),
      ("claim promote c1", "claim takes add or dismiss, not promote"),
    ]
    #expect(try FactDeskBinary.run(["--db", store, "-c", "load \(article)"]).status == 0)
    for (command, message) in cases {
      let result = try FactDeskBinary.run(["--db", store, "-c", command])
      #expect(result.status == 1, "\(command)")
      #expect(result.output == "-c:1: error: \(message)\n", "\(command)")
    }
    let twice = try FactDeskBinary.run([
      "--db", store, "-c", "claim dismiss c1", "-c", "claim dismiss c1",
    ])
    #expect(twice.output == "dismissed c1\nc1 was already dismissed; nothing changed\n")
    #expect(twice.status == 0)
    let added = try FactDeskBinary.run([
      "--db", store, "-c", "claim add a1 \"178 millions d'euros\"", "-c", ".mode csv", "-c",
      "claims a1",
    ])
    #expect(added.output.hasPrefix("added c2 at 124-144\n"))
    #expect(added.output.contains("c2,1,open,,,178 millions d'euros\r\n"))
  }
}

@Suite struct ClaimAddUndoTests {
  @Test func undoTakesBackAnAddedClaim() throws {
    let directory = TemporaryFolder()
    let store = directory.path("store.db")
    let article = directory.path("a.txt")
    try BadInputTests.article.write(toFile: article, atomically: true, encoding: .utf8)
    let result = try FactDeskBinary.run([
      "--db", store, "-c", "load \(article)", "-c", "claim add a1 \"178 millions d'euros\"",
      "-c", "undo", "-c", ".mode csv", "-c", "claims a1",
    ])
    #expect(result.status == 0, "\(result.output)")
    #expect(!result.output.contains("178 millions d'euros\r\n"))
    #expect(result.output.contains("c1,"))
  }
}
