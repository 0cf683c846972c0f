import FactDeskCore

/// Settings of the shell itself; their names start with a dot, as in sqlite3.
enum DotCommands {
  static let help = CommandSpec(
    name: ".help", summary: "List the commands, or show one in full",
    arguments: [ArgumentSpec("command", .command, optional: true)]
  ) { invocation, session in
    if let name = invocation.string("command") {
      let spec = try session.registry.command(named: name)
      session.print(HelpText.full(spec))
    } else {
      session.print(HelpText.overview(session.registry))
    }
  }

  static let mode = CommandSpec(
    name: ".mode", summary: "Set how listings print: table, line, json, csv or markdown",
    arguments: [ArgumentSpec("mode", .choice(OutputMode.allCases.map(\.rawValue)), optional: true)]
  ) { invocation, session in
    guard let word = invocation.string("mode") else {
      session.print("mode \(session.mode.rawValue)")
      return
    }
    guard let mode = OutputMode(rawValue: word) else {
      throw ShellError.invalidValue(
        "unknown mode \(word) (modes: \(OutputMode.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    session.mode = mode
  }

  static let readScript = CommandSpec(
    name: ".read", summary: "Run the commands of a script file",
    arguments: [ArgumentSpec("file", .path)]
  ) { invocation, session in
    guard session.readDepth < 16 else {
      throw ShellError.invalidValue(".read nested more than 16 deep; does a script read itself?")
    }
    var script = try ScriptFile(path: invocation.string("file")!)
    session.readDepth += 1
    defer { session.readDepth -= 1 }
    ScriptRunner.run(&script, in: session)
  }

  static let bail = CommandSpec(
    name: ".bail", summary: "Stop a script at the first failing command (on|off)",
    arguments: [ArgumentSpec("switch", .choice(["on", "off"]), optional: true)]
  ) { invocation, session in
    session.bail = try onOff(invocation, current: session.bail)
  }

  static let echo = CommandSpec(
    name: ".echo", summary: "Print each script line before its output (on|off)",
    arguments: [ArgumentSpec("switch", .choice(["on", "off"]), optional: true)]
  ) { invocation, session in
    session.echo = try onOff(invocation, current: session.echo)
  }

  static let batch = CommandSpec(
    name: ".batch",
    summary: "Commit script commands in batches, each still atomic (on|off; on by default)",
    arguments: [ArgumentSpec("switch", .choice(["on", "off"]), optional: true)]
  ) { invocation, session in
    session.batches = try onOff(invocation, current: session.batches)
  }

  static let quit = CommandSpec(name: ".quit", summary: "Leave factdesk") { _, session in
    session.quitRequested = true
  }

  private static func onOff(_ invocation: Invocation, current: Bool) throws -> Bool {
    switch invocation.string("switch") {
    case nil: !current
    case "on": true
    case "off": false
    case let other?:
      throw ShellError.invalidValue("\(invocation.spec.name) takes on or off, not \(other)")
    }
  }
}
