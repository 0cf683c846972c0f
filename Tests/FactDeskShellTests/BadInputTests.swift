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
