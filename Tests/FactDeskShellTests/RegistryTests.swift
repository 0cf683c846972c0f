import FactDeskShell
import Testing

/// Completion values for each kind, standing in for a store.
final class FixedCompletions: CompletionSource {
  func candidates(for kind: ArgumentKind) -> [String] {
    switch kind {
    case .article: ["a1", "a2", "a10"]
    case .claim: ["c1", "c7", "c12"]
    case .choice(let words): words
    case .command: CommandRegistry.standard.names
    default: []
    }
  }
}

@Suite struct RegistryTests {
  let registry = CommandRegistry.standard

  @Test func helpListsEveryCommandWithItsUsage() {
    let help = HelpText.overview(registry)
    for spec in registry.commands {
      #expect(help.contains(spec.usage + " "), "no usage line for \(spec.name)")
      #expect(help.contains(spec.summary))
    }
    #expect(help.contains("read [a1] [--all]"))
  }

  @Test func fullHelpShowsOptions() throws {
    let help = HelpText.full(try #require(registry["claims"]))
    #expect(help.hasPrefix("usage: claims [a1] [--status open|in-progress|verified|dismissed]"))
    #expect(help.contains("--min-score N"))
  }

  @Test func markdownTableHasARowPerCommand() {
    let table = HelpText.markdownTable(registry)
    #expect(table.split(separator: "\n").count == registry.commands.count + 2)
    #expect(table.contains(#"| `.mode [table\|line\|json\|csv\|markdown]` |"#))
  }

  @Test(arguments: [
    ("reed", "read"), ("claimz", "claims"), ("artciles", "articles"), (".hlep", ".help"),
    ("delte", "delete"),
  ])
  func suggestsTheClosestCommand(typed: String, expected: String) {
    #expect(registry.suggestion(for: typed) == expected)
  }

  @Test func noSuggestionForSomethingFarAway() {
    #expect(registry.suggestion(for: "zzzzzz") == nil)
    #expect(throws: ShellError.unknownCommand("zzzzzz", suggestion: nil)) {
      try registry.command(named: "zzzzzz")
    }
  }

  @Test(arguments: [
    ("cla", ["claim", "claims"]),
    ("", CommandRegistry.standard.names.sorted()),
    (".m", [".mode"]),
    ("use ", ["a1", "a2", "a10"]),
    ("use a1", ["a1", "a10"]),
    ("claims --st", ["--status"]),
    ("claims --status ", ["dismissed", "in-progress", "open", "verified"]),
    ("claims a1 --status v", ["verified"]),
    (".mode j", ["json"]),
    (".help cl", ["claim", "claims"]),
    ("articles ", []),
    ("nosuch ", []),
  ])
  func completesByArgumentKind(line: String, expected: [String]) {
    let completer = Completer(registry: registry, source: FixedCompletions())
    #expect(completer.completions(forLine: line) == expected)
  }
}
