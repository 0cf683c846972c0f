import FactDeskShell
import Testing

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("load article.txt", ["load", "article.txt"]),
    ("  tag   c7  budget ", ["tag", "c7", "budget"]),
    (#"note c7 "deux mots""#, ["note", "c7", "deux mots"]),
    ("note c7 'il a dit \"non\"'", ["note", "c7", #"il a dit "non""#]),
    (#"note c7 l\'école"#, ["note", "c7", "l'école"]),
    (#"note c7 "a \"b\" c""#, ["note", "c7", #"a "b" c"#]),
    (#"note c7 'a\b'"#, ["note", "c7", #"a\b"#]),
    ("note c7 « Il faut agir » é", ["note", "c7", "«", "Il", "faut", "agir", "»", "é"]),
    (#"note c7 "« Il faut agir »""#, ["note", "c7", "« Il faut agir »"]),
    ("claims # the open ones", ["claims"]),
    ("# only a comment", []),
    ("tag c7 #budget", ["tag", "c7"]),
    ("tag c7 bud#get", ["tag", "c7", "bud#get"]),
    (#"note c7 "" x"#, ["note", "c7", "", "x"]),
    ("", []),
    ("note c7 👍🏽 e\u{301}", ["note", "c7", "👍🏽", "e\u{301}"]),
    (#"note c7 "line one\nline two""#, ["note", "c7", "line one\nline two"]),
    (#"note c7 a\tb\\n"#, ["note", "c7", "a\tb\\n"]),
    (#"note c7 'a\nb'"#, ["note", "c7", #"a\nb"#]),
    // The word buffer is reused: a short word after a long one keeps nothing of it.
    ("tag c7 éducation-nationale é x", ["tag", "c7", "éducation-nationale", "é", "x"]),
    (#"note c7 \« "«»" \👍🏽"#, ["note", "c7", "«", "«»", "👍🏽"]),
  ])
  func splitsWords(line: String, expected: [String]) throws {
    #expect(try Tokenizer.words(of: line) == expected)
  }

  @Test func unterminatedQuotesAndDanglingEscapesAreErrors() {
    #expect(throws: Tokenizer.Failure.unterminatedQuote("\"")) {
      try Tokenizer.words(of: #"note c7 "open"#)
    }
    #expect(throws: Tokenizer.Failure.unterminatedQuote("'")) {
      try Tokenizer.words(of: "note c7 'open")
    }
    #expect(throws: Tokenizer.Failure.danglingEscape) { try Tokenizer.words(of: #"note c7 \"#) }
  }

  @Test func partialWordsTellTheWordBeingTyped() {
    #expect(Tokenizer.partialWords(of: "cla").words == [])
    #expect(Tokenizer.partialWords(of: "cla").current == "cla")
    #expect(Tokenizer.partialWords(of: "use ").words == ["use"])
    #expect(Tokenizer.partialWords(of: "use ").current == nil)
    #expect(Tokenizer.partialWords(of: #"load "my fi"#).current == "my fi")
  }
}
