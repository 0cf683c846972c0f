import FactDeskCore

/// Reads lines from a source and runs them: the loop shared by scripts and the prompt.
public enum ScriptRunner {
  /// Lines longer than this are refused rather than parsed: no command needs them, and a
  /// stray binary file piped in should fail fast.
  public static let longestLine = 256 * 1024

  /// Runs every line of `source`. Failures are counted on the session; with bail on, a
  /// non-interactive run stops at the first one. A script's commands run in batches (see
  /// `ScriptBatch`) unless `.batch off`; a person at the prompt gets one transaction per
  /// command.
  public static func run(_ source: inout some LineSource, in session: Session) {
    while !session.quitRequested && !session.bailed {
      session.output.flush()
      if !source.hasLineReady { commit(at: source, in: session) }
      guard let line = source.nextLine(prompt: session.prompt) else { break }
      if session.echo && !source.isInteractive {
        session.output.write(line + "\n")
      }
      if session.batches && !source.isInteractive {
        session.scriptBatch.beforeCommand(line: source.lineNumber)
      }
      do {
        try execute(line, in: session)
      } catch {
        fail(error, at: source, in: session)
      }
      do {
        // `.batch off` takes effect at once.
        if session.batches {
          try session.scriptBatch.afterCommand()
        } else {
          try session.scriptBatch.commit()
        }
      } catch {
        fail(error, at: source, in: session)
      }
    }
    commit(at: source, in: session)
    session.output.flush()
  }

  private static func commit(at source: some LineSource, in session: Session) {
    do {
      try session.scriptBatch.commit()
    } catch {
      fail(error, at: source, in: session)
    }
  }

  private static func fail(_ error: any Error, at source: some LineSource, in session: Session) {
    report(error, at: source, in: session)
    session.failureCount += 1
    if session.bail && !source.isInteractive {
      session.bailed = true
    }
  }

  /// Runs one command line.
  public static func execute(_ line: String, in session: Session) throws {
    guard line.utf8.count <= longestLine else { throw ShellError.lineTooLong(limit: longestLine) }
    let words: [String]
    do {
      words = try Tokenizer.words(of: line)
    } catch {
      throw ShellError.tokenizing(error)
    }
    guard let name = words.first else { return }
    let spec = try session.registry.command(named: name)
    let invocation = try Invocation(spec: spec, words: words, line: line)
    try spec.run(invocation, session)
  }

  /// Writes `error` as one line: `FILE:LINE: error: …` in scripts, `error: …` at the prompt.
  static func report(_ error: any Error, at source: some LineSource, in session: Session) {
    session.output.flush()
    let message = String(describing: error)
    if source.isInteractive {
      session.diagnostics.write("error: \(message)\n")
    } else {
      session.diagnostics.write("\(source.name):\(source.lineNumber): error: \(message)\n")
    }
    session.diagnostics.flush()
  }
}
