import ArgumentParser
import FactDeskCore
import FactDeskShell
import Foundation

@main
struct FactDesk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factdesk",
    abstract: "A terminal workbench for fact-checkers.",
    discussion: """
      With no -f or -c, factdesk is interactive at a terminal and reads a script from standard
      input otherwise. Script files (-f) run first, then commands (-c), each in the order given.
      Exit status: 0 ok, 1 a command failed, 2 the store or a script could not be read,
      3 stopped by --bail, 64 bad flags.
      """,
    version: FactDeskVersion.current,
    subcommands: [SegmentCommand.self]
  )

  @Option(help: "The store file (default: $FACTDESK_DB, else ./factdesk.db).")
  var db: String?

  @Option(help: "Who is making changes (default: $FACTDESK_EDITOR, else the login name).")
  var editor: String?

  @Option(name: .customShort("f"), help: "Run the commands of a script file.")
  var file: [String] = []

  @Option(name: .customShort("c"), help: "Run one command.")
  var command: [String] = []

  @Flag(help: "Stop at the first failing command (scripts only).")
  var bail = false

  @Flag(help: "Print each script line before its output.")
  var echo = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let launch = ShellLaunch(
      storePath: db ?? environment["FACTDESK_DB"].flatMap { $0.isEmpty ? nil : $0 }
        ?? "factdesk.db",
      editor: editor ?? EditorName.fromEnvironment(environment),
      scripts: file, commands: command, bail: bail, echo: echo, environment: environment)
    let status = launch.run()
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
