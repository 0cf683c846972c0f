import Foundation
import Testing

/// Drives the real binary in a tmux terminal: what a person at the prompt meets.
@Suite(.serialized) struct TerminalTests {
  static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// factdesk on a new store in a tmux terminal, at its first prompt; nil, said, without tmux.
  /// `environment` goes before the command, as `NAME=value` words or an `env` invocation.
  static func startFactdesk(in folder: TemporaryFolder, environment: String = "") throws
    -> Terminal?
  {
    guard let tmux else {
      print("skipped: tmux is not installed, so the terminal test cannot run")
      return nil
    }
    let terminal = Terminal(tmux: tmux, socket: folder.path("tmux.sock"))
    do {
      try terminal.start(
        "\(environment) FACTDESK_HISTORY=\(folder.path("history")) \(FactDeskBinary.url.path) --db \(folder.path("t.db"))"
      )
      try terminal.waitFor("factdesk> ")
    } catch {
      terminal.stop()
      throw error
    }
    return terminal
  }

  @Test func tabCompletesAndUpRecallsTheLastLine() throws {
    let folder = TemporaryFolder()
    guard let terminal = try Self.startFactdesk(in: folder) else { return }
    defer { terminal.stop() }

    try terminal.type(["cla", "Tab"])
    try terminal.waitFor("factdesk> claims ")
    try terminal.type(["C-u", "articles", "Enter"])
    try terminal.waitFor("id  title")
    try terminal.type(["Up"])
    try terminal.waitFor(lastLine: "factdesk> articles")

    // Ctrl-C drops the line being typed and the prompt stays.
    try terminal.type(["C-u", "« é »", "C-c"])
    try terminal.waitFor(lastLine: "factdesk> ")
    try terminal.type(["C-d"])
    try terminal.waitUntilGone()
    let history = try String(contentsOfFile: folder.path("history"), encoding: .utf8)
    #expect(history.contains("articles"))
  }

  @Test func utf8SurvivesLineEditing() throws {
    let folder = TemporaryFolder()
    guard let terminal = try Self.startFactdesk(in: folder, environment: "env -u LANG -u LC_ALL")
    else { return }
    defer { terminal.stop() }
    try terminal.type(["xx « é b »", "Left", "Left", "BSpace", "Enter"])
    try terminal.waitFor("error: unknown command xx")
    try terminal.type(["Up"])
    try terminal.waitFor(lastLine: "factdesk> xx « é  »")
  }

  @Test func longExportsShowAProgressBarThatClearsItself() throws {
    let folder = TemporaryFolder()
    // A delay of 0 stands in for an export of a large store taking over a second.
    guard
      let terminal = try Self.startFactdesk(in: folder, environment: "FACTDESK_PROGRESS_DELAY=0")
    else { return }
    defer { terminal.stop() }
    let articles = FactDeskBinary.repositoryRoot.appendingPathComponent("Sessions/articles").path
    try terminal.record(to: folder.path("terminal.log"))
    try terminal.type([
      "load \(articles)/budget-education.txt \(articles)/city-transit.html", "Enter",
    ])
    try terminal.waitFor("a2")
    try terminal.type(["export json \(folder.path("out.json"))", "Enter"])
    try terminal.waitFor("wrote ")
    let drawn = try String(contentsOfFile: folder.path("terminal.log"), encoding: .utf8)
    #expect(drawn.contains("] 2/2 2 of 2 articles"))
    // The bar is erased before the summary, so the screen keeps only the summary.
    #expect(try !terminal.screen().contains("2/2"))
  }
}

/// A tmux session on its own socket, so tests never touch a user's tmux.
struct Terminal {
  let tmux: String
  let socket: String
  let name = "factdesk-test"

  func start(_ command: String) throws {
    try run(["new-session", "-d", "-s", name, "-x", "160", "-y", "40", command])
  }

  func type(_ keys: [String]) throws {
    for key in keys {
      try run(
        ["send-keys", "-t", name]
          + (key.contains(" ") || !Self.isKeyName(key) ? ["-l", key] : [key]))
      Thread.sleep(forTimeInterval: 0.1)
    }
  }

  static func isKeyName(_ key: String) -> Bool {
    ["Tab", "Enter", "Up", "Down", "Left", "Right", "BSpace", "C-u", "C-c", "C-d"].contains(key)
  }

  func screen() throws -> String { try run(["capture-pane", "-p", "-t", name]) }

  /// Copies everything the program writes to the terminal, escapes included, into `path`:
  /// what was drawn and erased between two looks at the screen.
  func record(to path: String) throws {
    try run(["pipe-pane", "-o", "-t", name, "cat >> \(path)"])
  }

  /// Waits until `text` shows; capture-pane drops trailing spaces, so they are not compared.
  func waitFor(_ text: String, timeout: TimeInterval = 10) throws {
    var needle = text
    while needle.last == " " { needle.removeLast() }
    try wait(timeout, "\"\(text)\" on screen") { $0.contains(needle) }
  }

  /// Waits until the last non-empty screen line is exactly `line`.
  func waitFor(lastLine line: String, timeout: TimeInterval = 10) throws {
    try wait(timeout, "last line \"\(line)\"") { screen in
      screen.components(separatedBy: "\n").last {
        !$0.trimmingCharacters(in: .whitespaces).isEmpty
      }?
      .trimmingCharacters(in: .whitespaces) == line.trimmingCharacters(in: .whitespaces)
    }
  }

  func waitUntilGone(timeout: TimeInterval = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if (try? run(["has-session", "-t", name])) == nil { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("factdesk did not leave on Ctrl-D")
  }

  private func wait(_ timeout: TimeInterval, _ what: String, until done: (String) -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if done(last) { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("timed out waiting for \(what); the screen was:\n\(last)")
    throw TerminalTimeout()
  }

  func stop() { _ = try? run(["kill-session", "-t", name]) }

  /// Runs tmux with posix_spawn and waitpid. Foundation's Process is not used here: the tmux
  /// server that new-session leaves behind inherits its descriptors and it never sees the end.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let outputPath = socket + ".out"
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([tmux, "-S", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, tmux, &actions, nil, argv, environ) == 0 else {
      throw TerminalTimeout()
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    guard status == 0 else { throw TerminalTimeout() }
    return output
  }
}

struct TerminalTimeout: Error {}
