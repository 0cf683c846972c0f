import CLibEdit
import Foundation

// libedit calls back into Swift on the thread that called readline(), one call at a time, so
// this state is only ever touched from that thread.
nonisolated(unsafe) private var activeCompleter: Completer?
nonisolated(unsafe) private var pendingMatches: [String] = []
nonisolated(unsafe) private var pendingIndex = 0
nonisolated(unsafe) private var interrupted: sig_atomic_t = 0

/// libedit's generator: called with state 0, 1, 2… until it returns NULL; libedit frees each.
private let matchGenerator:
  @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
    if state == 0 { pendingIndex = 0 }
    guard pendingIndex < pendingMatches.count else { return nil }
    defer { pendingIndex += 1 }
    return strdup(pendingMatches[pendingIndex])
  }

/// Completion for the whole line up to the cursor, so arguments complete by their kind.
private let attemptCompletion:
  @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
  >? = { text, _, end in
    fd_rl_set_attempted_completion_over(1)  // never fall back to libedit's file names
    guard let completer = activeCompleter, let buffer = fd_rl_line_buffer() else { return nil }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(strlen(buffer)))
    let line = String(decoding: bytes.prefix(Int(end)), as: UTF8.self)
    pendingMatches = completer.completions(forLine: line)
    // A directory is completed without a space after it, so the next TAB goes inside.
    let keepsGoing = pendingMatches.count == 1 && pendingMatches[0].hasSuffix("/")
    fd_rl_set_completion_append_character(keepsGoing ? 0 : 32)
    guard !pendingMatches.isEmpty else { return nil }
    return rl_completion_matches(text, matchGenerator)
  }

/// Ctrl-C cancels the line being typed, not the program.
private let interruptHandler: @convention(c) (Int32) -> Void = { _ in interrupted = 1 }

/// The prompt's line editor: libedit's readline interface with history and completion.
public final class LineEditor: LineSource {
  public let name = "<terminal>"
  public private(set) var lineNumber = 0
  public var isInteractive: Bool { true }
  private let historyPath: String?

  public init(completer: Completer, historyPath: String?) {
    self.historyPath = historyPath
    // Swift programs start in the "C" locale, where libedit silently drops « » and é.
    if let locale = setlocale(LC_CTYPE, ""), String(cString: locale).lowercased().contains("utf") {
      // The user's own UTF-8 locale is in force.
    } else {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
    activeCompleter = completer
    // libedit keeps these pointers, so they must outlive the call: strdup, never freed.
    fd_rl_set_readline_name(strdup("factdesk"))
    // Only white space separates words, so a path or a quoted phrase completes as one word.
    fd_rl_set_basic_word_break_characters(strdup(" \t\n"))
    fd_rl_set_attempted_completion(attemptCompletion)
    using_history()
    stifle_history(2000)
    if let historyPath {
      try? FileManager.default.createDirectory(
        atPath: (historyPath as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
      _ = read_history(historyPath)
    }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = interruptHandler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: the blocked read returns and readline gives up the line
    sigaction(SIGINT, &action, nil)
    // A parent may have started us with SIGINT blocked; the prompt needs it delivered.
    var interruptOnly = sigset_t()
    sigemptyset(&interruptOnly)
    sigaddset(&interruptOnly, SIGINT)
    sigprocmask(SIG_UNBLOCK, &interruptOnly, nil)
  }

  public func nextLine(prompt: String) -> String? {
    while true {
      interrupted = 0
      let raw = readline(prompt)
      if interrupted != 0 {
        // Ctrl-C: drop what was typed and offer a fresh prompt.
        if let raw { free(raw) }
        writeToTerminal("^C\n")
        continue
      }
      guard let raw else {
        writeToTerminal("\n")
        return nil
      }
      defer { free(raw) }
      let line = String(cString: raw)
      lineNumber += 1
      if !line.allSatisfy(\.isWhitespace) {
        _ = add_history(line)
        if let historyPath { _ = write_history(historyPath) }
      }
      return line
    }
  }

  private func writeToTerminal(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(STDOUT_FILENO, &bytes, bytes.count)
  }

  /// Where history lives: `$FACTDESK_HISTORY`, else `$XDG_STATE_HOME/factdesk/history`, else
  /// `~/.factdesk_history`.
  public static func historyPath(environment: [String: String]) -> String? {
    if let path = environment["FACTDESK_HISTORY"], !path.isEmpty { return path }
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      return (state as NSString).appendingPathComponent("factdesk/history")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return (home as NSString).appendingPathComponent(".factdesk_history")
  }
}
