import Foundation

/// A one-line progress bar on standard error, drawn only at a terminal and only for work with
/// more than one step, so scripts and transcripts never see it.
final class ProgressBar {
  private let total: Int
  private let enabled: Bool
  private let diagnostics: TextSink
  private var drawn = false

  init(total: Int, session: Session) {
    self.total = total
    diagnostics = session.diagnostics
    enabled = total > 1 && isatty(STDERR_FILENO) == 1 && session.isInteractive
  }

  func show(done: Int, current: String) {
    guard enabled else { return }
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let name = current.count > 40 ? "…" + current.suffix(39) : current
    diagnostics.write("\r\u{1B}[K[\(bar)] \(done)/\(total) \(name)")
    diagnostics.flush()
    drawn = true
  }

  /// Clears the bar, so a line printed next starts at the left edge.
  func finish() {
    guard enabled, drawn else { return }
    diagnostics.write("\r\u{1B}[K")
    diagnostics.flush()
    drawn = false
  }
}
