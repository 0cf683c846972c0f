import ArgumentParser
import FactDeskShell

/// The factdesk executable. For now it carries the stateless pipeline commands; the shell
/// (REPL, scripts, store) joins it as the default subcommand.
@main
struct FactDesk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factdesk",
    abstract: "A terminal workbench for fact-checkers.",
    subcommands: [SegmentCommand.self]
  )
}
