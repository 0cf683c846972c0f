/// Help generated from the registry, so it always matches what dispatch accepts.
public enum HelpText {
  /// One line per command: usage and summary, aligned.
  public static func overview(_ registry: CommandRegistry) -> String {
    let width = registry.commands.map(\.usage.count).max() ?? 0
    return registry.commands.map { spec in
      spec.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + spec.summary
    }.joined(separator: "\n")
  }

  /// Everything about one command.
  public static func full(_ spec: CommandSpec) -> String {
    var lines = ["usage: \(spec.usage)", "", spec.summary]
    lines += spec.details.map { "\n" + $0 }
    if !spec.options.isEmpty {
      lines.append("")
      let usages = spec.options.map { option in
        "--" + option.name + (option.value.map { " " + $0.placeholder } ?? "")
      }
      let width = usages.map(\.count).max() ?? 0
      for (usage, option) in zip(usages, spec.options) {
        lines.append(
          "  " + usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + option.help)
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func escaped(_ cell: String) -> String {
    cell.replacingOccurrences(of: "|", with: "\\|")
  }

  /// The command table as Markdown, for the README.
  public static func markdownTable(_ registry: CommandRegistry) -> String {
    "| command | what it does |\n|---|---|\n"
      + registry.commands.map {
        "| `\(escaped($0.usage))` | \(escaped($0.summary)) |"
      }
      .joined(separator: "\n")
  }
}
