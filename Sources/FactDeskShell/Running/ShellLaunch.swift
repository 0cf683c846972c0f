import FactDeskCore
import Foundation

/// How a factdesk process ends, per the shell conventions.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  case commandFailed = 1
  case fatal = 2
  case bailed = 3
  case badFlags = 64
}

/// One run of the program: open the store, then run scripts, commands or the prompt.
public struct ShellLaunch {
  public var storePath: String
  public var editor: String
  public var scripts: [String]
  public var commands: [String]
  public var bail: Bool
  public var echo: Bool
  public var environment: [String: String]

  public init(
    storePath: String, editor: String, scripts: [String], commands: [String], bail: Bool,
    echo: Bool, environment: [String: String]
  ) {
    self.storePath = storePath
    self.editor = editor
    self.scripts = scripts
    self.commands = commands
    self.bail = bail
    self.echo = echo
    self.environment = environment
  }

  public func run() -> ExitStatus {
    let output = FileSink(descriptor: STDOUT_FILENO)
    let diagnostics = FileSink(descriptor: STDERR_FILENO)
    defer {
      output.flush()
      diagnostics.flush()
    }
    // Scripts are checked before the store opens, so a typo in -f changes nothing.
    var sources: [any LineSource] = []
    do {
      for path in scripts { sources.append(try ScriptFile(path: path)) }
    } catch {
      diagnostics.write("factdesk: \(error)\n")
      return .fatal
    }
    if !commands.isEmpty { sources.append(CommandLines(commands)) }
    let interactive = sources.isEmpty && isatty(STDIN_FILENO) == 1
    let store: Store
    do {
      store = try Store(path: storePath, clock: FixedClock.from(environment))
    } catch {
      diagnostics.write("factdesk: \(error)\n")
      return .fatal
    }
    let session = Session(
      store: store, editor: editor, output: output, diagnostics: diagnostics,
      isInteractive: interactive)
    session.bail = bail
    session.echo = echo
    if let delay = environment["FACTDESK_PROGRESS_DELAY"].flatMap(TimeInterval.init), delay >= 0 {
      session.progressDelay = delay
    }
    if interactive {
      output.write(
        "factdesk \(FactDeskVersion.current) on \(storePath): .help lists the commands, Ctrl-D leaves\n"
      )
      output.flush()
      var editor = LineEditor(
        completer: Completer(registry: session.registry, source: session),
        historyPath: LineEditor.historyPath(environment: environment))
      ScriptRunner.run(&editor, in: session)
      return .success
    }
    if sources.isEmpty { sources.append(StandardInputLines()) }
    for var source in sources where !session.bailed && !session.quitRequested {
      ScriptRunner.run(&source, in: session)
    }
    if session.bailed { return .bailed }
    return session.failureCount > 0 ? .commandFailed : .success
  }
}

/// The clock the store stamps events with. `FACTDESK_NOW` (ISO 8601) fixes it, so recorded
/// session transcripts do not change from one run to the next.
enum FixedClock {
  static func from(_ environment: [String: String]) -> @Sendable () -> Date {
    guard let text = environment["FACTDESK_NOW"], let date = try? Date(text, strategy: .iso8601)
    else { return Date.init }
    return { date }
  }
}

/// Who the editor is when `--editor` is not given.
public enum EditorName {
  public static func fromEnvironment(_ environment: [String: String]) -> String {
    if let name = environment["FACTDESK_EDITOR"], !name.isEmpty { return name }
    if let login = getlogin() { return String(cString: login) }
    if let user = environment["USER"], !user.isEmpty { return user }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "editor"
  }
}
